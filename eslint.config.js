// Layers import one way: engines → (backends, domain) → store → services → server → web/cli.
// Engines are pure: no node:*, no DOM, no Math.random / Date.now (inject a seeded RNG and a clock).
// Services hold the rules (src/services/<area>); routes are schema + access + one service call and
// never import each other; CLI commands call services, and only `serve` builds the HTTP app.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const above = (...areas) => areas.map((a) => ({ group: [`**/${a}/**`, `../${a}/*`, `../../${a}/*`], message: `This layer must not import from ${a}.` }));

// A route file is schema + access config + one service call: shared rules belong in a service.
const routesApart = {
  group: ['./*.routes.ts', '../routes/*', '**/routes/*.routes.ts'],
  message: 'Route files do not import each other: move the shared rule into src/services.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', '.hearth/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'No export * — name what an area exports.' }],
    },
  },
  {
    // Lines stay within 160 characters (Prettier, printWidth 160, wraps code); long words in
    // strings, templates, regular expressions and URLs may run on; comments are wrapped by hand.
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  {
    files: ['src/engines/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os'], message: 'Engines are pure TypeScript: no Node imports.' },
            ...above('backends', 'domain', 'store', 'services', 'server', 'web', 'cli'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'setTimeout', 'setInterval', 'performance', 'process', 'Buffer'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded RNG (engines/rng.ts).' },
        { object: 'Date', property: 'now', message: 'Inject a clock.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Domain rules are pure.' }, ...above('store', 'services', 'server', 'web', 'cli', 'backends')] },
      ],
    },
  },
  {
    files: ['src/backends/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: above('store', 'services', 'server', 'web', 'cli') }] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: above('services', 'server', 'web', 'cli') }] },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: above('server', 'web', 'cli') }] },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: above('web', 'cli') }] },
  },
  {
    files: ['src/server/routes/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...above('web', 'cli'), routesApart] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/commands/serve.command.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: above('server', 'web') }] },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The web app runs in the browser.' }, ...above('store', 'services', 'server', 'cli', 'backends')] },
      ],
    },
  },
);
