/**
 * Analysis and safety benchmarks: artwork features on 512² and 1024² images, process features on
 * a 2,000-stroke document, and the crisis screen (both layers) per 1,000 texts. Inputs are seeded
 * or fixed, so runs are comparable. The screen reads the round-2 corpus (en/es/de, 60 % risk
 * texts, which cost more than benign ones) and the older labelled set; it must keep ≥ 5,000
 * texts/s. Wall time on a busy shared machine overstates the cost, so the CPU time the process
 * used is reported beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRgba, createRng } from '../src/engines/core/index.ts';
import type { RgbaImage } from '../src/engines/core/index.ts';
import { artworkFeaturesFromImage, migrateStrokeDocument, processFeaturesFromStrokes } from '../src/engines/analysis/index.ts';
import type { Stroke, StrokeDocument } from '../src/engines/analysis/index.ts';
import { screenText } from '../src/engines/safety/index.ts';
import { LABELLED_TEXTS } from '../src/engines/safety/crisis-screen.labelled.ts';
import { round, timeMs } from './measure.ts';
import type { Figure } from './measure.ts';

/** A painting-like test image: soft background plus 60 seeded coloured discs. */
function paintedImage(size: number): RgbaImage {
  const rng = createRng(7);
  const img = createRgba(size, size, [245, 240, 230, 255]);
  for (let n = 0; n < 60; n++) {
    const cx = rng.range(0, size), cy = rng.range(0, size), r = rng.range(size / 40, size / 8);
    const col = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
    const x0 = Math.max(0, Math.floor(cx - r)), x1 = Math.min(size - 1, Math.ceil(cx + r));
    const y0 = Math.max(0, Math.floor(cy - r)), y1 = Math.min(size - 1, Math.ceil(cy + r));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        img.data.set([col[0]!, col[1]!, col[2]!, 255], (y * size + x) * 4);
      }
    }
  }
  return img;
}

/** 2,000 strokes of 40 points each (80,000 points), with pauses and some erasing. */
function strokeDocument(): StrokeDocument {
  const rng = createRng(11);
  const strokes: Stroke[] = [];
  let t = 0;
  for (let i = 0; i < 2000; i++) {
    t += rng.next() < 0.1 ? rng.range(2000, 8000) : rng.range(100, 600);
    let x = rng.range(0, 1024), y = rng.range(0, 768);
    const points = Array.from({ length: 40 }, () => {
      x += rng.range(-6, 6);
      y += rng.range(-6, 6);
      t += 16;
      return { x, y, t, pressure: Math.min(1, Math.max(0, 0.5 + rng.gaussian() * 0.15)) };
    });
    strokes.push({ id: `s${i}`, tool: rng.next() < 0.05 ? 'eraser' : 'pen', color: '#223344', size: 4, opacity: 1, points });
  }
  return { version: 2, width: 1024, height: 768, background: '#ffffff', strokes };
}

export default async function bench(): Promise<{ figures: Record<string, Figure> }> {
  const img512 = paintedImage(512);
  const img1024 = paintedImage(1024);
  const doc = strokeDocument();
  const raw = JSON.parse(JSON.stringify(doc)) as unknown;
  const corpus = ['en', 'es', 'de'].flatMap((l) => readFileSync(join(import.meta.dirname, '..', 'src', 'engines', 'safety', 'corpus', `${l}.jsonl`), 'utf8')
    .split('\n').filter((x) => x.trim() !== '').map((x) => (JSON.parse(x) as { text: string }).text));
  // 1,000 texts: every other one from the corpus (in a fixed interleaved order), the rest from the older labelled set.
  const sentences = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? corpus[(i * 7) % corpus.length]! : LABELLED_TEXTS[i % LABELLED_TEXTS.length]![0]));
  const screen = await timeMs(() => sentences.forEach((s) => screenText(s)), 7);
  const cpuMs: number[] = [];
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    sentences.forEach((s) => screenText(s));
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  cpuMs.sort((a, b) => a - b);
  const cpu = { median: round(cpuMs[3]!), min: round(cpuMs[0]!), max: round(cpuMs[6]!), unit: 'ms cpu', runs: 7 };
  const perSecond = (ms: number): number => round(sentences.length / (ms / 1000), 0);
  return {
    figures: {
      'artwork features 512²': await timeMs(() => artworkFeaturesFromImage(img512), 7),
      'artwork features 1024²': await timeMs(() => artworkFeaturesFromImage(img1024), 5),
      'process features, 2,000 strokes': await timeMs(() => processFeaturesFromStrokes(doc), 7),
      'migrate + validate stroke JSON, 2,000 strokes': await timeMs(() => migrateStrokeDocument(raw), 5),
      'crisis screen, 1,000 texts': screen,
      'crisis screen throughput': {
        median: perSecond(screen.median), min: perSecond(screen.max), max: perSecond(screen.min), unit: 'texts/s', runs: screen.runs,
      },
      'crisis screen, 1,000 texts (cpu time)': cpu,
      'crisis screen throughput (cpu time)': {
        median: perSecond(cpu.median), min: perSecond(cpu.max), max: perSecond(cpu.min), unit: 'texts/s', runs: cpu.runs,
      },
    },
  };
}
