/**
 * Continuations of the held-out clips, measured: `npx tsx bench/music-continuation-heldout.ts`.
 *
 * Each held-out recording (test/heldout/music, rendered by fluidsynth/sox/espeak-ng, not by this
 * engine) is continued on the sampled bank for 20 s; the analyser then listens to the new music
 * alone (from 3 s after the recording ends to 3 s before the fade) and the figures say how often
 * it kept the recording's key (as analysed, and as labelled), its tempo and its colour. Prints
 * AGGREGATE figures only (no clip names), like the held-out evaluation: nobody tunes on single clips.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { soundBankFromEnv } from '../src/backends/music-soundbank.ts';
import { analyzeAudio, decodeWav, planFromDescription, renderMusic } from '../src/engines/music/index.ts';
import { pitchClassFromName } from '../src/engines/music/theory.ts';
import type { Label } from '../test/heldout/music/generate.ts';
import { HERE } from '../test/heldout/music/generate.ts';
import { CACHE, renderAll } from '../test/heldout/music/render.ts';
import { pcOf } from '../test/heldout/music/theory.ts';

const SR = 32000;
const PROMPTS = ['calm, gentle music', 'soft piano', 'slow cello'];
const near = (a: number, b: number, tol = 0.04): boolean => b > 0 && Math.abs(a / b - 1) <= tol;

async function main(): Promise<void> {
  const render = renderAll();
  const labels = (JSON.parse(readFileSync(join(HERE, 'labels.json'), 'utf8')) as { clips: Label[] }).clips.filter((l) => render.rendered.includes(l.id));
  const bank = await soundBankFromEnv(process.env, (r) => console.error(r));
  if (!bank) throw new Error('no sound bank: the continuation must be measured on the sampled voices');
  let n = 0;
  let keyKept = 0;
  let keyLabel = 0;
  let recordingKeyLabel = 0;
  let steady = 0;
  let tempoKept = 0;
  let tempoKeptOrOctave = 0;
  let colourClose = 0;
  const colourDiff: number[] = [];
  let i = 0;
  for (const label of labels) {
    const wav = decodeWav(new Uint8Array(readFileSync(join(CACHE, label.file))));
    if (!wav.ok) continue;
    const clip = { channels: wav.value.channels, sampleRate: wav.value.sampleRate };
    const clipSeconds = wav.value.frames / wav.value.sampleRate;
    const prompt = PROMPTS[i++ % PROMPTS.length]!;
    const seconds = Math.ceil(clipSeconds + 20);
    const stream = renderMusic(planFromDescription(prompt), { seconds, sampleRate: SR, seed: 7 + i, condition: clip, soundBank: bank });
    const L = new Float32Array(stream.frames);
    const R = new Float32Array(stream.frames);
    let o = 0;
    for (const c of stream) {
      for (let k = 0; k < c.length / 2; k++) {
        L[o + k] = c[2 * k]!;
        R[o + k] = c[2 * k + 1]!;
      }
      o += c.length / 2;
    }
    const from = Math.round((clipSeconds + 3) * SR);
    const to = Math.round((seconds - 3) * SR);
    const a = stream.condition!;
    const b = analyzeAudio([L.subarray(from, to), R.subarray(from, to)], SR);
    n++;
    const labelPc = pcOf(label.tonic);
    if (b.key === a.key && b.mode === a.mode) keyKept++;
    if (pitchClassFromName(b.key) === labelPc && b.mode === label.mode) keyLabel++;
    if (pitchClassFromName(a.key) === labelPc && a.mode === label.mode) recordingKeyLabel++;
    if (a.tempo.pulse === 'steady') {
      steady++;
      const planned = stream.plan.bpm;
      if (near(b.bpm, planned)) tempoKept++;
      if (near(b.bpm, planned) || near(b.bpm, planned * 2) || near(b.bpm, planned / 2)) tempoKeptOrOctave++;
    }
    const d = Math.abs(b.timbre.brightness - a.timbre.brightness);
    colourDiff.push(d);
    if (d <= 0.2) colourClose++;
  }
  colourDiff.sort((x, y) => x - y);
  const r = (x: number, d: number): number => Math.round((x / Math.max(1, d)) * 1000) / 1000;
  console.log(
    JSON.stringify(
      {
        set: 'held-out music clips, continued 20 s on the sampled bank',
        n,
        continuationKeepsRecordingKey: r(keyKept, n),
        continuationKeyMatchesLabel: r(keyLabel, n),
        recordingKeyMatchesLabel: r(recordingKeyLabel, n),
        steadyRecordings: steady,
        continuationTempoWithin4pctOfPlan: r(tempoKept, steady),
        continuationTempoWithin4pctOrOctave: r(tempoKeptOrOctave, steady),
        colourWithin0_2: r(colourClose, n),
        medianBrightnessDiff: Math.round((colourDiff[Math.floor(colourDiff.length / 2)] ?? 0) * 1000) / 1000,
      },
      null,
      2,
    ),
  );
}

void main();
