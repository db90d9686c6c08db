/**
 * Sampled instruments: the score played on a General MIDI SoundFont through spessasynth_core
 * (Apache-2.0). Each part of the score (melody, chords, pulse, bass, sparkle) has its own MIDI
 * channel with the plan's voice, level, pan and reverb send; percussion uses the GM drum channel.
 * Events are applied at their exact frame by splitting each block at event times; the piano
 * channels pedal (sustain, CC64) legato with the bars. The bank's bytes are passed in (the engine
 * reads no files): `loadSoundBank` parses them once and any number of renders share the result.
 */
import type { BasicSoundBank, SpessaSynthProcessor } from 'spessasynth_core';
import type { NoteEvent, Role } from './composer.ts';
import type { VoiceName } from './gm-voices.ts';
import { DEFAULT_VOICE, isVoiceName, VOICES } from './gm-voices.ts';
import type { VoiceKind } from './instruments.ts';
import type { MusicPlan } from './plan.ts';

/** A parsed General MIDI sound bank, ready to render (share one between renders). */
export interface SoundBank {
  readonly kind: 'soundfont';
  /** A label for reports, e.g. "MuseScore_General_Lite". */
  readonly name: string;
  readonly bank: BasicSoundBank;
  /** The synthesiser class of the library that parsed the bank. */
  readonly Processor: typeof SpessaSynthProcessor;
}

/**
 * Parses SoundFont 2/3 bytes (e.g. MuseScore_General_Lite.sf3) once; waits for the SF3 decoder.
 * The synthesiser library is imported here, on first use, so pieces without a bank never load it.
 */
export async function loadSoundBank(bytes: ArrayBuffer, name = 'soundfont'): Promise<SoundBank> {
  const lib = await import('spessasynth_core');
  await lib.BasicSoundBank.isSF3DecoderReady;
  const bank = lib.SoundBankLoader.fromArrayBuffer(bytes);
  return { kind: 'soundfont', name, bank, Processor: lib.SpessaSynthProcessor };
}

const CH: Record<Role, number> = { melody: 0, chords: 1, pulse: 2, bass: 3, sparkle: 4, perc: 9 };
const DRUM_CH = 9;
/** GM drum keys: the composer's low "drum" becomes a soft kick or tom, the "shaker" a shaker. */
const DRUM_KEY: Record<'drum' | 'shaker', number> = { drum: 36, shaker: 70 };

interface Scheduled {
  frame: number;
  /** 0 = note off, 1 = pedal up, 2 = note on, 3 = pedal down (order within one frame). */
  type: number;
  ch: number;
  key: number;
  vel: number;
  id: number;
}

/** Solo string voices: when one of them is the only string voice, a section plays its chords and bass. */
const SOLO_STRINGS: Partial<Record<VoiceName, { chords: VoiceName; bass: VoiceName }>> = {
  violin: { chords: 'slow-strings', bass: 'cello' },
  viola: { chords: 'slow-strings', bass: 'cello' },
  fiddle: { chords: 'string-ensemble', bass: 'cello' },
  cello: { chords: 'slow-strings', bass: 'double-bass' },
};

/** The voice a note kind plays in this plan, for a part (a solo violin leads; a section accompanies). */
export function voiceFor(plan: MusicPlan, kind: VoiceKind, role: Role = 'melody'): VoiceName | undefined {
  if (kind === 'drum' || kind === 'shaker') return undefined;
  if (kind === 'pizzicato') return 'pizzicato';
  const v = plan.voices?.[kind];
  const voice = v !== undefined && isVoiceName(v) ? v : DEFAULT_VOICE[kind];
  const section = SOLO_STRINGS[voice];
  if (section && (role === 'chords' || role === 'bass')) return section[role];
  return voice;
}

/** Plays a score on a sound bank, block by block. Deterministic: same events → same samples. */
export class SampledSound {
  private readonly synth: SpessaSynthProcessor;
  private readonly queue: Scheduled[] = [];
  /** Latest note-on id per channel × key, so an old note's off never cuts a newer note. */
  private readonly latest = new Int32Array(16 * 128).fill(-1);
  private readonly program = new Int16Array(16).fill(-1);
  private ids = 0;
  private toneL = 0;
  private toneR = 0;

  /** The synthesiser runs at half the output rate when that is ≥ 32 kHz (half the cost). */
  private readonly half: boolean;
  private readonly hL: Float32Array;
  private readonly hR: Float32Array;
  private readonly up: HalfbandUpsampler;
  private readonly synthRate: number;

