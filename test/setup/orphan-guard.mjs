/**
 * Loaded into every vitest worker process at start (`--import`, vitest.config.ts poolOptions.forks.execArgv),
 * before tinypool's entry or any test file: a worker never outlives the vitest process that forked it.
 *
 * Session 7 saw it happen twice: vitest stopped on an unhandled rejection and its worker processes
 * (now children of init, ppid 1) went on running test files with a `hearth serve` and Chromium until
 * killed by hand. A forked worker's IPC channel closes when its parent dies ('disconnect'); the
 * worker then stops every process it started (servers, CLIs, browsers, found by walking /proc, the
 * whole tree collected before any signal so that no grandchild is re-parented away first) and exits.
 * A slow check of the parent id covers a parent that vanished without the channel closing.
 * Plain JavaScript: Node 20 imports it without a TypeScript loader.
 */
import { readdirSync, readFileSync } from 'node:fs';

const parent = process.ppid;
/** vitest replaces process.exit with a thrower while a file runs; keep the real one. */
const exit = process.exit.bind(process);
let stopping = false;

/** Every live descendant of this process (pid list), from /proc/<pid>/stat's ppid field. */
function descendants() {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we read
    }
  }
  const out = [];
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function signal(pids, sig) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

function parentGone(why) {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`[orphan-guard] vitest worker ${process.pid}: ${why}; stopping its processes and exiting\n`);
  let tree = [];
  try {
    tree = descendants();
  } catch {
    // no /proc: nothing more to do than exit
  }
  signal(tree, 'SIGTERM');
  // Give servers a moment to stop cleanly, then make sure.
  setTimeout(() => {
    signal(tree, 'SIGKILL');
    exit(1);
  }, 2000);
}

if (process.send !== undefined) {
  process.on('disconnect', () => parentGone('its vitest parent is gone (IPC channel closed)'));
  setInterval(() => {
    if (process.ppid !== parent) parentGone(`its parent ${parent} is gone (ppid now ${process.ppid})`);
  }, 2000).unref();
}
