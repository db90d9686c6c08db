/**
 * The kinds of model server a clinic can configure, defined once: the API's zod enum, the Model
 * servers form, the CLI's `--backend` and the adapters (src/backends/remote-image-backend.ts,
 * which must map every kind to one) read this list. Adding a kind: an entry here, an adapter in
 * src/backends/<kind>/ that passes image-backend.contract.ts, and its line in ADAPTERS there.
 * Text servers for note drafts are one kind (OpenAI-compatible chat: Ollama, llama.cpp, vLLM)
 * configured by the operator in the environment (src/backends/text-from-env.ts), not here.
 */
export interface ModelServerKindDefinition {
  readonly id: string;
  /** What the form and lists call it. */
  readonly label: string;
  /** Example address shown under the address field. */
  readonly urlHint: string;
  /** The optional model field (checkpoint or model name), or null when the kind has none. */
  readonly model: { readonly label: string; readonly hint: string } | null;
  /** How it signs in: HTTP basic auth (user + password) or a bearer API key. */
  readonly credentials: 'basic' | 'api-key';
  /**
   * The other model files it runs besides the checkpoint, each with the showcase's name as the
   * default (null: the one loaded on the server). Stored with the server (migration 051).
   */
  readonly files: readonly ModelFileField[];
}

/** Which model file: the sketch adapter (T2I-Adapter or ControlNet) or the inpainting checkpoint. */
export type ModelFileKey = 'adapter' | 'inpaintCheckpoint';

export interface ModelFileField {
  readonly key: ModelFileKey;
  readonly label: string;
  readonly hint: string;
  /** The showcase's name (src/backends/remote/showcase.ts; a test keeps the two equal), or null for the server's loaded model. */
  readonly default: string | null;
}

/**
 * A model file name as servers list them: letters, digits, spaces and . _ - + ( ) [ ] with
 * sub-folders (`SDXL/sketch.safetensors`), no `..` and no leading slash.
 */
export const MODEL_FILE_NAME = /^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_][A-Za-z0-9 ._+()[\]-]*(?:\/[A-Za-z0-9_][A-Za-z0-9 ._+()[\]-]*)*$/;

export const MODEL_SERVER_KINDS = [
  {
    id: 'comfyui',
    label: 'ComfyUI',
    urlHint: 'For example http://gpu.clinic.lan:8188',
    model: { label: 'Checkpoint (optional)', hint: 'The checkpoint file to use; sd_xl_base_1.0.safetensors (SDXL base, as in the showcase) when left empty.' },
    credentials: 'basic',
    files: [
      {
        key: 'adapter',
        label: 'Sketch adapter',
        hint: 'The T2I-Adapter or ControlNet file that follows the drawing (ComfyUI models/controlnet).',
        default: 't2i-adapter-sketch-sdxl-1.0.safetensors',
      },
      {
        key: 'inpaintCheckpoint',
        label: 'Inpainting checkpoint',
        hint: 'The checkpoint that repaints a masked part (ComfyUI models/checkpoints).',
        default: 'sd_xl_base_1.0_inpainting_0.1.safetensors',
      },
    ],
  },
  {
    id: 'a1111',
    label: 'AUTOMATIC1111 / Forge',
    urlHint: 'For example http://gpu.clinic.lan:7860 (started with --api)',
    model: {
      label: 'Checkpoint (optional)',
      hint: 'The checkpoint as the server lists it, e.g. sd_xl_base_1.0; the one loaded on the server when left empty.',
    },
    credentials: 'basic',
    files: [
      {
        key: 'adapter',
        label: 'ControlNet model',
        hint: 'The sketch adapter as sd-webui-controlnet lists it (the name without its hash).',
        default: 't2i-adapter_diffusers_xl_sketch',
      },
      {
        key: 'inpaintCheckpoint',
        label: 'Inpainting checkpoint (optional)',
        hint: 'For example sd_xl_base_1.0_inpainting_0.1; the loaded checkpoint repaints when left empty.',
        default: null,
      },
    ],
  },
  {
    id: 'openai',
    label: 'OpenAI-compatible',
    urlHint: 'For example https://api.openai.com or http://localhost:11434 for Ollama',
    model: { label: 'Model (optional)', hint: 'For example gpt-image-1 or dall-e-3.' },
    credentials: 'api-key',
    files: [],
  },
] as const satisfies readonly ModelServerKindDefinition[];

export type ModelServerKind = (typeof MODEL_SERVER_KINDS)[number]['id'];

/** Every configurable kind, for `z.enum(MODEL_SERVER_KIND_IDS)`. */
export const MODEL_SERVER_KIND_IDS = MODEL_SERVER_KINDS.map((k) => k.id) as [ModelServerKind, ...ModelServerKind[]];

export function modelServerKind(id: ModelServerKind): ModelServerKindDefinition {
  return MODEL_SERVER_KINDS.find((k) => k.id === id)!;
}
