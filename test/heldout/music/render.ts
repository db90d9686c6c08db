/**
 * Renders the held-out clips to WAV in test/heldout/music/.cache/ with tools the engine did not
 * write: Debian's fluidsynth + FluidR3_GM for the MIDI clips, sox `synth pluck` for the plucked
 * clips, espeak-ng (pitched by sox) for the sung clips, sox pink noise for the noisy clip.
 * `npx tsx test/heldout/music/render.ts` — deterministic; a clip is re-rendered only when its
 * inputs change. Without fluidsynth it skips with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clip } from './clips.ts';
import { seedOf } from '../seed.ts';
import { CLIPS, playedTempo, writeClip } from './clips.ts';
import { built, HERE } from './generate.ts';
import type { TimedNote } from './score.ts';
import { performance, timedNotes } from './score.ts';
import { smfBytes } from './smf.ts';
import type { Pcm } from './wav-io.ts';
import { normalisePeak, readWav16, rms, writeWav16 } from './wav-io.ts';

export const CACHE = join(HERE, '.cache');
const SOUNDFONT = '/usr/share/sounds/sf2/FluidR3_GM.sf2';
const RATE = 22050;
/** Bump when the rendering recipe changes, so cached WAVs are remade. */
const RECIPE = 4;
/** Seconds of release kept after the last written beat. */
const TAIL = 0.6;

const has = (tool: string, arg = '--version'): boolean => spawnSync(tool, [arg], { stdio: 'ignore' }).error === undefined;

