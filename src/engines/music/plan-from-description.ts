/**
 * Words → MusicPlan. Explicit tempo, key, mode and instrument words are honoured exactly; mood
 * words (and an optional mood reading) set everything else. Deterministic: the same text and
 * options always give the same plan (no seed needed; the seed only affects the performance).
 */
import { hashString } from '../core/index.ts';
import type { Instrument, MoodPoint, MusicPlan, NatureTexture, Register } from './plan.ts';
import { DEFAULT_TARGET_LUFS } from './plan.ts';
import type { Mode, PitchName } from './theory.ts';
import { pitchClassFromName, pitchName } from './theory.ts';

/** Options for {@link planFromDescription}. */
export interface PlanOptions {
  /** The listener's current mood; blended with mood words (words weigh more). */
  mood?: MoodPoint;
  /** Parameters chosen elsewhere (e.g. by the what-helps recommender); explicit words still win. */
  overrides?: Partial<Pick<MusicPlan, 'key' | 'mode' | 'bpm' | 'instruments' | 'register' | 'density' | 'textures' | 'targetLufs'>>;
}

const INSTRUMENT_WORDS: ReadonlyArray<[RegExp, Instrument]> = [
  [/\b(piano|keys|keyboard|rhodes)\b/, 'piano'],
  [/\b(violins?|violas?|cellos?|strings?|orchestra(l)?|fiddle)\b/, 'strings'],
  [/\b(pads?|synth(s|esizer)?|drones?)\b/, 'pad'],
  [/\b(bells?|chimes?|glockenspiel|music ?box|celesta|kalimba|vibraphone)\b/, 'bells'],
  [/\b(flutes?|pan ?pipes?|recorder|woodwinds?|whistle|ocarina)\b/, 'flute'],
  [/\b(guitars?|harp|lute|ukulele)\b/, 'guitar'],
  [/\b(bass|double bass|contrabass)\b/, 'bass'],
  [/\b(choir|choral|voices?|vocals?|humming|singing)\b/, 'choir'],
];

const TEXTURE_WORDS: ReadonlyArray<[RegExp, NatureTexture]> = [
  [/\b(rain|rainy|raindrops?|drizzle|storm)\b/, 'rain'],
  [/\b(sea|ocean|waves?|beach|shore|surf|tide)\b/, 'sea'],
  [/\b(wind|windy|breeze|gusts?)\b/, 'wind'],
  [/\b(birds?|birdsong|chirping|forest|songbirds?)\b/, 'birds'],
];

/** Mood words → (valence, arousal) nudges. */
const MOOD_WORDS: ReadonlyArray<[RegExp, number, number]> = [
  [/\b(calm|calming|peaceful|relax(ing|ed)?|serene|tranquil|soothing|restful|still)\b/, 0.2, -0.6],
  [/\b(sleep|sleepy|lullaby|night|bedtime|meditat(e|ion|ive))\b/, 0.1, -0.8],
  [/\b(gentle|soft|quiet|slow|tender)\b/, 0.1, -0.4],
  [/\b(happy|joy(ful)?|cheerful|bright|sunny|hope(ful)?|uplifting|morning|warm)\b/, 0.6, 0.1],
  [/\b(sad|sorrow|grief|lonely|melanchol(y|ic)|nostalgi(a|c)|wistful|somber|dark|rainy|longing)\b/, -0.6, -0.1],
  [/\b(energetic|lively|upbeat|dance|playful|fast|excited)\b/, 0.3, 0.6],
  [/\b(anxious|tense|restless)\b/, -0.4, 0.5],
  [/\b(dreamy|ethereal|floating|spacious|airy)\b/, 0.2, -0.3],
];

/** Parses "70 bpm", "tempo 70", "at 70 beats per minute". */
function explicitBpm(t: string): number | undefined {
  const m = /\b(\d{2,3}(?:\.\d+)?)\s*(?:bpm|beats? per minute)\b/.exec(t) ?? /\btempo\s*(?:of\s*)?(\d{2,3}(?:\.\d+)?)\b/.exec(t);
  if (!m) return undefined;
  return Math.min(240, Math.max(30, Number(m[1])));
}

