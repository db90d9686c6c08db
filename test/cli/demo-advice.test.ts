/**
 * `hearth demo` ends with the command that serves what it made. `npm start` runs only inside the
 * checkout and serves ./data there, so the advice must name the folder — and, from anywhere else,
 * bin/hearth.js itself.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCommandFor } from '../../src/cli/config.ts';
import { removeDir, ROOT } from '../helpers/e2e.ts';

const outside = mkdtempSync(join(tmpdir(), 'hearth-demo-advice-'));
afterAll(() => removeDir(outside));

describe('the command hearth demo prints', () => {
  it('is npm start inside the checkout, naming any other folder and port', () => {
    expect(startCommandFor({ dataDir: join(ROOT, 'data'), port: 8080 }, ROOT)).toBe('npm start');
    expect(startCommandFor({ dataDir: '/srv/demo data', port: 8080 }, join(ROOT, 'src'))).toBe("npm start -- --data '/srv/demo data'");
    expect(startCommandFor({ dataDir: join(ROOT, 'data'), port: 9000 }, ROOT)).toBe('npm start -- --port 9000');
  });

  it('is node …/bin/hearth.js serve outside it, where npm start would find no package.json', () => {
    const data = join(outside, 'data');
    expect(startCommandFor({ dataDir: data, port: 8080 }, outside)).toBe(`node ${join(ROOT, 'bin', 'hearth.js')} serve --data ${data}`);
    expect(startCommandFor({ dataDir: data, port: 9001 }, `${ROOT}-other`)).toMatch(/^node \S+\/bin\/hearth\.js serve --data \S+ --port 9001$/);
  });

});
