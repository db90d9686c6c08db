/**
 * Writes the web app's API types from the OpenAPI document the server serves.
 *
 *   npm run api:generate   builds the app in-process (throwaway in-memory PGlite store), reads
 *                          GET /api/openapi.json and writes src/web/api/openapi.ts
 *   npm run api:check      the same, in memory only: exits 1 and says so when the committed file
 *                          differs (the document and the web types have drifted)
 *
 * The document is generated from the zod schemas that validate requests, so a schema change
 * reaches the web app's typecheck through this file. Output is deterministic: paths and
 * properties sorted (openapi-typescript `alphabetize`), two-space indentation, long comments
 * wrapped at 160 characters, no dates or versions in the header.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the generated types live (committed). */
export const API_TYPES_FILE = join(ROOT, 'src/web/api/openapi.ts');

const MAX_LINE = 160;

const HEADER = `/**
 * The Hearth HTTP API as TypeScript types, generated from the OpenAPI document the server serves
 * at /api/openapi.json (itself generated from the zod schemas in src/domain/api).
 *
 * Do not edit: run \`npm run api:generate\` after changing a route or schema. \`npm run api:check\`
 * (and test/cli/api-types.test.ts) fail when this file and the document differ.
 */
`;

/** The document exactly as `GET /api/openapi.json` answers it, from an app on a throwaway in-memory store. */
export async function servedOpenApiDocument(): Promise<OpenAPI3> {
  const store = await openStore({ s3: null });
  try {
    const { app } = await buildApp({ store, config: { logLevel: false, webRoot: null } });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      return res.json() as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

/** The generated module's text for `doc`: the same document always gives the same bytes. */
export async function apiTypesFromDocument(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(structuredClone(doc), { alphabetize: true, silent: true });
  return HEADER + formatGenerated(astToString(ast));
}

/** Two-space indentation, `\n` line ends, one-line comments past 160 characters wrapped, one final newline. */
export function formatGenerated(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^((?: {4})+)/, (indent) => ' '.repeat(indent.length / 2)).trimEnd();
    out.push(...(line.length > MAX_LINE ? wrapComment(line) : [line]));
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Splits a long single-line JSDoc comment into a block; anything else is left as it is. */
function wrapComment(line: string): string[] {
  const m = /^(\s*)\/\*\* (.*) \*\/$/.exec(line);
  if (!m) return [line];
  const indent = m[1] ?? '';
  const lines: string[] = [`${indent}/**`];
  let current = '';
  for (const word of (m[2] ?? '').split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (current && indent.length + 3 + next.length > MAX_LINE) {
      lines.push(`${indent} * ${current}`);
      current = word;
    } else current = next;
  }
  if (current) lines.push(`${indent} * ${current}`);
  lines.push(`${indent} */`);
  return lines;
}

/**
 * Null when `committed` equals `generated`; otherwise a message naming the first differing line
 * and the command that fixes it.
 */
export function apiTypesDrift(committed: string | null, generated: string, file = API_TYPES_FILE): string | null {
  if (committed === generated) return null;
  const name = relative(ROOT, file) || file;
  if (committed === null) return `${name} is missing. Run \`npm run api:generate\` and commit the result.`;
  const a = committed.split('\n');
  const b = generated.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s: string | undefined): string => (s === undefined ? '(end of file)' : JSON.stringify(s.trim().slice(0, 100)));
  return [
    `${name} does not match the OpenAPI document the server serves (the API and the web types have drifted).`,
    `  first difference at line ${i + 1}: committed ${show(a[i])}, generated ${show(b[i])}`,
    'Run `npm run api:generate` and commit the result.',
  ].join('\n');
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * What `npm run api:generate` (write) and `npm run api:check` (`--check`: compare only) do;
 * `--file PATH` points at another copy of the file. Returns the exit code and the line to print.
 * `generate` makes the expected text (by default from a freshly built app).
 */
export async function runApiTypes(
  argv: readonly string[],
  generate: () => Promise<string> = async () => apiTypesFromDocument(await servedOpenApiDocument()),
): Promise<{ code: number; message: string }> {
  const check = argv.includes('--check');
  const at = argv.indexOf('--file');
  const file = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : API_TYPES_FILE;
  const generated = await generate();
  const name = relative(ROOT, file) || file;
  const committed = readOrNull(file);
  if (check) {
    const drift = apiTypesDrift(committed, generated, file);
    return drift ? { code: 1, message: drift } : { code: 0, message: `${name} matches the served OpenAPI document.` };
  }
  if (committed === generated) return { code: 0, message: `${name} is up to date.` };
  writeFileSync(file, generated);
  return { code: 0, message: `Wrote ${name} (${generated.split('\n').length - 1} lines).` };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runApiTypes(process.argv.slice(2)).then(
    ({ code, message }) => {
      (code === 0 ? console.log : console.error)(message);
      process.exit(code);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
