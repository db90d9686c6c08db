/**
 * The raster type engines exchange: 8-bit RGBA, row-major, non-premultiplied, sRGB.
 * Encoding to PNG/WebP happens outside the engines (sharp on the server, canvas in the browser).
 */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes. */
  readonly data: Uint8ClampedArray;
}

/** A single-channel float image (0..1), e.g. a mask, an edge map or a luminance plane. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

export function createRgba(width: number, height: number, fill: readonly [number, number, number, number] = [255, 255, 255, 255]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = fill[0];
    data[i + 1] = fill[1];
    data[i + 2] = fill[2];
    data[i + 3] = fill[3];
  }
  return { width, height, data };
}

export function createGray(width: number, height: number, fill = 0): GrayImage {
  const data = new Float32Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { width, height, data };
}
