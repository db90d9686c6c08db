export { createBuiltinImageBackend } from './builtin-image.backend.ts';
export { BackendAbortedError } from './image-backend.ts';
export type { ImageBackend, GenerateRequest, InpaintRequest, BackendCapabilities, BackendHealth, BackendProgress } from './image-backend.ts';
