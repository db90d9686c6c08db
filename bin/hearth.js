#!/usr/bin/env node
// The `hearth` command. Runs the compiled server and CLI (dist/node/<build>/hearth.mjs, built by
// `npm install` and rebuilt here whenever a source under src/ is newer), so a command starts
// without compiling TypeScript; a command loads only the chunks it needs. If compiling is impossible it runs the sources through tsx;
// HEARTH_TSX=1 forces that (e.g. to debug with source lines).
import { pathToFileURL } from 'node:url';

// A reader that goes away (`hearth … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

let entry = null;
if (process.env.HEARTH_TSX !== '1') {
  try {
    const { build, entryFile, isStale } = await import('../scripts/build-node.mjs');
    entry = pathToFileURL(isStale() ? (await build()).entry : entryFile()).href;
  } catch (e) {
    console.error(`hearth: could not compile the server (${String(e?.message ?? e).split('\n')[0]}); running the TypeScript sources instead`);
  }
}
if (!entry) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = '../src/cli/main.ts';
}
const { main } = await import(entry);
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Every command has finished its work (and flushed its files) by now; do not let a stray
// handle keep the process alive.
setTimeout(() => process.exit(code), 1000).unref();
