/**
 * The one interface every image generator sits behind: the built-in engine by default, and
 * adapters for model servers (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible) later. The
 * studio, CLI and workspace call only this.
 */
import type { RgbaImage } from '../engines/core/index.ts';

export type BackendProgress = (fraction: number, stage: string) => void;

export interface GenerateRequest {
  prompt: string;
  negativePrompt: string;
  /** The client's drawing; dark marks on light paper are the lines. */
  sketch?: RgbaImage;
  /** 0..1: how closely the result follows the sketch. */
  sketchStrength: number;
  /** A style id from `capabilities.styles`. */
  style: string;
  seed: number;
  width: number;
  height: number;
  /** 1..4 variations; variation i uses seed + i. */
  count: number;
}

export interface InpaintRequest {
  image: RgbaImage;
  /** Same size as image; white = repaint, black = keep. */
  mask: RgbaImage;
  prompt: string;
  negativePrompt: string;
  style: string;
  seed: number;
  /** Soft edge in px inside the mask. */
  feather: number;
}

export interface BackendCapabilities {
  /** Stable id recorded on every artwork it makes, e.g. `builtin`, `comfyui`. */
  id: string;
  label: string;
  /** Whether the client's work leaves this machine (needs the external-AI consent scope). */
  external: boolean;
  styles: readonly { id: string; label: string; description: string }[];
  maxSize: number;
  sketch: boolean;
  inpaint: boolean;
}

export interface BackendHealth {
  ok: boolean;
  message: string;
}

export interface ImageBackend {
  readonly capabilities: BackendCapabilities;
  generate(req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage[]>;
  inpaint(req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage>;
  health(): Promise<BackendHealth>;
}

export class BackendAbortedError extends Error {
  override name = 'BackendAbortedError';
  constructor() {
    super('The generation was cancelled.');
  }
}
