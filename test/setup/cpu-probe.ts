/**
 * Per-file CPU probe (only when HEARTH_TEST_CPU_LOG names a file; see vitest.config.ts).
 *
 * Wall time says little on a loaded machine; CPU time does not depend on the load. A worker
 * process runs several files one after another (the projects are not isolated per process, see
 * vitest.config.ts), so a file's cost is what this process's user+system time (and that of the
 * processes it spawned and waited for: `hearth` CLIs, servers, Chromium) grew by since the previous
 * file of the same worker ended; the first file of a worker also carries the worker's start-up, so
 * the lines add up to the workers' whole CPU. One JSON line per file is appended:
 * {file, cpuS, selfS, childrenS, first} (`first`: the worker's first file).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterAll } from 'vitest';

const log = process.env.HEARTH_TEST_CPU_LOG;

/** utime, stime, cutime, cstime of this process from /proc/self/stat, in seconds. */
function procTimes(): { self: number; children: number } | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = 100; // USER_HZ on Linux
    const n = (i: number) => Number(f[i - 3]) / tick;
    return { self: n(14) + n(15), children: n(16) + n(17) };
  } catch {
    return null;
  }
}

/** Where the previous file of this worker ended; kept on globalThis because this setup file is evaluated again for every file. */
const state = globalThis as typeof globalThis & { __hearthCpuProbe?: { self: number; children: number } };

if (log) {
  afterAll((suite) => {
    const t = procTimes();
    const cpu = process.cpuUsage();
    const now = { self: t?.self ?? (cpu.user + cpu.system) / 1e6, children: t?.children ?? 0 };
    const first = state.__hearthCpuProbe === undefined;
    const prev = state.__hearthCpuProbe ?? { self: 0, children: 0 };
    state.__hearthCpuProbe = now;
    const self = now.self - prev.self;
    const children = now.children - prev.children;
    const file = 'filepath' in suite && typeof suite.filepath === 'string' ? relative(process.cwd(), suite.filepath) : suite.name;
    appendFileSync(log, JSON.stringify({ file, cpuS: +(self + children).toFixed(2), selfS: +self.toFixed(2), childrenS: +children.toFixed(2), first }) + '\n');
  });
}
