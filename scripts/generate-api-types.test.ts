/**
 * The drift check between the served OpenAPI document and the committed web API types: the
 * committed file is exactly what the generator makes from the document the app serves now; a
 * schema change or a hand edit is reported with the command that fixes it (in-process and as the
 * `api:check` process, which exits non-zero); the output does not depend on route order.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesDrift, apiTypesFromDocument, runApiTypes, servedOpenApiDocument } from './generate-api-types.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'hearth-api-types-'));

let doc: OpenAPI3;
let generated: string;
beforeAll(async () => {
  doc = await servedOpenApiDocument();
  generated = await apiTypesFromDocument(doc);
}, 120_000);
const made = async (): Promise<string> => generated;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm run api:check -- --file FILE` as a process. */
async function check(file: string): Promise<{ code: number; out: string }> {
  const args = ['tsx', 'scripts/generate-api-types.ts', '--check', '--file', file];
  try {
    const r = await run('npx', args, { cwd: ROOT, timeout: 240_000 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: (err.stdout ?? '') + (err.stderr ?? '') };
  }
}

describe('web API types generated from the served OpenAPI document', () => {
  it('the committed src/web/api/openapi.ts is what the served document generates', () => {
    const drift = apiTypesDrift(readFileSync(API_TYPES_FILE, 'utf8'), generated);
    expect(drift, drift ?? '').toBeNull();
    expect(generated).toContain(`"/api/clients/{id}": {`);
    expect(generated.split('\n').filter((l) => l.length > 160)).toEqual([]);
  });

  it('reports a changed response schema as drift, naming the line and the fix', async () => {
    const changed = structuredClone(doc);
    type Item = { get: { responses: Record<string, { content: Record<string, { schema: { properties: object } }> }> } };
    const schema = (changed.paths?.['/api/clients/{id}'] as Item).get.responses['200']!.content['application/json']!.schema;
    schema.properties = { ...schema.properties, crisis: { type: ['object', 'null'], properties: { message: { type: 'string' } } } };
    const drift = apiTypesDrift(generated, await apiTypesFromDocument(changed));
    expect(drift).toMatch(/src\/web\/api\/openapi\.ts does not match the OpenAPI document/);
    expect(drift).toMatch(/first difference at line \d+: committed .*, generated .*crisis/);
    expect(drift).toMatch(/Run `npm run api:generate`/);
    expect(apiTypesDrift(null, generated)).toMatch(/is missing\. Run `npm run api:generate`/);
  });

  it('gives the same bytes whatever order the routes were registered in', async () => {
    const reversed = { ...doc, paths: Object.fromEntries(Object.entries(doc.paths ?? {}).reverse()) };
    expect(await apiTypesFromDocument(reversed)).toBe(generated);
  });

  it('api:check passes on the committed file and fails on a drifted one; as a process it exits 1', async () => {
    expect(await runApiTypes(['--check'], made)).toEqual({ code: 0, message: 'src/web/api/openapi.ts matches the served OpenAPI document.' });
    const copy = join(tmp, 'copy.ts');
    writeFileSync(copy, generated);
    expect((await runApiTypes(['--check', '--file', copy], made)).code).toBe(0);

    const edited = join(tmp, 'openapi.ts');
    writeFileSync(edited, generated.replace('displayName: string;', 'displayName: number;'));
    const drifted = await check(edited);
    expect(drifted.code).toBe(1);
    expect(drifted.out).toMatch(/does not match the OpenAPI document the server serves/);
    expect(drifted.out).toMatch(/committed "displayName: number;", generated "displayName: string;"/);
    expect(drifted.out).toMatch(/Run `npm run api:generate` and commit the result\./);
    expect(readFileSync(edited, 'utf8')).toContain('displayName: number;'); // a check never writes
  }, 300_000);

  it('api:generate writes a missing or stale file and leaves a current one alone', async () => {
    const target = join(tmp, 'generated.ts');
    expect((await runApiTypes(['--file', target], made)).message).toMatch(/^Wrote .*generated\.ts \(\d+ lines\)\.$/);
    expect(readFileSync(target, 'utf8')).toBe(generated);
    expect((await runApiTypes(['--file', target], made)).message).toMatch(/is up to date\.$/);
  }, 120_000);
});