/** Parses "in G minor", "D major", "F# minor", "key of Eb"; "a minor key" is read as mode only. */
function explicitKey(raw: string): { key?: PitchName; mode?: Mode } {
  const km = /\b([A-Ga-g])(\s?(?:#|♯|♭|b(?=\s)|-?sharp|-?flat))?\s+(major|minor|maj|min)\b(\s+key)?/.exec(raw);
  if (km) {
    const mode: Mode = km[3]!.toLowerCase().startsWith('maj') ? 'major' : 'minor';
    const articleA = km[1] === 'a' && !km[2] && km[4] !== undefined;
    const pc = pitchClassFromName(km[1]! + (km[2] ?? ''));
    if (articleA || pc === undefined) return { mode };
    return { key: pitchName(pc), mode };
  }
  const kOnly = /\b(?:in|key of)\s+([A-G])(#|♯|b|♭)?(?![\w'])/.exec(raw);
  const out: { key?: PitchName; mode?: Mode } = {};
  if (kOnly) {
    const pc = pitchClassFromName(kOnly[1]! + (kOnly[2] ?? ''));
    if (pc !== undefined) out.key = pitchName(pc);
  }
  const modeOnly = /\b(major|minor)\b/i.exec(raw);
  if (modeOnly) out.mode = modeOnly[1]!.toLowerCase() as Mode;
  return out;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Turns a description such as "nostalgic violin in G minor at 70 bpm" into a plan. */
export function planFromDescription(text: string, options: PlanOptions = {}): MusicPlan {
  const raw = text.trim();
  const t = raw.toLowerCase();
  const ov = options.overrides ?? {};

  let valence = 0.1;
  let arousal = -0.3;
  let hits = 0;
  for (const [re, v, a] of MOOD_WORDS) {
    if (re.test(t)) {
      valence += v;
      arousal += a;
      hits++;
    }
  }
  if (hits > 0) {
    valence = 0.1 + (valence - 0.1) / Math.sqrt(hits);
    arousal = -0.3 + (arousal + 0.3) / Math.sqrt(hits);
  }
  if (options.mood) {
    const w = hits > 0 ? 0.3 : 0.7;
    valence = (1 - w) * valence + w * options.mood.valence;
    arousal = (1 - w) * arousal + w * options.mood.arousal;
  }
  valence = clamp(valence, -1, 1);
  arousal = clamp(arousal, -1, 1);

  const bpmWord = explicitBpm(t);
  let bpm = Math.round(74 + 26 * arousal);
  if (/\bvery slow\b/.test(t)) bpm = Math.min(bpm, 52);
  else if (/\bslow(ly)?\b/.test(t)) bpm = Math.min(bpm, 62);
  if (/\bfast\b|\bquick\b/.test(t)) bpm = Math.max(bpm, 108);
  if (ov.bpm !== undefined) bpm = ov.bpm;
  if (bpmWord !== undefined) bpm = bpmWord;

  const k = explicitKey(raw);
  let mode: Mode = valence < -0.15 ? 'minor' : 'major';
  if (ov.mode) mode = ov.mode;
  if (k.mode) mode = k.mode;
  const h = hashString(t);
  const pool = mode === 'major' ? (['C', 'D', 'F', 'G', 'A', 'Bb', 'Eb'] as const) : (['A', 'D', 'E', 'G', 'C', 'B', 'F#'] as const);
  let key: PitchName = pool[h % pool.length]!;
  if (ov.key) key = ov.key;
  if (k.key) key = k.key;

  const named: Instrument[] = [];
  for (const [re, inst] of INSTRUMENT_WORDS) if (re.test(t) && !named.includes(inst)) named.push(inst);
  // "low pitch"/"bass notes" describe register rather than ask for a bass instrument.
  if (/\bbass (notes?|register|line)\b/.test(t) === false && /\blow(er)? (pitch|bass)\b/.test(t)) {
    const i = named.indexOf('bass');
    if (i >= 0 && !/\b(double bass|contrabass|bass guitar)\b/.test(t)) named.splice(i, 1);
  }
  let instruments: Instrument[];
  if (named.length > 0) instruments = named;
  else if (ov.instruments && ov.instruments.length > 0) instruments = [...ov.instruments];
  else instruments = defaultEnsemble(valence, arousal, t, h);

  let register: Register = arousal < -0.5 ? 'low' : valence > 0.5 ? 'high' : 'middle';
  if (ov.register) register = ov.register;
  if (/\b(low|deep|lower)\b/.test(t)) register = 'low';
  else if (/\b(high|airy|sparkling|light)\b/.test(t)) register = 'high';

  let density = clamp(0.35 + 0.35 * arousal + (named.length === 1 ? 0.1 : 0), 0.05, 1);
  if (ov.density !== undefined) density = clamp(ov.density, 0, 1);
  if (/\b(sparse|minimal)\b/.test(t)) density = Math.min(density, 0.15);
  if (/\b(flowing|busy|rich)\b/.test(t)) density = Math.max(density, 0.7);

  const textures: NatureTexture[] = [];
  for (const [re, tex] of TEXTURE_WORDS) if (re.test(t)) textures.push(tex);
  if (textures.length === 0 && ov.textures) textures.push(...ov.textures);

  const percussion = /\b(drums?|percussion|beat|heartbeat|shaker|hand ?drum|rhythm(ic)?)\b/.test(t);
  const melody = !/\b(background|drone|ambient|no melody|texture)\b/.test(t) || named.some((i) => i !== 'pad');
  return {
    version: 1,
    key,
    mode,
    bpm,
    beatsPerBar: /\b(waltz|lullaby|3\/4)\b/.test(t) ? 3 : 4,
    instruments,
    register,
    density,
    brightness: clamp(0.45 + 0.3 * valence + 0.15 * arousal + (register === 'high' ? 0.1 : register === 'low' ? -0.15 : 0), 0.05, 1),
    melody,
    percussion,
    textures,
    reverb: clamp(0.3 - 0.15 * arousal + (/\b(dreamy|ethereal|spacious|cathedral|hall)\b/.test(t) ? 0.15 : 0), 0.1, 0.6),
    targetLufs: ov.targetLufs ?? DEFAULT_TARGET_LUFS,
    mood: { valence, arousal },
    explicit: { key: k.key !== undefined, mode: k.mode !== undefined, bpm: bpmWord !== undefined, instruments: named.length > 0 },
    description: raw,
  };
}

/** A mood-fitting ensemble when no instrument was named; always includes something plucked for pulse. */
function defaultEnsemble(valence: number, arousal: number, t: string, h: number): Instrument[] {
  if (/\b(meditat\w*|drone|background|ambient)\b/.test(t)) return ['bells', 'pad', 'bass'];
  if (valence < -0.2) return h % 2 === 0 ? ['piano', 'strings', 'bass'] : ['strings', 'piano', 'pad', 'bass'];
  if (valence > 0.4 && arousal > -0.2) return ['flute', 'guitar', 'pad', 'bass'];
  if (arousal < -0.5) return ['piano', 'pad', 'bass'];
  return h % 3 === 0 ? ['piano', 'pad', 'bells', 'bass'] : h % 3 === 1 ? ['guitar', 'strings', 'bass'] : ['piano', 'choir', 'bass'];
}
