import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startA1111Fake } from '../../../test/fakes/a1111.fake.ts';
import { startComfyUiFake } from '../../../test/fakes/comfyui.fake.ts';
import { startOpenAiFake } from '../../../test/fakes/openai.fake.ts';
import type { CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { generateCommand } from './generate.command.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-generate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function invoke(values: CliInvocation['values'], positionals: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const run = generateCommand.run({ values, positionals, io: { out: (t) => void out.push(t), err: (t) => void err.push(t) } });
  return { run, out, err };
}

describe('hearth generate', () => {
  it('writes count PNG variations of the requested size and reports them as JSON', async () => {
    const out = join(dir, 'sea.png');
    const { run, out: stdout } = invoke({ prompt: 'a calm blue sea with a boat', style: 'mosaic', seed: '7', size: '96', count: '2', out, json: true });
    expect(await run).toBe(0);
    const report = JSON.parse(stdout.join('')) as {
      files: { path: string; seed: number }[];
      params: { style: string; width: number };
      reading: { motifs: string[] };
    };
    expect(report.files.map((f) => f.path)).toEqual([join(dir, 'sea-1.png'), join(dir, 'sea-2.png')]);
    expect(report.files.map((f) => f.seed)).toEqual([7, 8]);
    expect(report.params.style).toBe('mosaic');
    expect(report.reading.motifs).toEqual(['sea', 'boat']);
    const a = await sharp(join(dir, 'sea-1.png')).raw().toBuffer({ resolveWithObject: true });
    const b = await sharp(join(dir, 'sea-2.png')).raw().toBuffer();
    expect(a.info.width).toBe(96);
    expect(a.info.height).toBe(96);
    expect(a.data.equals(b)).toBe(false);
  });

  it('gives identical files for the same seed', async () => {
    const p1 = join(dir, 'a.png');
    const p2 = join(dir, 'b.png');
    expect(await invoke({ prompt: 'a tree', seed: '3', size: '64', out: p1 }).run).toBe(0);
    expect(await invoke({ prompt: 'a tree', seed: '3', size: '64', out: p2 }).run).toBe(0);
    expect((await readFile(p1)).equals(await readFile(p2))).toBe(true);
  });

  it('uses a sketch file as the skeleton', async () => {
    const sketchPath = join(dir, 'sketch.png');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="white"/><circle cx="100" cy="100" r="50" stroke="black" stroke-width="6" fill="none"/></svg>';
    await sharp(Buffer.from(svg)).png().toFile(sketchPath);
    const out = join(dir, 'sketched.png');
    expect(await invoke({ prompt: 'a happy meadow', sketch: sketchPath, strength: '1', size: '100', seed: '1', out }).run).toBe(0);
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    const c = info.channels;
    const at = (x: number, y: number): number => data[(y * 100 + x) * c]! + data[(y * 100 + x) * c + 1]! + data[(y * 100 + x) * c + 2]!;
    expect(at(75, 50)).toBeLessThan(200); // on the circle's right edge (x = 50 + 25)
    expect(at(62, 50)).toBeGreaterThan(300); // inside the circle: filled, not inked
  });

  it('rejects bad input with a one-line reason', async () => {
    const bad = async (values: CliInvocation['values'], pattern: RegExp): Promise<void> => {
      const err = await invoke(values).run.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as Error).message).toMatch(pattern);
      expect((err as Error).message).not.toContain('\n');
    };
    const out = join(dir, 'x.png');
    await bad({ out }, /--prompt is required/);
    await bad({ prompt: 'sun' }, /--out is required/);
    await bad({ prompt: 'sun', out: join(dir, 'x.jpg') }, /\.png/);
    await bad({ prompt: 'sun', out, size: '10' }, /--size must be between 64 and 2048/);
    await bad({ prompt: 'sun', out, size: '99999' }, /--size/);
    await bad({ prompt: 'sun', out, count: '5' }, /--count/);
    await bad({ prompt: 'sun', out, strength: '2' }, /--strength/);
    await bad({ prompt: 'sun', out, style: 'cubism' }, /--style must be one of/);
    await bad({ prompt: 'sun', out, sketch: join(dir, 'missing.png') }, /not found/);
    const disguised = join(dir, 'notes.png');
    await writeFile(disguised, 'this is text, not a picture');
    await bad({ prompt: 'sun', out, sketch: disguised }, /not a readable image/);
    const svg = join(dir, 'drawing.png');
    await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await bad({ prompt: 'sun', out, sketch: svg }, /not a readable image/);
  });
});

