/** Messages between the studio page and its preview worker. */

/** Ask for one preview render. `sketch` pixels are transferred, not copied. */
export interface PreviewRequest {
  readonly id: number;
  readonly prompt: string;
  readonly negativePrompt: string;
  /** A style id, or undefined to let the words choose. */
  readonly style: string | undefined;
  readonly sketchStrength: number;
  readonly seed: number;
  readonly width: number;
  readonly height: number;
  readonly sketch?: { width: number; height: number; data: Uint8ClampedArray };
  /** True when the sketch is a photo of paper art that needs its lines found first. */
  readonly sketchIsPhoto?: boolean;
  /** A photo used whole: not cropped to its sheet of paper and straightened first. */
  readonly wholePhoto?: boolean;
}

export type PreviewReply =
  | { readonly id: number; readonly ok: true; readonly width: number; readonly height: number; readonly data: Uint8ClampedArray; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly message: string };
