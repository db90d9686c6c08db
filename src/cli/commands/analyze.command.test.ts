import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../command.ts';
import type { CliInvocation } from '../command.ts';
import { analyzeCommand } from './analyze.command.ts';

let dir = '';
const invoke = async (positionals: string[], values: CliInvocation['values'] = {}): Promise<{ code: number; out: string }> => {
  let out = '';
  const code = await analyzeCommand.run({ positionals, values, io: { out: (t) => (out += t), err: () => {} } });
  return { code, out };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-analyze-'));
  // 64×32: left half black, right half white.
  const raw = Buffer.alloc(64 * 32 * 3);
  for (let y = 0; y < 32; y++) for (let x = 32; x < 64; x++) raw.fill(255, (y * 64 + x) * 3, (y * 64 + x) * 3 + 3);
  await sharp(raw, { raw: { width: 64, height: 32, channels: 3 } }).png().toFile(join(dir, 'half.png'));
  writeFileSync(join(dir, 'not-an-image.png'), 'hello');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hearth analyze', () => {
  it('prints features as JSON with --json', async () => {
    const { code, out } = await invoke([join(dir, 'half.png')], { json: true });
    expect(code).toBe(0);
    const f = JSON.parse(out);
    expect(f.width).toBe(64);
    expect(f.tone.brightness).toBeCloseTo(0.5, 3);
    expect(f.symmetry.leftRight).toBeLessThan(0.05);
    expect(f.symmetry.topBottom).toBeCloseTo(1, 5);
  });

  it('prints a readable summary without --json', async () => {
    const { out } = await invoke([join(dir, 'half.png')]);
    expect(out).toMatch(/brightness {6}0\.50/);
    expect(out).toMatch(/symmetry {8}left–right 0\.00, top–bottom 1\.00/);
  });

  it('fails with a one-line reason on bad input', async () => {
    await expect(invoke([])).rejects.toThrow(CliError);
    await expect(invoke([join(dir, 'missing.png')])).rejects.toThrow(/cannot read .*missing\.png: no such file/);
    await expect(invoke([join(dir, 'not-an-image.png')])).rejects.toThrow(/cannot decode/);
    await expect(invoke([join(dir, 'half.png')], { colors: '99' })).rejects.toThrow('--colors must be between 1 and 16');
  });
});
