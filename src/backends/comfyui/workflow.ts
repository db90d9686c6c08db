/**
 * ComfyUI workflows as replaceable templates. A template is ComfyUI's API-format graph
 * (`{ "<node id>": { class_type, inputs } }`, what "Save (API format)" exports) wrapped with a
 * version and the id of the node whose images are the result:
 *
 *   { "version": 1, "description": "…", "output": "9", "prompt": { …graph… } }
 *
 * Inputs Hearth fills are written as slots. A string that is exactly a slot becomes the typed
 * value (a number stays a number); a slot inside a longer string is spliced in as text.
 *
 *   {{prompt}} {{negative}}       positive and negative words (style words already added)
 *   {{seed}} {{steps}} {{cfg}}    sampler seed, step count and guidance
 *   {{width}} {{height}} {{batch}} size in px and pictures per job (generate, sketch; Hearth
 *                                 queues one job per variation, so batch is 1 and each
 *                                 variation has its own seed)
 *   {{sketch}} {{strength}}       uploaded drawing's file name and 0..1 adapter scale (sketch)
 *   {{image}} {{grow}}            uploaded picture-with-mask file name, mask growth px (inpaint)
 *   {{denoise}}                   how much of the masked area is repainted, 0..1 (inpaint)
 *   {{checkpoint}} {{controlnet}} model file names configured for the clinic
 *   {{inpaintmodel}}              the inpainting checkpoint (inpaint)
 *
 * A clinic can point Hearth at its own files; `workflowProblems` says what a template lacks.
 */
import { readFileSync } from 'node:fs';

export type WorkflowKind = 'generate' | 'sketch' | 'inpaint';

export interface ComfyNode {
  class_type: string;
  inputs: Record<string, unknown>;
}

export interface ComfyWorkflow {
  version: 1;
  description?: string;
  /** Node id whose `images` output is the result. */
  output: string;
  prompt: Record<string, ComfyNode>;
}

export type SlotValues = Record<string, string | number>;

export const SLOTS = [
  'prompt',
  'negative',
  'seed',
  'steps',
  'cfg',
  'width',
  'height',
  'batch',
  'sketch',
  'strength',
  'image',
  'grow',
  'denoise',
  'checkpoint',
  'controlnet',
  'inpaintmodel',
] as const;

/** Slots a template of each kind must use, or the request would be silently ignored. */
export const REQUIRED_SLOTS: Record<WorkflowKind, readonly string[]> = {
  generate: ['prompt', 'seed', 'width', 'height', 'batch'],
  sketch: ['prompt', 'seed', 'width', 'height', 'batch', 'sketch', 'strength'],
  inpaint: ['prompt', 'seed', 'image'],
};

const SLOT = /\{\{([a-z]+)\}\}/g;

export function loadWorkflowFile(path: string | URL): ComfyWorkflow {
  return JSON.parse(readFileSync(path, 'utf8')) as ComfyWorkflow;
}

export function builtinWorkflow(kind: WorkflowKind): ComfyWorkflow {
  return loadWorkflowFile(new URL(`./workflows/${kind}.json`, import.meta.url));
}

function slotsIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const m of value.matchAll(SLOT)) into.add(m[1]!);
  else if (Array.isArray(value)) value.forEach((v) => slotsIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => slotsIn(v, into));
}

/** Plain-language problems with a template (empty when it is usable). */
export function workflowProblems(wf: ComfyWorkflow, kind: WorkflowKind): string[] {
  const problems: string[] = [];
  if (!wf || typeof wf !== 'object' || wf.version !== 1) return [`The ${kind} workflow must be a Hearth workflow file with "version": 1.`];
  if (!wf.prompt || typeof wf.prompt !== 'object') return [`The ${kind} workflow has no "prompt" graph.`];
  const out = wf.prompt[wf.output];
  if (!out) problems.push(`The ${kind} workflow's "output" names node ${wf.output}, which is not in the graph.`);
  for (const [id, node] of Object.entries(wf.prompt)) {
    if (typeof node?.class_type !== 'string' || typeof node.inputs !== 'object')
      problems.push(`Node ${id} of the ${kind} workflow needs class_type and inputs.`);
    else
      for (const v of Object.values(node.inputs)) {
        if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number' && !wf.prompt[v[0]])
          problems.push(`Node ${id} of the ${kind} workflow links to node ${v[0]}, which is not in the graph.`);
      }
  }
  const used = new Set<string>();
  slotsIn(wf.prompt, used);
  for (const s of used) if (!(SLOTS as readonly string[]).includes(s)) problems.push(`The ${kind} workflow uses {{${s}}}, which Hearth does not fill.`);
  for (const s of REQUIRED_SLOTS[kind]) if (!used.has(s)) problems.push(`The ${kind} workflow never uses {{${s}}}.`);
  return problems;
}

function fill(value: unknown, values: SlotValues): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{([a-z]+)\}\}$/.exec(value);
    if (whole) return values[whole[1]!] ?? '';
    return value.replace(SLOT, (_, name: string) => String(values[name] ?? ''));
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, values));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  return value;
}

/** The API-format graph with every slot filled. */
export function fillWorkflow(wf: ComfyWorkflow, values: SlotValues): Record<string, ComfyNode> {
  return fill(wf.prompt, values) as Record<string, ComfyNode>;
}
