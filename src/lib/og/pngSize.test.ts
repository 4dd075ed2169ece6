import { describe, expect, it } from 'vitest';
import { readPngSize, validatePng } from './pngSize';

/** A PNG header by hand: signature, IHDR length 13, "IHDR", width, height, then depth/colour bytes. */
function pngHeader(width: number, height: number, type = 'IHDR'): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([...type].map((c) => c.charCodeAt(0)), 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

describe('readPngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    expect(readPngSize(pngHeader(1200, 630), 'card.png')).toEqual({ width: 1200, height: 630 });
    // 70000 needs more than 16 bits: the field is read as 32-bit big-endian.
    expect(readPngSize(pngHeader(70000, 1), 'wide.png')).toEqual({ width: 70000, height: 1 });
  });

  it('reads a header that sits inside a larger buffer', () => {
    const outer = new Uint8Array(40);
    outer.set(pngHeader(3, 4), 5);
    expect(readPngSize(outer.subarray(5), 'slice.png')).toEqual({ width: 3, height: 4 });
  });

  it('names the file and the problem for anything else', () => {
    expect(() => readPngSize(new Uint8Array(10), 'short.png')).toThrow('short.png: 10 bytes is too short for a PNG header');
    expect(() => readPngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'a.png')).toThrow(
      'a.png: not a PNG (wrong signature)',
    );
    expect(() => readPngSize(pngHeader(1, 1, 'IDAT'), 'b.png')).toThrow('b.png: PNG does not start with an IHDR chunk');
    expect(() => readPngSize(pngHeader(0, 630), 'c.png')).toThrow('c.png: PNG declares a zero size (0×630)');
  });
});

/** A complete 1×1 red PNG built chunk by chunk with Python's zlib (IHDR, IDAT, IEND, each with its CRC-32). */
const ONE_PIXEL = Uint8Array.from(
  Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082',
    'hex',
  ),
);

describe('validatePng', () => {
  it('accepts a complete PNG and returns its size', () => {
    expect(validatePng(ONE_PIXEL, 'red.png')).toEqual({ width: 1, height: 1 });
  });

  it('rejects a file cut short after an intact header', () => {
    expect(() => validatePng(ONE_PIXEL.subarray(0, 40), 'cut.png')).toThrow('cut.png: PNG chunk at byte 33 is cut short');
    expect(() => validatePng(ONE_PIXEL.subarray(0, 50), 'cut.png')).toThrow('cut.png: PNG chunk IDAT at byte 33 runs past the end of the file');
    expect(() => validatePng(ONE_PIXEL.subarray(0, ONE_PIXEL.length - 12), 'noend.png')).toThrow(
      'noend.png: PNG ends without an IEND chunk (truncated?)',
    );
  });

  it('rejects a flipped byte through the chunk CRC', () => {
    const damaged = ONE_PIXEL.slice();
    damaged[43] ^= 0xff;
    expect(() => validatePng(damaged, 'bad.png')).toThrow('bad.png: PNG chunk IDAT at byte 33 has a wrong CRC');
  });

  it('rejects a PNG with no image data', () => {
    const headerAndEnd = Uint8Array.from([...ONE_PIXEL.subarray(0, 33), ...ONE_PIXEL.subarray(ONE_PIXEL.length - 12)]);
    expect(() => validatePng(headerAndEnd, 'empty.png')).toThrow('empty.png: PNG has no image data (IDAT)');
  });
});
