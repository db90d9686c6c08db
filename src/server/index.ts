export { buildApp } from './app.ts';
export type { AppOptions, BuiltApp } from './app.ts';
export { defaultServerConfig } from './config.ts';
export type { ServerConfig } from './config.ts';
export type { RegisteredRoute } from './access.ts';
export { HttpError, ERROR_CODES } from './errors.ts';
export { hashPassword } from '../services/account/passwords.ts';
