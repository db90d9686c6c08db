/**
 * The CLI contract. Each command lives in src/cli/commands/<name>.command.ts and exports a
 * `CliCommand`; src/cli/commands/index.ts lists them. Commands print JSON with `--json`, and exit
 * non-zero with a one-line reason (throw `CliError`) on bad input.
 */
import type { ParseArgsConfig } from 'node:util';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export interface CliIo {
  /** Writes to stdout (no newline added). */
  out(text: string): void;
  /** Writes to stderr (no newline added). */
  err(text: string): void;
}

export interface CliInvocation {
  /** Parsed option values (node:util parseArgs `values`). */
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  /** Positional arguments after the command name. */
  positionals: string[];
  io: CliIo;
}

export interface CliCommand {
  name: string;
  /** One line for `hearth --help`. */
  summary: string;
  /** Usage text for `hearth <name> --help`, e.g. `hearth music --prompt TEXT --out FILE.wav [--json]`. */
  usage: string;
  options: CliOptions;
  /** Resolves to the process exit code. */
  run(inv: CliInvocation): Promise<number>;
}

/** A user-facing failure: printed as one line on stderr, exit code 2 unless given. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Reads an option that must be a string. */
export function stringOpt(inv: CliInvocation, name: string, required: true): string;
export function stringOpt(inv: CliInvocation, name: string, required?: false): string | undefined;
export function stringOpt(inv: CliInvocation, name: string, required = false): string | undefined {
  const v = inv.values[name];
  if (v === undefined) {
    if (required) throw new CliError(`--${name} is required`);
    return undefined;
  }
  if (typeof v !== 'string') throw new CliError(`--${name} needs a value`);
  return v;
}

/** Reads an option that must be a finite number within [min, max]. */
export function numberOpt(inv: CliInvocation, name: string, fallback: number, min: number, max: number): number {
  const raw = stringOpt(inv, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || raw.trim() === '') throw new CliError(`--${name} must be a number, got "${raw}"`);
  if (n < min || n > max) throw new CliError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}