  constructor(
    private readonly plan: MusicPlan,
    private readonly sampleRate: number,
    bank: SoundBank,
    maxBlock: number,
  ) {
    this.half = sampleRate >= 32000 && maxBlock % 2 === 0;
    this.synthRate = this.half ? sampleRate / 2 : sampleRate;
    const inner = this.half ? maxBlock / 2 : maxBlock;
    this.hL = new Float32Array(inner);
    this.hR = new Float32Array(inner);
    this.up = new HalfbandUpsampler();
    this.synth = new bank.Processor(this.synthRate, { maxBufferSize: Math.max(128, inner), effectsEnabled: true, eventsEnabled: false });
    this.synth.setSystemParameter('voiceCap', 64);
    this.synth.onMissingPreset = () => undefined;
    this.synth.soundBankManager.addSoundBank(bank.bank, 'main');
    const reverbSend = Math.round(Math.min(127, 30 + 140 * plan.reverb));
    for (const [role, ch] of Object.entries(CH) as [Role, number][]) {
      const pan = role === 'melody' ? 70 : role === 'pulse' ? 50 : role === 'sparkle' ? 90 : role === 'chords' ? 58 : 64;
      this.synth.controllerChange(ch, 10, pan);
      this.synth.controllerChange(ch, 91, role === 'bass' ? Math.round(reverbSend * 0.5) : reverbSend);
      this.synth.controllerChange(ch, 93, 0);
    }
  }

  /** Sets a channel's program and level the first time a kind plays on it (or when it changes). */
  private prepare(ch: number, kind: VoiceKind, role: Role): void {
    if (ch === DRUM_CH) return;
    const voice = voiceFor(this.plan, kind, role) ?? 'piano';
    const def = VOICES[voice];
    if (this.program[ch] === def.program) return;
    this.program[ch] = def.program;
    this.synth.programChange(ch, def.program);
    this.synth.controllerChange(ch, 7, def.volume);
  }

  /** Notes the start of a bar: piano channels lift the pedal just before it and press it after. */
  bar(frame: number): void {
    const lift = Math.round(frame - 0.03 * this.sampleRate);
    const press = Math.round(frame + 0.06 * this.sampleRate);
    for (const ch of [CH.pulse, CH.melody, CH.chords]) {
      this.queue.push({ frame: Math.max(0, lift), type: 1, ch, key: 0, vel: 0, id: 0 });
      this.queue.push({ frame: press, type: 3, ch, key: 0, vel: 0, id: 0 });
    }
  }

  /** Adds the notes that start in this block (and their note-offs) to the queue. */
  private schedule(events: readonly NoteEvent[]): void {
    for (const e of events) {
      let ch: number;
      let key = e.midi;
      if (e.kind === 'drum' || e.kind === 'shaker') {
        ch = DRUM_CH;
        key = DRUM_KEY[e.kind];
      } else {
        const role = e.role ?? 'melody';
        ch = CH[role];
        this.prepare(ch, e.kind, role);
        const v = voiceFor(this.plan, e.kind, role);
        if (v) key = fold(key, VOICES[v].range);
      }
      const id = this.ids++;
      const vel = Math.max(1, Math.min(127, Math.round(20 + 100 * e.vel)));
      this.queue.push({ frame: e.start, type: 2, ch, key, vel, id });
      this.queue.push({ frame: e.start + Math.max(1, e.dur), type: 0, ch, key, vel: 0, id });
    }
    this.queue.sort((a, b) => a.frame - b.frame || a.type - b.type || a.id - b.id);
  }

  /**
   * Renders frames [b0, b0 + n) into L/R (added), applying each event at its frame, then a gentle
   * tone filter: `brightness` 0..1 moves a low-pass from ~1.5 kHz to fully open.
   */
  block(L: Float32Array, R: Float32Array, b0: number, n: number, events: readonly NoteEvent[], brightness: number): void {
    if (events.length > 0) this.schedule(events);
    const end = b0 + n;
    const sh = this.half ? 1 : 0;
    const inner = (n + sh) >> sh;
    const oL = this.half ? this.hL : L;
    const oR = this.half ? this.hR : R;
    if (this.half) {
      oL.fill(0, 0, inner);
      oR.fill(0, 0, inner);
    }
    let pos = 0;
    let q = 0;
    while (q < this.queue.length && this.queue[q]!.frame < end) {
      const e = this.queue[q++]!;
      const at = Math.min(inner, Math.max(0, e.frame - b0) >> sh);
      if (at > pos) {
        this.synth.process(oL, oR, pos, at - pos);
        pos = at;
      }
      this.apply(e);
    }
    if (q > 0) this.queue.splice(0, q);
    if (pos < inner) this.synth.process(oL, oR, pos, inner - pos);
    if (this.half) this.up.process(oL, oR, inner, L, R, n);
    this.tone(L, R, n, brightness);
  }

