/**
 * Writes the held-out MIDI files (midi/<id>.mid) and labels.json from clips.ts:
 * `npx tsx test/heldout/music/generate.ts` (add `--check` to verify the committed files are current).
 * Deterministic: the same clip list gives the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clip } from './clips.ts';
import { seedOf } from '../seed.ts';
import { CLIPS, playedTempo, writeClip } from './clips.ts';
import { performance } from './score.ts';
import { smfBytes } from './smf.ts';
import { pcOf } from './theory.ts';

export const HERE = dirname(fileURLToPath(import.meta.url));

export interface Label {
  readonly id: string;
  readonly file: string;
  readonly source: Clip['source'];
  readonly style: Clip['style'];
  /** Mean played tempo in quarter notes per minute (the written tempo unless the clip drifts). */
  readonly bpm: number;
  readonly nominalBpm: number;
  readonly tonic: string;
  readonly tonicPc: number;
  readonly mode: Clip['mode'];
  readonly meter: string;
  readonly seconds: number;
  readonly instruments: readonly string[];
  readonly progression: string;
  readonly swing: number | null;
  readonly jitterMs: number;
  readonly snrDb: number | null;
  /** `closes on the tonic` or `excerpt` (starts and ends away from the tonic). */
  readonly phrase: 'closes on the tonic' | 'excerpt';
  readonly notes: string;
}

function driftNote(c: Clip): string {
  const d = c.timing.drift;
  const parts: string[] = [];
  if (d?.kind === 'sine') parts.push(`tempo drifts ±${d.amount * 100} % around ${c.timing.bpm} bpm (one sine cycle over the clip)`);
  if (d?.kind === 'ritardando') parts.push(`tempo slows linearly from +${d.amount * 100} % to −${d.amount * 100} % of ${c.timing.bpm} bpm`);
  if (d?.kind === 'accelerando') parts.push(`tempo speeds up linearly from −${d.amount * 100} % to +${d.amount * 100} % of ${c.timing.bpm} bpm`);
  if (c.timing.swing !== undefined) parts.push(`swung eighths (off-beat at ${c.timing.swing} of the beat)`);
  parts.push(c.timing.jitterMs > 0 ? `onsets jittered uniformly within ±${c.timing.jitterMs} ms` : 'quantised');
  if (c.meter[0] === 3) parts.push('3/4: bpm counts quarter notes (bars per minute = bpm / 3)');
  if (c.snrDb !== undefined) parts.push(`pink noise added at ${c.snrDb} dB SNR`);
  return parts.join('; ');
}

/** The MIDI bytes and label of one clip. */
export function built(c: Clip): { midi: Uint8Array; label: Label } {
  const { score } = writeClip(c);
  const song = performance(score, c.timing, seedOf(c.id));
  const { seconds, meanBpm } = playedTempo(c, score.beats);
  const label: Label = {
    id: c.id, file: `${c.id}.wav`, source: c.source, style: c.style, bpm: Math.round(meanBpm * 10) / 10, nominalBpm: c.timing.bpm,
    tonic: c.tonic, tonicPc: pcOf(c.tonic), mode: c.mode, meter: `${c.meter[0]}/${c.meter[1]}`, seconds: Math.round(seconds * 100) / 100,
    instruments: c.instruments, progression: c.progression.join(' | '), swing: c.timing.swing ?? null, jitterMs: c.timing.jitterMs,
    snrDb: c.snrDb ?? null, phrase: c.excerpt ? 'excerpt' : 'closes on the tonic', notes: driftNote(c),
  };
  return { midi: smfBytes(song), label };
}

function main(): void {
  const check = process.argv.includes('--check');
  const midiDir = join(HERE, 'midi');
  if (!check) mkdirSync(midiDir, { recursive: true });
  const labels: Label[] = [];
  let stale = 0;
  for (const c of CLIPS) {
    const { midi, label } = built(c);
    labels.push(label);
    const path = join(midiDir, `${c.id}.mid`);
    if (check) {
      if (!existsSync(path) || !Buffer.from(readFileSync(path)).equals(Buffer.from(midi))) stale++;
    } else writeFileSync(path, midi);
  }
  const json = `${JSON.stringify({ note: 'Held-out music labels: see README.md. Never tune an engine on these.', clips: labels }, null, 2)}\n`;
  const labelsPath = join(HERE, 'labels.json');
  if (check) {
    if (!existsSync(labelsPath) || readFileSync(labelsPath, 'utf8') !== json) stale++;
    if (stale > 0) {
      console.error(`${stale} held-out music file(s) differ from clips.ts; run npx tsx test/heldout/music/generate.ts`);
      process.exit(1);
    }
    console.log(`held-out music: ${CLIPS.length} MIDI files and labels.json are current`);
    return;
  }
  writeFileSync(labelsPath, json);
  console.log(`held-out music: wrote ${CLIPS.length} MIDI files and labels.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
