/**
 * The compiled build (scripts/build-node.mjs) is split so a command loads only what it needs:
 * `hearth --help` reaches no heavy package, `generate` no model-server client or server code,
 * `serve` neither the S3 SDK, nor pg/pg-boss, nor pdf-lib before they are used (those come in
 * through dynamic imports, which this scan does not follow). The worker entries are built beside
 * the CLI, the pool/thread code names this build's files, and each worker runs a task.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import { build, entryFile, isStale } from '../../scripts/build-node.mjs';

let dir = '';

beforeAll(async () => {
  if ((isStale as () => boolean)()) await (build as () => Promise<unknown>)();
  dir = dirname((entryFile as () => string)());
}, 120_000);

/** The npm packages a built file loads before it runs: its static imports, followed through the build's own chunks. */
function staticPackages(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file)) return out;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/^(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["']([^"']+)["'];?$/gm)) {
    if (spec!.startsWith('.')) staticPackages(resolve(dirname(file), spec!), seen, out);
    else if (!spec!.startsWith('node:')) out.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
  }
  return out;
}

const chunk = (prefix: string): string => {
  const f = readdirSync(join(dir, 'chunks')).find((n) => n.startsWith(`${prefix}-`) && n.endsWith('.mjs'));
  expect(f, `${prefix} chunk`).toBeDefined();
  return join(dir, 'chunks', f!);
};

describe('the split build', () => {
  it('loads only the i18n packages for --help, and each command module only when it runs', () => {
    const help = staticPackages(join(dir, 'hearth.mjs'));
    expect([...help].sort()).toEqual(['i18next', 'i18next-icu']);
    const generate = staticPackages(chunk('generate.command'));
    expect(generate).toContain('sharp');
    for (const p of ['ws', 'zod', 'fastify', '@electric-sql/pglite', 'pdf-lib', '@aws-sdk/client-s3']) expect(generate, p).not.toContain(p);
    const serve = staticPackages(chunk('serve.command'));
    expect(serve).toContain('fastify');
    expect(serve).toContain('@electric-sql/pglite');
    for (const p of ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', 'pg', 'pg-boss', 'pdf-lib']) expect(serve, p).not.toContain(p);
  });

  it('names this build’s worker entries in the pool and thread code, and each worker runs a task', async () => {
    const built = readdirSync(join(dir, 'chunks')).map((f) => readFileSync(join(dir, 'chunks', f), 'utf8'));
    for (const name of ['engine.worker', 'music.worker', 'pdf.worker']) {
      const url = pathToFileURL(join(dir, `${name}.mjs`)).href;
      expect(
        built.some((t) => t.includes(JSON.stringify(url))),
        name,
      ).toBe(true);
    }

    // The engine pool's entry: piscina calls its default export; the named task function draws.
    const engine = (await import(pathToFileURL(join(dir, 'engine.worker.mjs')).href)) as {
      default: unknown;
      runEngineTask(m: { task: object }): { width: number; height: number; data: Uint8ClampedArray };
    };
    expect(typeof engine.default).toBe('function');
    const img = engine.runEngineTask({
      task: { kind: 'generate', prompt: 'a calm sea', negativePrompt: '', sketchStrength: 0.7, style: 'watercolour', seed: 7, width: 64, height: 48 },
    });
    expect([img.width, img.height, img.data.length]).toEqual([64, 48, 64 * 48 * 4]);
    expect(new Set(img.data).size).toBeGreaterThan(8);

    // The music thread answers an analysis on its port.
    const music = new Worker(fileURLToPath(pathToFileURL(join(dir, 'music.worker.mjs'))));
    try {
      const { port1, port2 } = new MessageChannel();
      const tone = Float32Array.from({ length: 22_050 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 22_050));
      const reply = new Promise<Record<string, unknown>>((res, rej) => {
        port1.once('message', res);
        music.once('error', rej);
      });
      music.postMessage({ kind: 'analyze', clip: { channels: [tone], sampleRate: 22_050 }, port: port2 }, [port2]);
      const r = await reply;
      port1.close();
      expect(r.error).toBeUndefined();
      expect(r.analysis).toBeTypeOf('object');
    } finally {
      await music.terminate();
    }

    // The summary.pdf thread loads and answers (a refusal of an empty record is an answer from its code).
    const pdf = new Worker(fileURLToPath(pathToFileURL(join(dir, 'pdf.worker.mjs'))));
    try {
      const reply = new Promise<Record<string, unknown>>((res, rej) => {
        pdf.once('message', res);
        pdf.once('error', rej);
      });
      pdf.postMessage({ records: {}, thumbs: [], locale: 'en' });
      const r = await reply;
      expect('pdf' in r || typeof r.error === 'string').toBe(true);
    } finally {
      await pdf.terminate();
    }
  }, 120_000);
});
