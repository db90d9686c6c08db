/** The image backends one can choose: the built-in engine, then every configurable model-server kind (src/domain/backend-kinds.ts). */
import { MODEL_SERVER_KIND_IDS } from '../domain/backend-kinds.ts';
import type { ModelServerKind } from '../domain/backend-kinds.ts';

export const IMAGE_BACKEND_KINDS = ['builtin', ...MODEL_SERVER_KIND_IDS] as const;
export type ImageBackendKind = 'builtin' | ModelServerKind;

export function isImageBackendKind(v: string): v is ImageBackendKind {
  return (IMAGE_BACKEND_KINDS as readonly string[]).includes(v);
}
