#!/usr/bin/env node
// Compiles the server and CLI (src/cli/main.ts and everything it imports) into one JavaScript
// file, dist/node/hearth.mjs, so `hearth` starts without compiling TypeScript each time.
//
// - npm packages stay external (imported from node_modules as usual).
// - `import.meta.url` in each source file is replaced by that file's own URL, so code that finds
//   files beside itself (migrations, workflow JSON, the repository root) reads them from src/
//   exactly as it does when run through tsx.
// - dist/node/stamp.json records the newest source time and the repository path; bin/hearth.js
//   rebuilds when a source is newer or the repository moved (`isStale`).
// - Written beside the target and renamed into place, so parallel starts never read half a file.
//
// Run by `npm install` (prepare) and by bin/hearth.js when stale; `node scripts/build-node.mjs`.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'dist', 'node');
export const OUT_FILE = join(OUT_DIR, 'hearth.mjs');
/** The engine worker threads' entry (src/workers/engine.worker.ts), loaded by the pool in the build. */
const WORKER_FILE = join(OUT_DIR, 'engine.worker.mjs');
/** The music thread's entry (src/workers/music.worker.ts), loaded by MusicThread in the build. */
const MUSIC_WORKER_FILE = join(OUT_DIR, 'music.worker.mjs');
/** The summary.pdf thread's entry (src/workers/pdf.worker.ts). */
const PDF_WORKER_FILE = join(OUT_DIR, 'pdf.worker.mjs');
const STAMP = join(OUT_DIR, 'stamp.json');
/** What the CLI's code can import: everything under src/ except the browser app. */
const WATCHED = ['src', 'package.json', 'package-lock.json', 'scripts/build-node.mjs'];

function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let t = info.mtimeMs;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (e.name === 'web' && path.endsWith('src')) continue;
    if (e.name.endsWith('.test.ts')) continue;
    t = Math.max(t, newest(join(path, e.name)));
  }
  return t;
}

const sourcesTime = () => Math.max(...WATCHED.map((p) => newest(join(ROOT, p))));

/** True when dist/node/hearth.mjs is missing, older than a source, or built for another checkout. */
export function isStale() {
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    return (
      stamp.root !== ROOT ||
      stamp.sources < sourcesTime() ||
      !statSync(OUT_FILE, { throwIfNoEntry: false }) ||
      !statSync(WORKER_FILE, { throwIfNoEntry: false }) ||
      !statSync(MUSIC_WORKER_FILE, { throwIfNoEntry: false }) ||
      !statSync(PDF_WORKER_FILE, { throwIfNoEntry: false })
    );
  } catch {
    return true;
  }
}

export async function build() {
  const started = Date.now();
  const sources = sourcesTime();
  const { build: esbuild } = await import('esbuild');
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.includes('import.meta.url') ? text.replaceAll('import.meta.url', url) : text, loader: 'ts' };
      });
    },
  };
  mkdirSync(OUT_DIR, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: false,
    logLevel: 'error',
    plugins: [ownUrl],
  };
  // The worker first, so a new hearth.mjs never names a worker file that is not there yet.
  const workerTmp = `${WORKER_FILE}.${process.pid}.tmp`;
  await esbuild({ ...common, entryPoints: [join(ROOT, 'src', 'workers', 'engine.worker.ts')], outfile: workerTmp });
  renameSync(workerTmp, WORKER_FILE);
  const musicTmp = `${MUSIC_WORKER_FILE}.${process.pid}.tmp`;
  await esbuild({ ...common, entryPoints: [join(ROOT, 'src', 'workers', 'music.worker.ts')], outfile: musicTmp });
  renameSync(musicTmp, MUSIC_WORKER_FILE);
  const pdfTmp = `${PDF_WORKER_FILE}.${process.pid}.tmp`;
  await esbuild({ ...common, entryPoints: [join(ROOT, 'src', 'workers', 'pdf.worker.ts')], outfile: pdfTmp });
  renameSync(pdfTmp, PDF_WORKER_FILE);
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  await esbuild({
    ...common,
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: tmp,
    // The engine pool loads its threads from the compiled worker instead of the TypeScript source.
    define: {
      'process.env.HEARTH_ENGINE_WORKER_URL': JSON.stringify(pathToFileURL(WORKER_FILE).href),
      'process.env.HEARTH_MUSIC_WORKER_URL': JSON.stringify(pathToFileURL(MUSIC_WORKER_FILE).href),
      'process.env.HEARTH_PDF_WORKER_URL': JSON.stringify(pathToFileURL(PDF_WORKER_FILE).href),
    },
  });
  renameSync(tmp, OUT_FILE);
  const stampTmp = `${STAMP}.${process.pid}.tmp`;
  writeFileSync(stampTmp, JSON.stringify({ root: ROOT, sources, builtAt: new Date().toISOString() }) + '\n');
  renameSync(stampTmp, STAMP);
  return Date.now() - started;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ms = await build();
  console.error(`hearth: server and CLI compiled to dist/node/hearth.mjs in ${ms} ms`);
}
