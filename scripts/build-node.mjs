#!/usr/bin/env node
// Compiles the server and CLI (src/cli/main.ts and everything it imports) and the worker-thread
// entries to JavaScript, so `hearth` starts without compiling TypeScript each time.
//
// - One esbuild run with code splitting: the entries (hearth.mjs and the engine, music and pdf
//   worker entries) and shared chunks under chunks/. Every command's module is imported only
//   when it runs (src/cli/commands/index.ts), so `hearth --help` loads a few small files and
//   `hearth generate` only the chunks (and npm packages) generating needs.
// - npm packages stay external (imported from node_modules as usual).
// - `import.meta.url` in each source file is replaced by that file's own URL, so code that finds
//   files beside itself (migrations, workflow JSON, the repository root) reads them from src/
//   exactly as it does when run through tsx.
// - Each build goes to its own folder, dist/node/b-<time>-<pid>/, and is made current by
//   renaming dist/node/stamp.json (newest source time, repository path, build folder) into
//   place; so parallel starts never read half a build, and a running server keeps loading its
//   lazy chunks from the build it started with. The newest KEEP builds are kept.
// - bin/hearth.js rebuilds when a source is newer or the repository moved (`isStale`).
//
// Run by `npm install` (prepare) and by bin/hearth.js when stale; `node scripts/build-node.mjs`.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'dist', 'node');
const STAMP = join(OUT_DIR, 'stamp.json');
/** Builds kept in dist/node (the current one and the ones before it, which a running process may still load chunks from). */
const KEEP = 3;
/** The entry points, by output name: the CLI and the worker threads (loaded by the engine pool, the music thread and the summary.pdf thread). */
const ENTRIES = {
  hearth: join(ROOT, 'src', 'cli', 'main.ts'),
  'engine.worker': join(ROOT, 'src', 'workers', 'engine.worker.ts'),
  'music.worker': join(ROOT, 'src', 'workers', 'music.worker.ts'),
  'pdf.worker': join(ROOT, 'src', 'workers', 'pdf.worker.ts'),
};
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

const readStamp = () => JSON.parse(readFileSync(STAMP, 'utf8'));

/** The path of one output of a build folder, e.g. outputFile(dir, 'hearth'). */
const outputFile = (dir, name) => join(OUT_DIR, dir, `${name}.mjs`);

/** The current build's CLI entry (dist/node/<build>/hearth.mjs); throws when there is no build. */
export function entryFile() {
  const { dir } = readStamp();
  if (typeof dir !== 'string' || !/^b-[\w-]+$/.test(dir)) throw new Error('dist/node/stamp.json names no build');
  return outputFile(dir, 'hearth');
}

/** True when the build is missing, older than a source, or built for another checkout. */
export function isStale() {
  try {
    const stamp = readStamp();
    return (
      stamp.root !== ROOT ||
      stamp.sources < sourcesTime() ||
      typeof stamp.dir !== 'string' ||
      Object.keys(ENTRIES).some((name) => !statSync(outputFile(stamp.dir, name), { throwIfNoEntry: false }))
    );
  } catch {
    return true;
  }
}

/** Removes all but the newest KEEP build folders (never `current`). */
function prune(current) {
  const builds = readdirSync(OUT_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('b-') && e.name !== current)
    .map((e) => ({ name: e.name, t: statSync(join(OUT_DIR, e.name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  for (const b of builds.slice(KEEP - 1)) rmSync(join(OUT_DIR, b.name), { recursive: true, force: true });
  // The single-file layout of earlier versions.
  for (const f of readdirSync(OUT_DIR))
    if (/^(hearth|engine\.worker|music\.worker|pdf\.worker)\.mjs(\.\d+\.tmp)?$/.test(f)) rmSync(join(OUT_DIR, f), { force: true });
}

/** Builds into a new folder, makes it current, and returns { ms, entry } (the CLI entry's path). */
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
  const dir = `b-${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(OUT_DIR, dir);
  mkdirSync(outdir, { recursive: true });
  try {
    await esbuild({
      entryPoints: ENTRIES,
      outdir,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outExtension: { '.js': '.mjs' },
      entryNames: '[name]',
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: false,
      logLevel: 'error',
      plugins: [ownUrl],
      // The engine pool, music thread and summary.pdf thread load their threads from this build instead of the TypeScript sources.
      define: {
        'process.env.HEARTH_ENGINE_WORKER_URL': JSON.stringify(pathToFileURL(outputFile(dir, 'engine.worker')).href),
        'process.env.HEARTH_MUSIC_WORKER_URL': JSON.stringify(pathToFileURL(outputFile(dir, 'music.worker')).href),
        'process.env.HEARTH_PDF_WORKER_URL': JSON.stringify(pathToFileURL(outputFile(dir, 'pdf.worker')).href),
      },
    });
  } catch (e) {
    rmSync(outdir, { recursive: true, force: true });
    throw e;
  }
  // The build is complete before the stamp names it: a start that reads the stamp finds every file.
  const stampTmp = `${STAMP}.${process.pid}.tmp`;
  writeFileSync(stampTmp, JSON.stringify({ root: ROOT, sources, dir, builtAt: new Date().toISOString() }) + '\n');
  renameSync(stampTmp, STAMP);
  prune(dir);
  return { ms: Date.now() - started, entry: outputFile(dir, 'hearth') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ms, entry } = await build();
  console.error(`hearth: server and CLI compiled to ${entry.slice(ROOT.length + 1)} in ${ms} ms`);
}
