import { createBuiltinImageBackend } from './builtin-image.backend.ts';
import { imageBackendContract } from './image-backend.contract.ts';

imageBackendContract('builtin', createBuiltinImageBackend, { deterministic: true });
