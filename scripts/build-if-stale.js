#!/usr/bin/env node
// Builds the web app when dist/web is missing or older than any file under src/web or
// src/domain (shared types), so `npm start` always serves the current UI without rebuilding
// needlessly.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
const sources = Math.max(newest('src/web'), newest('src/domain'), newest('src/engines'), statSync('vite.config.ts').mtimeMs, statSync('package-lock.json').mtimeMs);
if (built < sources) {
  console.error('Building the web app…');
  // Always a production build: under vitest NODE_ENV=test would give React's development bundle.
  execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