describe('hearth generate with a photo of paper art', () => {
  /** A 640×480 JPEG: a 4:3 sheet with a drawn line, in slight perspective on a brown table. */
  async function photo(path: string): Promise<void> {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#6a5443"/>' +
      '<polygon points="112,70 522,62 556,412 86,420" fill="#f2ede2"/><line x1="200" y1="150" x2="450" y2="330" stroke="#333" stroke-width="4"/></svg>';
    await sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toFile(path);
  }
  type Json = { files: { report: { width: number; height: number; paper?: { straightened: boolean; note: string; corners?: number[][] } } }[] };

  it('crops and straightens the sheet (the picture takes the paper\'s shape) and says so; --no-straighten keeps the whole photo', async () => {
    const sketch = join(dir, 'photo.jpg');
    await photo(sketch);
    const run1 = invoke({ prompt: 'a line', sketch, size: '128', seed: '1', out: join(dir, 'straight.png'), json: true });
    expect(await run1.run).toBe(0);
    const r1 = (JSON.parse(run1.out.join('')) as Json).files[0]!.report;
    expect(r1.paper?.straightened).toBe(true);
    expect(r1.paper?.note).toMatch(/^paper found and straightened: corners \(\d+, \d+\)/);
    expect(r1.paper?.corners).toHaveLength(4);
    // The sheet is about 4:3 (its sides ≈ 410–470 × 350); the photo is 4:3 too but the picture is the sheet, not the table.
    expect(Math.abs(r1.width / r1.height - 4 / 3)).toBeLessThan(0.03);
    const run2 = invoke({ prompt: 'a line', sketch, size: '128', seed: '1', out: join(dir, 'whole.png'), json: true, 'no-straighten': true });
    expect(await run2.run).toBe(0);
    const r2 = (JSON.parse(run2.out.join('')) as Json).files[0]!.report;
    expect(r2.paper).toBeUndefined();
    expect(r2.width / r2.height).toBeCloseTo(640 / 480, 2);
    // Without --json the note goes to stderr, the file list to stdout.
    const run3 = invoke({ prompt: 'a line', sketch, size: '96', seed: '1', out: join(dir, 'quiet.png') });
    expect(await run3.run).toBe(0);
    expect(run3.err.join('')).toMatch(/paper found and straightened/);
  });

  it('leaves a plain drawing whole and says no sheet was found', async () => {
    const sketch = join(dir, 'plain.png');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#fff"/><circle cx="150" cy="100" r="50" fill="none" stroke="#000" stroke-width="4"/></svg>';
    await sharp(Buffer.from(svg)).png().toFile(sketch);
    const run = invoke({ prompt: 'a ball', sketch, size: '150', seed: '1', out: join(dir, 'plain-out.png'), json: true });
    expect(await run.run).toBe(0);
    const r = (JSON.parse(run.out.join('')) as Json).files[0]!.report;
    expect(r.paper).toMatchObject({ straightened: false, note: 'no sheet found: used the whole photo' });
    expect([r.width, r.height]).toEqual([150, 100]);
  });
});

