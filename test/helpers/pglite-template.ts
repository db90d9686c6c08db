/**
 * The migrated in-memory database test/setup/pglite-template.ts made for this run, for
 * `openStore({ pgliteTemplate })`: a store started from it skips PGlite's initdb and the
 * migrations. Undefined outside the test runner (e.g. in bench/), where stores start fresh.
 * Kept apart from harness.ts so a store test does not import the whole app to use it.
 */
import { readFile } from 'node:fs/promises';

let template: Promise<Blob> | undefined;

export function pgliteTemplate(): Promise<Blob> | undefined {
  const path = process.env.HEARTH_TEST_PGLITE_TEMPLATE;
  if (!path) return undefined;
  return (template ??= readFile(path).then((b) => new Blob([b])));
}
