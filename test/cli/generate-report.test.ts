import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A 358×288 drawing (the 895:720 shape of a workshop sketch): a ground line and a circle. */
async function sketchFile(): Promise<string> {
  const W = 358;
  const H = 288;
  const px = Buffer.alloc(W * H * 3, 255);
  for (let x = 0; x < W; x++) for (let d = 0; d < 3; d++) px.fill(0, ((200 + d) * W + x) * 3, ((200 + d) * W + x) * 3 + 3);
  for (let a = 0; a < 6.3; a += 0.01) {
    const x = Math.round(250 + 30 * Math.cos(a));
    const y = Math.round(70 + 30 * Math.sin(a));
    px.fill(0, (y * W + x) * 3, (y * W + x) * 3 + 3);
  }
  const path = join(dir, 'sketch.png');
  await sharp(px, { raw: { width: W, height: H, channels: 3 } })
    .png()
    .toFile(path);
  return path;
}

describe('hearth generate --json', () => {
  it('keeps the sketch’s shape and reports what each word became, where, and what it could not draw', async () => {
    const out = join(dir, 'pic.png');
    const r = await run([
      'generate',
      '--prompt',
      'un perro junto a una casa y un zorblax',
      '--sketch',
      await sketchFile(),
      '--seed',
      '4',
      '--json',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      files: {
        path: string;
        report: {
          words: { word: string; as: string; where?: unknown[] }[];
          notDrawn: string[];
          width: number;
          height: number;
          seed: number;
          horizon: { drawn: boolean };
        };
      }[];
    };
    const meta = await sharp(out).metadata();
    expect(meta.width! / meta.height!).toBeCloseTo(358 / 288, 2);
    expect(meta.width).toBe(512);
    const report = json.files[0]!.report;
    expect(report).toMatchObject({ width: meta.width, height: meta.height, seed: 4, notDrawn: ['zorblax'], horizon: { drawn: true } });
    expect(report.words.find((w) => w.word === 'perro')).toMatchObject({ as: 'thing' });
    expect(report.words.find((w) => w.word === 'perro')!.where!.length).toBe(1);
  }, 120_000);
});
