/**
 * The CLI contract. Each command lives in src/cli/commands/<name>.command.ts and exports a
 * `CliCommand`; src/cli/commands/index.ts lists them as `CliCommandEntry`s (name, summary and a
 * loader, so a command's module is imported only when it runs). Commands print JSON with `--json`, and exit
 * non-zero with a one-line reason (throw `CliError`) on bad input.
 */
import { accessSync, constants, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import { msg } from './cli-i18n.ts';

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
  /**
   * How many words may follow the command name (a subcommand, a file, a text); default 0. More
   * are refused before the command runs: `hearth audit verify restored` must not quietly verify
   * ./data, nor `hearth demo other` fill ./data.
   */
  maxPositionals?: number;
  /** Resolves to the process exit code. */
  run(inv: CliInvocation): Promise<number>;
}

/**
 * A command as `hearth --help` lists it: its name and one-line summary (a getter reading the CLI
 * catalogue, so it follows `--lang`), and `load()`, which imports the command's module — only
 * when the command runs or prints its own help.
 */
export interface CliCommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<CliCommand>;
}

/** The commands `main` dispatches to: table entries, or (in tests) commands themselves. */
export type CliCommandLike = CliCommand | CliCommandEntry;

/** The command itself, importing its module first if `c` is a table entry. */
export async function loadCommand(c: CliCommandLike): Promise<CliCommand> {
  return 'load' in c ? c.load() : c;
}

/** Hearth's version, from the repository's package.json (`hearth --version`, `/api/health`). */
export const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Exit codes every command keeps to (README "Exit codes"): 0 done; 1 the command ran and found a
 * problem (a broken audit chain, a refused restore, an unexpected error); 2 bad input (usage, a
 * missing or wrong file or folder); 3 busy or unreachable (the data folder is in use by another
 * Hearth process, a model server failed).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, busy: 3 } as const;

/** A user-facing failure: printed as one line on stderr, exit code 2 unless given. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
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
    if (required) throw new CliError(msg('required', { name }));
    return undefined;
  }
  if (typeof v !== 'string') throw new CliError(msg('optNeedsValue', { name }));
  return v;
}

/** Reads an option that must be a finite number within [min, max]. */
export function numberOpt(inv: CliInvocation, name: string, fallback: number, min: number, max: number): number {
  const raw = stringOpt(inv, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || raw.trim() === '') throw new CliError(msg('notANumber', { name, raw }));
  if (n < min || n > max) throw new CliError(msg('outOfRange', { name, min, max, n }));
  return n;
}

export interface OutputPathOptions {
  /** Create a missing folder (the command's `--mkdir`); otherwise a missing folder is refused. */
  mkdir?: boolean;
  /** Refuse a file that already exists instead of replacing it (exports, backups). */
  refuseExisting?: boolean;
  /** The option named in messages (default `--out`). */
  label?: string;
}

/**
 * Checks where a command will write, before it does any work: the path names a file (not a
 * folder), its folder exists — or is created when `mkdir` is set — and is writable. Nothing is
 * created otherwise, so a mistyped path is refused instead of growing folders anywhere.
 * Returns the absolute path.
 */
export function checkOutputPath(path: string, opts: OutputPathOptions = {}): string {
  const label = opts.label ?? '--out';
  if (path.trim() === '') throw new CliError(msg('opt.nameFile', { label }));
  const abs = resolve(path);
  const existing = statSync(abs, { throwIfNoEntry: false });
  if (existing?.isDirectory() || /[\\/]$/.test(path)) throw new CliError(msg('opt.folderNameFileInside', { label, abs }));
  if (existing && opts.refuseExisting) throw new CliError(msg('opt.alreadyExistsChooseNew', { abs }));
  const folder = dirname(abs);
  const parent = statSync(folder, { throwIfNoEntry: false });
  if (!parent) {
    if (!opts.mkdir) throw new CliError(msg('opt.folderDoesExistCreate', { label, folder }));
    try {
      mkdirSync(folder, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(msg('opt.createFolder', { label, folder, value: code === 'ENOTDIR' ? 'part of the path is a file' : (code ?? 'error') }));
    }
  } else if (!parent.isDirectory()) throw new CliError(msg('opt.fileFolder', { label, folder }));
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new CliError(msg('opt.writeIntoPermissionDenied', { label, folder }));
  }
  return abs;
}

/** Reads `--out` (required) and `--mkdir`, and checks the path with `checkOutputPath`. */
export function outputOpt(inv: CliInvocation, opts: Omit<OutputPathOptions, 'mkdir' | 'label'> = {}): string {
  return checkOutputPath(stringOpt(inv, 'out', true), { ...opts, mkdir: inv.values.mkdir === true });
}
