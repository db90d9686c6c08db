/**
 * `npm run bench [name]` — runs every bench/*.bench.ts (or the named one) and prints one JSON
 * object per bench: { bench, figures: { name: { median, unit, runs } } }.
 * Each bench module exports `default: () => Promise<BenchReport>`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)));
if (files.length === 0) {
  console.error(`no bench matches ${only ?? '(any)'}`);
  process.exit(1);
}
for (const f of files.sort()) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<unknown> };
  const report = await mod.default();
  console.log(JSON.stringify({ bench: f.replace('.bench.ts', ''), ...(report as object) }, null, 2));
}
