import { describe, expect, it } from 'vitest';
import { readPngSize } from './pngSize';

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
