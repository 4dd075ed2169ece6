import { crc32 } from 'node:zlib';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngSize {
  width: number;
  height: number;
}

/**
 * Width and height from a PNG's header: the signature, then the IHDR chunk
 * (length 13, type "IHDR", width and height as big-endian 32-bit integers).
 * `source` names the file in the error for anything that is not a PNG.
 */
export function readPngSize(bytes: Uint8Array, source: string): PngSize {
  if (bytes.length < 24) throw new Error(`${source}: ${bytes.length} bytes is too short for a PNG header`);
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new Error(`${source}: not a PNG (wrong signature)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || chunkType !== 'IHDR') throw new Error(`${source}: PNG does not start with an IHDR chunk`);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) throw new Error(`${source}: PNG declares a zero size (${width}×${height})`);
  return { width, height };
}

/**
 * A whole-file check on top of `readPngSize`: every chunk fits in the file and
 * carries the right CRC-32, there is image data, and the file ends with IEND,
 * so a truncated or corrupted image fails even when its header is intact.
 * Returns the size from the header.
 */
export function validatePng(bytes: Uint8Array, source: string): PngSize {
  const size = readPngSize(bytes, source);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  let sawImageData = false;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error(`${source}: PNG chunk at byte ${offset} is cut short`);
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > bytes.length) throw new Error(`${source}: PNG chunk ${type} at byte ${offset} runs past the end of the file`);
    const expected = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== expected) {
      throw new Error(`${source}: PNG chunk ${type} at byte ${offset} has a wrong CRC`);
    }
    if (type === 'IDAT') sawImageData = true;
    if (type === 'IEND') {
      if (!sawImageData) throw new Error(`${source}: PNG has no image data (IDAT)`);
      return size;
    }
    offset = end;
  }
  throw new Error(`${source}: PNG ends without an IEND chunk (truncated?)`);
}
