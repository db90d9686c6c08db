export { createBuiltinImageBackend } from './builtin-image.backend.ts';
export { BackendAbortedError } from './image-backend.ts';
export type { ImageBackend, GenerateRequest, InpaintRequest, BackendCapabilities, BackendHealth, BackendProgress } from './image-backend.ts';
export { createBuiltinMusicBackend } from './music-backend.ts';
export type { MusicBackend, MusicRender } from './music-backend.ts';
export { createBuiltinTextBackend } from './text-backend.ts';
export type { TextBackend } from './text-backend.ts';
