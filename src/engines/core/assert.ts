/** Programmer-error checks for engines (bad input from users is validated at the boundary). */
export class EngineAssertionError extends Error {
  override name = 'EngineAssertionError';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new EngineAssertionError(message);
}

/** Asserts min ≤ value ≤ max and that value is a finite number. */
export function assertRange(value: number, min: number, max: number, name: string): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new EngineAssertionError(`${name} must be in [${min}, ${max}], got ${value}`);
  }
}

/** Compile-time exhaustiveness for union switches. */
export function exhaustive(value: never): never {
  throw new EngineAssertionError(`Unhandled case: ${String(value)}`);
}

/** A result for expected failures (bad file, unsupported format) instead of throwing. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
