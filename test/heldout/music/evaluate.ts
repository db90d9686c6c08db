/**
 * Held-out evaluation of the music analyser: `npx tsx test/heldout/music/evaluate.ts`.
 *
 * Renders the clips if needed (render.ts), decodes each WAV with the engine's `decodeWav`, runs
 * `analyzeAudio(channels, sampleRate)` and prints AGGREGATE figures only (JSON on stdout): never
 * a clip name or a per-clip row, so nobody can tune the analyser on single clips. See README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeAudio, decodeWav } from '../../../src/engines/music/index.ts';
import type { Label } from './generate.ts';
import { HERE } from './generate.ts';
import { CACHE, renderAll } from './render.ts';
import { pcOf } from './theory.ts';

type TempoOutcome = 'within4pct' | 'half' | 'double' | 'threeTwo' | 'noPulse' | 'other';
type KeyOutcome = 'exact' | 'relative' | 'parallel' | 'fifth' | 'other';

interface Row {
  readonly style: string;
  readonly mode: string;
  readonly band: string;
  readonly phrase: string;
  readonly tempo: TempoOutcome;
  readonly tempoErrPct: number;
  readonly key: KeyOutcome;
  readonly tonicRight: boolean;
  readonly msPer5s: number;
}

const near = (ratio: number, target: number): boolean => Math.abs(ratio / target - 1) <= 0.04;

function tempoOutcome(est: number, truth: number): TempoOutcome {
  if (!(est > 0)) return 'noPulse';
  const r = est / truth;
  if (near(r, 1)) return 'within4pct';
  if (near(r, 0.5)) return 'half';
  if (near(r, 2)) return 'double';
  if (near(r, 2 / 3) || near(r, 3 / 2) || near(r, 1 / 3) || near(r, 3)) return 'threeTwo';
  return 'other';
}

function keyOutcome(estPc: number, estMode: string, pc: number, mode: string): KeyOutcome {
  if (estPc === pc && estMode === mode) return 'exact';
  if (estMode !== mode && estPc === (mode === 'major' ? (pc + 9) % 12 : (pc + 3) % 12)) return 'relative';
  if (estPc === pc) return 'parallel';
  if (estMode === mode && (estPc === (pc + 7) % 12 || estPc === (pc + 5) % 12)) return 'fifth';
  return 'other';
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : Math.round((num / den) * 1000) / 1000);

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function figures(rows: readonly Row[]): Record<string, number | null> {
  const count = (f: (r: Row) => boolean): number => rows.filter(f).length;
  const n = rows.length;
  return {
    n,
    tempoWithin4pct: ratio(count((r) => r.tempo === 'within4pct'), n),
    tempoHalf: count((r) => r.tempo === 'half'),
    tempoDouble: count((r) => r.tempo === 'double'),
    tempoThreeTwo: count((r) => r.tempo === 'threeTwo'),
    tempoNoPulse: count((r) => r.tempo === 'noPulse'),
    tempoOther: count((r) => r.tempo === 'other'),
    keyExact: ratio(count((r) => r.key === 'exact'), n),
    keyRelative: count((r) => r.key === 'relative'),
    keyParallel: count((r) => r.key === 'parallel'),
    keyFifth: count((r) => r.key === 'fifth'),
    keyOther: count((r) => r.key === 'other'),
    tonicRight: ratio(count((r) => r.tonicRight), n),
  };
}

function groupBy(rows: readonly Row[], key: (r: Row) => string): Record<string, Record<string, number | null>> {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, rs]) => [k, figures(rs)]));
}

function main(): void {
  const render = renderAll((l) => process.stderr.write(`${l}\n`));
  for (const s of render.skipped) console.error(`held-out music: ${s}`);
  const labels = (JSON.parse(readFileSync(join(HERE, 'labels.json'), 'utf8')) as { clips: Label[] }).clips;
  const available = labels.filter((l) => render.rendered.includes(l.id));
  if (available.length === 0) {
    console.log(JSON.stringify({ set: 'music held-out', skipped: true, reasons: render.skipped }, null, 2));
    return;
  }
  const decoded = available.map((label) => {
    const wav = decodeWav(new Uint8Array(readFileSync(join(CACHE, label.file))));
    if (!wav.ok) throw new Error(`held-out music: the engine could not decode a rendered clip: ${wav.error}`);
    return { label, wav: wav.value };
  });
  // Warm the analyser once so the first clip's timing is not a JIT/compile figure.
  analyzeAudio(decoded[0]!.wav.channels, decoded[0]!.wav.sampleRate);

  const rows: Row[] = decoded.map(({ label, wav }) => {
    const t0 = performance.now();
    const a = analyzeAudio(wav.channels, wav.sampleRate);
    const ms = performance.now() - t0;
    const estPc = pcOf(a.key);
    return {
      style: label.style, mode: label.mode, phrase: label.phrase,
      band: label.bpm < 70 ? 'slow (<70 bpm)' : label.bpm <= 120 ? 'moderate (70–120 bpm)' : 'fast (>120 bpm)',
      tempo: tempoOutcome(a.bpm, label.bpm), tempoErrPct: a.bpm > 0 ? Math.abs(a.bpm / label.bpm - 1) * 100 : 100,
      key: keyOutcome(estPc, a.mode, label.tonicPc, label.mode), tonicRight: estPc === label.tonicPc,
      msPer5s: ms / (wav.frames / wav.sampleRate / 5),
    };
  });

  const all = figures(rows);
  const report = {
    set: 'music held-out (test/heldout/music/labels.json)',
    clips: labels.length,
    analysed: rows.length,
    skipped: render.skipped,
    ...all,
    tempoWithin4pctOrOctave: ratio(rows.filter((r) => r.tempo === 'within4pct' || r.tempo === 'half' || r.tempo === 'double').length, rows.length),
    medianTempoErrorPct: median(rows.map((r) => Math.round(r.tempoErrPct * 10) / 10)),
    byStyle: groupBy(rows, (r) => r.style),
    byMode: groupBy(rows, (r) => r.mode),
    byTempoBand: groupBy(rows, (r) => r.band),
    byPhrase: groupBy(rows, (r) => r.phrase),
    medianAnalysisMsPer5s: Math.round((median(rows.map((r) => r.msPer5s)) ?? 0) * 10) / 10,
    definitions: {
      tempoWithin4pct: 'estimated bpm within ±4 % of the labelled mean played tempo (quarter notes)',
      tempoHalf_tempoDouble: 'estimate within ±4 % of half / double the label (counts)',
      tempoThreeTwo: 'within ±4 % of 2/3, 3/2, 1/3 or 3 × the label (e.g. a waltz read in bars or dotted beats)',
      keyRelative: 'relative major/minor named instead (e.g. C major ↔ A minor)',
      keyParallel: 'right tonic, wrong mode',
      keyFifth: 'same mode, tonic a fifth above or below',
    },
  };
  console.log(JSON.stringify(report, null, 2));
}

main();
