/**
 * Global setup of the tiers that start `hearth` processes: builds the web app and the compiled
 * server once, before any file runs, so parallel files never race to rebuild them.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, ['scripts/build-if-stale.js'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['-e', "import('./scripts/build-node.mjs').then(async (b) => { if (b.isStale()) await b.build(); })"], {
    cwd: root,
    stdio: 'inherit',
  });
}
