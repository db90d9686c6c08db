#!/usr/bin/env node
// The `hearth` command. Runs the TypeScript sources directly through tsx, so `npx hearth`
// works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
// A reader that goes away (`hearth … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Every command has finished its work (and flushed its files) by now; do not let a stray
// handle keep the process alive.
setTimeout(() => process.exit(code), 1000).unref();
