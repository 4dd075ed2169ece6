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