function run(tool: string, args: readonly string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${tool} failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr ?? '').slice(0, 300)}`);
}

const hz = (key: number): number => 440 * 2 ** ((key - 69) / 12);

/** Adds mono `src` (gain `g`) into every channel of `dst` starting at frame `at`. */
function addInto(dst: Float32Array[], src: Float32Array, at: number, g: number): void {
  for (const ch of dst) {
    for (let i = 0; i < src.length && at + i < ch.length; i++) if (at + i >= 0) ch[at + i] = ch[at + i]! + src[i]! * g;
  }
}

function fade(x: Float32Array, seconds: number): Float32Array {
  const n = Math.min(x.length, Math.round(seconds * RATE));
  for (let i = 0; i < n; i++) x[x.length - 1 - i] = x[x.length - 1 - i]! * (i / n);
  return x;
}

function fluidsynth(midi: Uint8Array, tmp: string, out: string): void {
  const mid = join(tmp, 'in.mid');
  writeFileSync(mid, midi);
  run('fluidsynth', ['-ni', '-g', '0.6', '-r', String(RATE), '-F', out, SOUNDFONT, mid]);
}

/** sox plucked-string notes, mixed at their played times. */
function plucks(notes: readonly TimedNote[], tmp: string): Pcm {
  const end = Math.max(...notes.map((n) => n.start + n.seconds)) + 1;
  const out = [new Float32Array(Math.ceil(end * RATE))];
  const cache = new Map<string, Float32Array>();
  for (const n of notes) {
    const ring = Math.round(Math.min(2.5, n.seconds + 0.6) * 20) / 20;
    const id = `${n.key}-${ring}`;
    let pcm = cache.get(id);
    if (!pcm) {
      const f = join(tmp, `pluck-${id}.wav`);
      run('sox', ['-R', '-n', '-r', String(RATE), '-b', '16', '-c', '1', f, 'synth', String(ring), 'pluck', hz(n.key).toFixed(3)]);
      pcm = fade(readWav16(f).channels[0]!, 0.15);
      cache.set(id, pcm);
    }
    addInto(out, pcm, Math.round(n.start * RATE), (n.velocity / 127) * 0.5);
  }
  return { rate: RATE, channels: out };
}

/** Median fundamental (Hz) of the voiced frames of a mono signal, by autocorrelation. */
function medianF0(x: Float32Array): number {
  const win = Math.round(RATE * 0.04);
  const f0s: number[] = [];
  for (let s = 0; s + win < x.length; s += Math.round(RATE * 0.02)) {
    let e = 0;
    for (let i = 0; i < win; i++) e += x[s + i]! ** 2;
    if (Math.sqrt(e / win) < 0.02) continue;
    let best = 0;
    let bestLag = 0;
    for (let lag = Math.floor(RATE / 500); lag < Math.ceil(RATE / 60); lag++) {
      let a = 0;
      for (let i = 0; i + lag < win; i++) a += x[s + i]! * x[s + i + lag]!;
      if (a > best) {
        best = a;
        bestLag = lag;
      }
    }
    if (bestLag > 0 && best > 0.3 * e) f0s.push(RATE / bestLag);
  }
  f0s.sort((a, b) => a - b);
  return f0s[Math.floor(f0s.length / 2)] ?? 0;
}

/** Sung "la" syllables from espeak-ng at several base pitches, each note pitched and stretched by sox. */
function sung(notes: readonly TimedNote[], tmp: string): Pcm {
  const bases = [0, 25, 50, 75, 99].map((p) => {
    const f = join(tmp, `la-${p}.wav`);
    run('espeak-ng', ['-m', '-v', 'en+f3', '-p', String(p), '-w', f, '<speak><prosody range="x-low" rate="x-slow">laaaaa</prosody></speak>']);
    const x = readWav16(f).channels[0]!;
    let first = 0;
    while (first < x.length && Math.abs(x[first]!) < 0.01) first++;
    let last = x.length - 1;
    while (last > first && Math.abs(x[last]!) < 0.01) last--;
    const trimmed = join(tmp, `la-${p}-trim.wav`);
    writeWav16(trimmed, { rate: RATE, channels: [x.slice(first, last + 1)] });
    return { file: trimmed, f0: medianF0(x), seconds: (last + 1 - first) / RATE };
  });
  const end = Math.max(...notes.map((n) => n.start + n.seconds)) + 0.5;
  const out = [new Float32Array(Math.ceil(end * RATE))];
  notes.forEach((n, i) => {
    const target = hz(n.key);
    const base = bases.reduce((a, b) => (Math.abs(Math.log2(b.f0 / target)) < Math.abs(Math.log2(a.f0 / target)) ? b : a));
    const cents = Math.round(1200 * Math.log2(target / base.f0));
    const stretch = Math.min(1, Math.max(0.3, base.seconds / n.seconds));
    const f = join(tmp, `note-${i}.wav`);
    run('sox', ['-R', base.file, '-b', '16', f, 'pitch', String(cents), 'tempo', '-s', stretch.toFixed(3), 'rate', String(RATE)]);
    const x = readWav16(f).channels[0]!;
    addInto(out, fade(x.slice(0, Math.round(n.seconds * RATE)), 0.05), Math.round(n.start * RATE), (n.velocity / 127) * 0.8);
  });
  return { rate: RATE, channels: out };
}

/** Sums `b` into `a` (stereo or mono), matching lengths; returns a new PCM. */
function mix(a: Pcm, b: Pcm, gainB: number): Pcm {
  const frames = Math.max(a.channels[0]!.length, b.channels[0]!.length);
  const channels = [0, 1].map((c) => {
    const out = new Float32Array(frames);
    const ca = a.channels[Math.min(c, a.channels.length - 1)]!;
    const cb = b.channels[Math.min(c, b.channels.length - 1)]!;
    for (let i = 0; i < frames; i++) out[i] = (ca[i] ?? 0) + (cb[i] ?? 0) * gainB;
    return out;
  });
  return { rate: RATE, channels };
}

/** Keeps the played length plus a short release (synthesiser tails run on for seconds), faded out. */
function trimmed(pcm: Pcm, seconds: number): Pcm {
  const frames = Math.min(pcm.channels[0]!.length, Math.round((seconds + TAIL) * RATE));
  return { rate: pcm.rate, channels: pcm.channels.map((c) => fade(c.slice(0, frames), TAIL - 0.1)) };
}

function renderClip(clip: Clip, out: string, tmp: string): void {
  const { score } = writeClip(clip);
  const song = performance(score, clip.timing, seedOf(clip.id));
  const file = join(tmp, 'synth.wav');
  let pcm: Pcm;
  switch (clip.source) {
    case 'fluidsynth':
      fluidsynth(smfBytes(song), tmp, file);
      pcm = readWav16(file);
      break;
    case 'fluidsynth+noise': {
      fluidsynth(smfBytes(song), tmp, file);
      const music = readWav16(file);
      const noiseFile = join(tmp, 'noise.wav');
      const seconds = (music.channels[0]!.length / RATE).toFixed(3);
      run('sox', ['-R', '-n', '-r', String(RATE), '-b', '16', '-c', '1', noiseFile, 'synth', seconds, 'pinknoise', 'vol', '0.5']);
      const noise = readWav16(noiseFile);
      const g = rms(music.channels) / (rms(noise.channels) * 10 ** ((clip.snrDb ?? 10) / 20));
      pcm = mix(music, noise, g);
      break;
    }
    case 'sox-pluck':
      pcm = plucks(song.tracks.flatMap((t) => timedNotes(song, t)), tmp);
      break;
    case 'espeak':
      pcm = sung(song.tracks.flatMap((t) => timedNotes(song, t)), tmp);
      break;
    case 'espeak+fluidsynth': {
      const voiceTracks = song.tracks.filter((t) => t.name === clip.sungPart);
      const voice = sung(voiceTracks.flatMap((t) => timedNotes(song, t)), tmp);
      fluidsynth(smfBytes({ ...song, tracks: song.tracks.filter((t) => t.name !== clip.sungPart) }), tmp, file);
      const backing = readWav16(file);
      pcm = mix(backing, voice, (0.9 * rms(backing.channels)) / Math.max(1e-9, rms(voice.channels)));
      break;
    }
  }
  pcm = trimmed(pcm, playedTempo(clip, score.beats).seconds);
  normalisePeak(pcm.channels, 0.89);
  writeWav16(out, pcm);
}

export interface RenderResult {
  /** Clip ids with a WAV in the cache. */
  readonly rendered: readonly string[];
  /** One line per reason clips were skipped (missing tools). */
  readonly skipped: readonly string[];
}

/** Renders every clip whose WAV is missing or stale; returns what is available. */
export function renderAll(log: (line: string) => void = () => {}): RenderResult {
  const skipped: string[] = [];
  if (!has('fluidsynth') || !existsSync(SOUNDFONT)) {
    return { rendered: [], skipped: [`fluidsynth or ${SOUNDFONT} is missing (apt-get install fluidsynth fluid-soundfont-gm): nothing rendered`] };
  }
  const sox = has('sox');
  const espeak = has('espeak-ng');
  if (!sox) skipped.push('sox is missing (apt-get install sox): plucked, sung and noisy clips skipped');
  if (!espeak) skipped.push('espeak-ng is missing (apt-get install espeak-ng): sung clips skipped');
  mkdirSync(CACHE, { recursive: true });
  const rendered: string[] = [];
  for (const clip of CLIPS) {
    const needsSox = clip.source !== 'fluidsynth';
    const needsEspeak = clip.source.startsWith('espeak');
    if ((needsSox && !sox) || (needsEspeak && !espeak)) continue;
    const { midi, label } = built(clip);
    const stamp = createHash('sha256').update(midi).update(JSON.stringify(label)).update(String(RECIPE)).digest('hex');
    const wav = join(CACHE, `${clip.id}.wav`);
    const stampFile = join(CACHE, `${clip.id}.stamp`);
    if (!existsSync(wav) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
      const tmp = join(CACHE, `tmp-${clip.id}`);
      mkdirSync(tmp, { recursive: true });
      try {
        renderClip(clip, wav, tmp);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      writeFileSync(stampFile, stamp);
      log(`rendered ${rendered.length + 1}/${CLIPS.length}`);
    }
    rendered.push(clip.id);
  }
  return { rendered, skipped };
}

if (process.argv[1]?.endsWith('render.ts')) {
  const r = renderAll((l) => process.stderr.write(`${l}\n`));
  for (const s of r.skipped) console.error(`held-out music: ${s}`);
  console.log(`held-out music: ${r.rendered.length} of ${CLIPS.length} clips rendered in ${CACHE}`);
}
