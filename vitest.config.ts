import { defineConfig } from 'vitest/config';

/**
 * Test tiers (all run by `npm test`):
 * - unit:   engines and domain rules, pure and fast.
 * - server: the HTTP app in-process (app.inject) on PGlite, plus the PostgreSQL tier
 *           (test/pg) against a throwaway cluster that test/setup/postgres.ts starts.
 * - e2e:    real Chromium through Playwright against a real `hearth serve` process.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/setup/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/engines/**/*.test.ts', 'src/domain/**/*.test.ts', 'src/backends/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['src/store/**/*.test.ts', 'src/services/**/*.test.ts', 'src/server/**/*.test.ts', 'test/pg/**/*.test.ts', 'test/cli/**/*.test.ts',
            'src/web/api/*.test.ts', 'scripts/*.test.ts'],
          globalSetup: ['./test/setup/postgres.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
