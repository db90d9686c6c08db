import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../command.ts';
import { linesCommand } from './lines.command.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-lines-'));
  // A "photo": grey pencil circle on paper lit from the left (dark) to the right (bright), as JPEG.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#5a5a55"/><stop offset="1" stop-color="#f4f2ea"/></linearGradient></defs>
    <rect width="160" height="120" fill="url(#g)"/>
    <circle cx="80" cy="60" r="35" stroke="#000" stroke-opacity="0.5" stroke-width="3" fill="none"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(join(dir, 'photo.jpg'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hearth lines', () => {
  it('turns a photo into dark lines on white', async () => {
    const out = join(dir, 'lines.png');
    const stdout: string[] = [];
    const code = await linesCommand.run({
      values: { out, json: true },
      positionals: [join(dir, 'photo.jpg')],
      io: { out: (t) => void stdout.push(t), err: () => {} },
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout.join('')) as { inkShare: number };
    expect(report.inkShare).toBeGreaterThan(0.02);
    expect(report.inkShare).toBeLessThan(0.2);
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number): number => data[(y * info.width + x) * info.channels]!;
    expect(at(45, 60)).toBeLessThan(128); // on the circle, in the dark half
    expect(at(115, 60)).toBeLessThan(128); // on the circle, in the bright half
    expect(at(10, 10)).toBe(255); // dim paper becomes white
    expect(at(80, 60)).toBe(255);
  });

  it('needs an input file', async () => {
    const err = await linesCommand.run({ values: { out: join(dir, 'x.png') }, positionals: [], io: { out: () => {}, err: () => {} } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
  });
});
