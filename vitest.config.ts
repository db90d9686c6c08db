import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test tiers (all run by `npm test`):
 * - unit:   engines and domain rules, pure and fast.
 * - server: the HTTP app in-process (app.inject) on PGlite, plus the PostgreSQL tier
 *           (test/pg) against a throwaway cluster that test/setup/postgres.ts starts.
 * - e2e:    real Chromium through Playwright against a real `hearth serve` process.
 *
 * One file more than there are cores (three on a 2-core machine): much of a file's time is spent
 * waiting on spawned servers, Chromium and PostgreSQL, and the extra file fills those waits. HEARTH_TEST_WORKERS
 * overrides it (1 for a quiet serial run when chasing a flaky test). test/setup/build.ts builds
 * the web app and the compiled server once before any file starts, so files never race to build.
 *
 * Time limits are generous on purpose: they catch a hang, not slowness. Under a load of 20–30
 * on two cores a harness's beforeAll alone took over 60 s (music, admin-command tests failed
 * that way), so the limits are three to four times what a quiet machine needs.
 */
/** HEARTH_TEST_CPU_LOG=file: each test file appends its CPU seconds there (test/setup/cpu-probe.ts). */
const setupFiles = ['./test/setup/cpu-probe.ts'];
const workers = Math.max(1, Number(process.env.HEARTH_TEST_WORKERS) || availableParallelism() + 1);
/**
 * Module reuse: a worker process runs many files one after another and keeps the modules they
 * imported, so the app's module graph (and fastify, PGlite, sharp…) is loaded once per worker,
 * not once per file. A test file must therefore leave the process as it found it: put back any
 * environment variable it sets (afterAll), close what it opens. HEARTH_TEST_ISOLATE=1 runs every
 * file in a fresh process as before (to tell a leak between files from a real failure).
 *
 * All three projects share modules (session 7: the unit project alone, 91 files, 154.7 -> 115.6
 * CPU-s against a process reused with modules evaluated afresh per file; 179.1 with a process per
 * file). The earlier note that sharing ended a crisis run in tinypool's "Terminating worker
 * thread" dates from when no process was actually shared (see below), so sharing was not its cause.
 */
/**
 * Session 7 switched sharing off after two whole runs stopped on tinypool's "Terminating worker
 * thread"; session 8 found the cause in the pool, not in a test (below), and shares again by
 * default. HEARTH_TEST_ISOLATE=1 gives every file its own process (to tell a leak between files
 * from a real failure); HEARTH_TEST_SHARE is no longer read.
 */
const isolate = process.env.HEARTH_TEST_ISOLATE === '1';
/**
 * Whether a worker process is reused across files is decided by the pool, and vitest makes one
 * pool per kind for the whole run from the ROOT config's `poolOptions`: a project's `isolate`
 * only says whether the worker resets its module cache between files. Before session 7 the root
 * said nothing, so every file (isolate: false projects too) got a new process and module reuse
 * never happened (every cpu-probe line was a worker's first). With the root's forks pool not
 * isolating, vitest runs the files project by project (a worker is recycled between projects) and
 * a project with `isolate: false` keeps its modules across files.
 */
/**
 * Session 8 found why a shared run stopped on "Terminating worker thread" (reproduced with 7 trivial
 * files that only sleep, every time): tinypool 1.x, when it does not isolate, removes a worker that
 * goes idle while the queue is empty and more than `minWorkers` workers exist (at the end of every
 * project: the first worker to finish while two others still run). Removing it sends the worker a
 * teardown task; the teardown's reply marks the dying worker "available", which schedules a second
 * removal; that second teardown goes to a process already being killed, is failed with "Terminating
 * worker thread", and nobody awaits it: an unhandled rejection, and vitest stops the run (leaving
 * its workers running, see orphan-guard.mjs). With as many workers kept as may run
 * (minWorkers = maxWorkers) no worker is ever removed for being idle; vitest still replaces all of
 * them between projects. Isolated runs never take that path (a worker ends after its one file).
 *
 * test/setup/orphan-guard.mjs is loaded into every worker: if vitest itself dies, its workers stop
 * their servers, CLIs and browsers and exit instead of running on as orphans.
 */
const minWorkers = isolate ? 1 : workers;
const orphanGuard = fileURLToPath(new URL('./test/setup/orphan-guard.mjs', import.meta.url));
const poolOptions = { forks: { isolate, execArgv: ['--import', orphanGuard] } };

export default defineConfig({
  test: {
    pool: 'forks',
    poolOptions,
    maxWorkers: workers,
    minWorkers,
    reporters: ['default', './test/setup/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles,
          isolate,
          include: ['src/engines/**/*.test.ts', 'src/domain/**/*.test.ts', 'src/backends/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'server',
          setupFiles,
          isolate,
          include: [
            'src/store/**/*.test.ts',
            'src/services/**/*.test.ts',
            'src/server/**/*.test.ts',
            'test/pg/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'src/web/api/*.test.ts',
            'scripts/*.test.ts',
          ],
          globalSetup: ['./test/setup/build.ts', './test/setup/postgres.ts', './test/setup/pglite-template.ts', './test/setup/data-template.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          setupFiles,
          isolate,
          include: ['test/e2e/**/*.test.ts'],
          // A browser journey under a load of ~19 passed 160 s before its half-way point (session 8):
          // 480 s, and every e2e file's own limits the same, catch a hang and not a busy machine.
          testTimeout: 480_000,
          hookTimeout: 480_000,
          pool: 'forks',
          globalSetup: ['./test/setup/build.ts', './test/setup/data-template.ts'],
        },
      },
    ],
  },
});
