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
}

export const MODEL_SERVER_KINDS = [
  {
    id: 'comfyui',
    label: 'ComfyUI',
    urlHint: 'For example http://gpu.clinic.lan:8188',
    model: { label: 'Checkpoint (optional)', hint: 'The checkpoint file to use; sd_xl_base_1.0.safetensors (SDXL base, as in the showcase) when left empty.' },
    credentials: 'basic',
  },
  { id: 'a1111', label: 'AUTOMATIC1111 / Forge', urlHint: 'For example http://gpu.clinic.lan:7860 (started with --api)', model: null, credentials: 'basic' },
  {
    id: 'openai',
    label: 'OpenAI-compatible',
    urlHint: 'For example https://api.openai.com or http://localhost:11434 for Ollama',
    model: { label: 'Model (optional)', hint: 'For example gpt-image-1 or dall-e-3.' },
    credentials: 'api-key',
  },
] as const satisfies readonly ModelServerKindDefinition[];

export type ModelServerKind = (typeof MODEL_SERVER_KINDS)[number]['id'];

/** Every configurable kind, for `z.enum(MODEL_SERVER_KIND_IDS)`. */
export const MODEL_SERVER_KIND_IDS = MODEL_SERVER_KINDS.map((k) => k.id) as [ModelServerKind, ...ModelServerKind[]];

export function modelServerKind(id: ModelServerKind): ModelServerKindDefinition {
  return MODEL_SERVER_KINDS.find((k) => k.id === id)!;
}