describe('hearth generate --backend (against fake model servers)', () => {
  it('comfyui: queues the workflow with the CLI parameters and writes each variation', async () => {
    const fake = await startComfyUiFake();
    try {
      const out = join(dir, 'comfy.png');
      const { run, out: stdout } = invoke({
        prompt: 'a red boat',
        seed: '12',
        width: '96',
        height: '64',
        count: '2',
        out,
        json: true,
        backend: 'comfyui',
        'backend-url': fake.url,
        'backend-model': 'v1-5-pruned-emaonly.safetensors',
      });
      expect(await run).toBe(0);
      const report = JSON.parse(stdout.join('')) as { files: { path: string; seed: number }[]; params: { backend: string; backendUrl: string } };
      expect(report.files.map((f) => f.path)).toEqual([join(dir, 'comfy-1.png'), join(dir, 'comfy-2.png')]);
      expect(report.params).toMatchObject({ backend: 'comfyui', backendUrl: fake.url });
      const graphs = fake.requests
        .filter((r) => r.path === '/prompt')
        .map((r) => (r.json as { prompt: Record<string, { inputs: Record<string, unknown> }> }).prompt);
      expect(graphs.map((g) => g['4']!.inputs)).toEqual([
        { width: 96, height: 64, batch_size: 1 },
        { width: 96, height: 64, batch_size: 1 },
      ]);
      expect(graphs.map((g) => g['5']!.inputs.seed)).toEqual([12, 13]);
      expect(report.files.map((f) => f.seed)).toEqual([12, 13]);
      const meta = await sharp(join(dir, 'comfy-2.png')).metadata();
      expect([meta.width, meta.height]).toEqual([96, 64]);
    } finally {
      await fake.close();
    }
  });

  it('a1111 with basic auth from --backend-user/--backend-password; openai with the key from HEARTH_OPENAI_API_KEY', async () => {
    const a = await startA1111Fake({ auth: { user: 'u', password: 'p' } });
    const o = await startOpenAiFake({ apiKey: 'sk-cli' });
    const saved = process.env.HEARTH_OPENAI_API_KEY;
    try {
      expect(
        await invoke({
          prompt: 'hills',
          seed: '1',
          size: '64',
          out: join(dir, 'a.png'),
          backend: 'a1111',
          'backend-url': a.url,
          'backend-user': 'u',
          'backend-password': 'p',
        }).run,
      ).toBe(0);
      expect((a.requests.find((r) => r.path === '/sdapi/v1/txt2img')!.json as { seed: number }).seed).toBe(1);
      process.env.HEARTH_OPENAI_API_KEY = 'sk-cli';
      expect(await invoke({ prompt: 'hills', size: '64', out: join(dir, 'o.png'), backend: 'openai', 'backend-url': o.url }).run).toBe(0);
      expect(o.requests[0]!.headers.authorization).toBe('Bearer sk-cli');
      expect((await sharp(join(dir, 'o.png')).metadata()).width).toBe(64);
    } finally {
      if (saved === undefined) delete process.env.HEARTH_OPENAI_API_KEY;
      else process.env.HEARTH_OPENAI_API_KEY = saved;
      await a.close();
      await o.close();
    }
  });

  it('a server that is down or a bad backend option is one plain line', async () => {
    const fake = await startComfyUiFake();
    const url = fake.url;
    await fake.close();
    const out = join(dir, 'down.png');
    const err = await invoke({ prompt: 'sun', size: '64', out, backend: 'comfyui', 'backend-url': url }).run.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(3);
    expect((err as Error).message).toBe(`The image server at ${url} is not answering. Check that it is running, or use the built-in engine instead.`);
    const bad = async (values: CliInvocation['values'], pattern: RegExp): Promise<void> => {
      const e = await invoke(values).run.catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CliError);
      expect((e as Error).message).toMatch(pattern);
    };
    await bad({ prompt: 'sun', out, backend: 'midjourney' }, /--backend must be one of builtin, comfyui, a1111, openai/);
    await bad({ prompt: 'sun', out, backend: 'a1111' }, /needs --backend-url/);
    await bad({ prompt: 'sun', out, 'backend-url': url }, /--backend-url needs --backend/);
    await bad(
      { prompt: 'sun', out, backend: 'a1111', 'backend-url': 'ftp://user:secret@host' },
      /must be an http:\/\/ or https:\/\/ address, got "ftp:\/\/…@host"/,
    );
  });
});
