#!/usr/bin/env node
// Builds the web app when dist/web is missing or older than any file under src/web or
// src/domain (shared types), so `npm start` always serves the current UI without rebuilding
// needlessly.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const stamp = 'dist/web/index.html';
function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sources = Math.max(
  newest('src/web'),
  newest('src/domain'),
  newest('src/engines'),
  statSync('vite.config.ts').mtimeMs,
  statSync('package-lock.json').mtimeMs,
);
if (built < sources) {
  console.error('Building the web app…');
  // Always a production build: under vitest NODE_ENV=test would give React's development bundle.
  // Build beside dist/web and swap it in, so a server (or a parallel test run) reading dist/web
  // never sees a half-written folder; hashed assets of the previous build are carried over so a
  // page loaded before the swap can still fetch its chunks.
  const next = `dist/web-next-${process.pid}`;
  const old = `dist/web-old-${process.pid}`;
  execSync(`npx vite build --logLevel warn --outDir ../../${next}`, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (existsSync('dist/web/assets')) cpSync('dist/web/assets', `${next}/assets`, { recursive: true, force: false, errorOnExist: false });
  if (existsSync('dist/web')) renameSync('dist/web', old);
  renameSync(next, 'dist/web');
  rmSync(old, { recursive: true, force: true });
}