  private apply(e: Scheduled): void {
    const slot = e.ch * 128 + e.key;
    switch (e.type) {
      case 2:
        this.latest[slot] = e.id;
        this.synth.noteOn(e.ch, e.key, e.vel);
        break;
      case 0:
        if (this.latest[slot] === e.id) this.synth.noteOff(e.ch, e.key);
        break;
      case 1:
        if (this.isPiano(e.ch)) this.synth.controllerChange(e.ch, 64, 0);
        break;
      case 3:
        if (this.isPiano(e.ch)) this.synth.controllerChange(e.ch, 64, 127);
        break;
      default:
        break;
    }
  }

  private isPiano(ch: number): boolean {
    const p = this.program[ch]!;
    return p >= 0 && p <= 5;
  }

  private tone(L: Float32Array, R: Float32Array, n: number, brightness: number): void {
    if (brightness >= 0.95) return;
    const fc = 1500 * 2 ** (3.4 * Math.max(0, brightness));
    const a = 1 - Math.exp((-2 * Math.PI * fc) / this.sampleRate);
    let l = this.toneL;
    let r = this.toneR;
    for (let i = 0; i < n; i++) {
      l += a * (L[i]! - l);
      r += a * (R[i]! - r);
      L[i] = l;
      R[i] = r;
    }
    this.toneL = l;
    this.toneR = r;
  }
}

/** Half-band FIR taps (odd phase) of a 2× upsampler: windowed sinc, 12 taps, ≥ 60 dB image rejection above 0.8·Nyquist. */
const HB: Float32Array = (() => {
  const taps = 12;
  const h = new Float32Array(taps);
  let sum = 0;
  for (let k = 0; k < taps; k++) {
    const x = k - taps / 2 + 0.5;
    const w = 0.42 + 0.5 * Math.cos((Math.PI * x) / (taps / 2 + 0.5)) + 0.08 * Math.cos((2 * Math.PI * x) / (taps / 2 + 0.5));
    h[k] = (Math.sin(Math.PI * x) / (Math.PI * x)) * w;
    sum += h[k]!;
  }
  for (let k = 0; k < taps; k++) h[k] = h[k]! / sum;
  return h;
})();

/** 2× upsampler: even outputs copy the input (delayed to align), odd outputs interpolate with {@link HB}. */
class HalfbandUpsampler {
  private readonly histL = new Float32Array(HB.length);
  private readonly histR = new Float32Array(HB.length);

  /** Upsamples `m` input frames into `n` (= 2m or 2m − 1) output frames, added to outL/outR. */
  process(inL: Float32Array, inR: Float32Array, m: number, outL: Float32Array, outR: Float32Array, n: number): void {
    const T = HB.length;
    const c = T / 2 - 1;
    const hl = this.histL;
    const hr = this.histR;
    for (let i = 0; i < m; i++) {
      for (let k = 0; k < T - 1; k++) {
        hl[k] = hl[k + 1]!;
        hr[k] = hr[k + 1]!;
      }
      hl[T - 1] = inL[i]!;
      hr[T - 1] = inR[i]!;
      let al = 0;
      let ar = 0;
      for (let k = 0; k < T; k++) {
        al += HB[k]! * hl[k]!;
        ar += HB[k]! * hr[k]!;
      }
      const o = 2 * i;
      outL[o] = outL[o]! + hl[c]!;
      outR[o] = outR[o]! + hr[c]!;
      if (o + 1 < n) {
        outL[o + 1] = outL[o + 1]! + al;
        outR[o + 1] = outR[o + 1]! + ar;
      }
    }
  }
}

/** Moves a note by octaves into [lo, hi]. */
function fold(midi: number, range: readonly [number, number]): number {
  let m = midi;
  while (m < range[0]) m += 12;
  while (m > range[1]) m -= 12;
  return m < range[0] ? range[0] : m;
}
