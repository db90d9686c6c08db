/**
 * Words → MusicPlan. Explicit tempo, key, mode and instrument words are honoured exactly; mood
 * words (and an optional mood reading) set everything else. Deterministic: the same text and
 * options always give the same plan (no seed needed; the seed only affects the performance).
 */
import { hashString } from '../core/index.ts';
import type { VoiceName } from './gm-voices.ts';
import { VOICES, voicesInText } from './gm-voices.ts';
import type { Arc, Genre, Instrument, MoodPoint, MusicPlan, NatureTexture, Register } from './plan.ts';
import { DEFAULT_TARGET_LUFS } from './plan.ts';
import type { Mode, PitchName } from './theory.ts';
import { pitchClassFromName, pitchName } from './theory.ts';
import { ES_DE_ARCS, ES_DE_GENRES, ES_DE_INSTRUMENTS, ES_DE_MISC, ES_DE_MOODS, ES_DE_TEMPO, ES_DE_TEXTURES, esDeKey, foldText } from './plan-words.ts';

/** Options for {@link planFromDescription}. */
export interface PlanOptions {
  /** The listener's current mood; blended with mood words (words weigh more). */
  mood?: MoodPoint;
  /** Parameters chosen elsewhere (e.g. by the what-helps recommender); explicit words still win. */
  overrides?: Partial<Pick<MusicPlan, 'key' | 'mode' | 'bpm' | 'instruments' | 'register' | 'density' | 'textures' | 'targetLufs'>>;
}

const INSTRUMENT_WORDS: ReadonlyArray<[RegExp, Instrument]> = [
  [/\b(piano|keys|keyboard|rhodes|klavier)\b/, 'piano'],
  [/\b(violins?|violas?|cellos?|strings?|orchestra(l)?|fiddle|cuerdas|streicher)\b/, 'strings'],
  [/\b(pads?|synth(s|esizer)?|drones?)\b/, 'pad'],
  [/\b(bells?|chimes?|glockenspiel|music ?box|celesta|kalimba|vibraphone|campanas?|glocken)\b/, 'bells'],
  [/\b(flutes?|pan ?pipes?|recorder|woodwinds?|whistle|ocarina)\b/, 'flute'],
  [/\b(guitars?|harp|lute|ukulele|guitarras?|gitarren?)\b/, 'guitar'],
  [/\b(bass|double bass|contrabass|bajo)\b/, 'bass'],
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
  [/\b(calm|calming|peaceful|relax(ing|ed)?|serene|tranquil|soothing|restful|still|tranquila?|calma|ruhig|entspannt|friedlich)\b/, 0.2, -0.6],
  [/\b(triste|tristeza|duelo|traurig|trauer)\b/, -0.6, -0.1],
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
  const m =
    /\b(\d{2,3}(?:\.\d+)?)\s*(?:bpm|beats? per minute)\b/.exec(t) ?? ES_DE_MISC.bpm.exec(t) ?? /\btempo\s*(?:of\s*|de\s*|von\s*)?(\d{2,3}(?:\.\d+)?)\b/.exec(t);
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
  if (out.key === undefined && out.mode === undefined) {
    // Spanish and German names: "la menor", "re bemol mayor", "a-Moll", "Fis-Dur", "in Moll".
    const k = esDeKey(foldText(raw));
    const pc = k.key === undefined ? undefined : pitchClassFromName(k.key);
    if (pc !== undefined) out.key = pitchName(pc);
    if (k.mode) out.mode = k.mode;
  }
  return out;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Turns a description such as "nostalgic violin in G minor at 70 bpm" into a plan. */
export function planFromDescription(text: string, options: PlanOptions = {}): MusicPlan {
  const raw = text.trim();
  const t = raw.toLowerCase();
  const ov = options.overrides ?? {};
  // Spanish and German words are read from the folded text (no accents, ß → ss); English from `t`.
  const f = foldText(raw);

  let valence = 0.1;
  let arousal = -0.3;
  let hits = 0;
  for (const [i, [re, v, a]] of MOOD_WORDS.entries()) {
    if (re.test(t) || ES_DE_MOODS[i]!.test(f)) {
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

  const bpmWord = explicitBpm(f);
  const genre = genreOf(t, f);
  const arcKind = arcKindOf(t, f);
  let bpm = Math.round(74 + 26 * arousal);
  if (genre) bpm = Math.round(clamp(bpm + GENRE_STYLE[genre].bpmShift, 48, 140));
  // In an arc the "slow" and "fast" words describe where it goes or starts, not the whole piece.
  if ((/\bvery slow\b/.test(t) || ES_DE_TEMPO.verySlow.test(f)) && arcKind === 'steady') bpm = Math.min(bpm, 52);
  else if ((/\bslow(ly)?\b/.test(t) || ES_DE_TEMPO.slow.test(f)) && arcKind === 'steady') bpm = Math.min(bpm, 62);
  if (/\bfast\b|\bquick\b/.test(t) || ES_DE_TEMPO.fast.test(f)) bpm = Math.max(bpm, 108);
  else if (/\b(lively|upbeat|energetic)\b/.test(t) || ES_DE_TEMPO.lively.test(f)) bpm = Math.max(bpm, 96);
  if (/\b(moderate|medium) (tempo|pace)\b|\bwalking pace\b/.test(t) || ES_DE_TEMPO.moderate.test(f)) bpm = clamp(bpm, 72, 88);
  if (ov.bpm !== undefined) bpm = ov.bpm;
  if (bpmWord !== undefined) bpm = bpmWord;
  const fromTo = /\bfrom\s+(\d{2,3})\s*(?:bpm\s*)?to\s+(\d{2,3})\s*bpm\b/.exec(t) ?? ES_DE_MISC.fromTo.exec(f);
  let arc: Arc = { kind: arcKind, endBpm: bpm };
  if (arcKind === 'calm-down') {
    // Meet the listener where they are: fast when they say they are anxious or racing, else brisk.
    bpm =
      bpmWord ??
      Math.max(
        bpm,
        /\b(fast|anxious|panic\w*|racing|stressed|agitated|start where|ansios\w*|angstlich|gestresst|(empieza|empezar|comienza|comenzar) (rapid\w*|deprisa)|schnell (anfangen|beginnen))\b/.test(
          f,
        )
          ? 100
          : 84,
      );
    arc = { kind: arcKind, endBpm: Math.min(60, bpm - 20) };
  } else if (arcKind === 'wake-up') {
    bpm = bpmWord ?? Math.min(bpm, 56);
    arc = { kind: arcKind, endBpm: Math.max(96, bpm + 20) };
  } else if (arcKind === 'sleep') {
    bpm = bpmWord ?? Math.min(bpm, 60);
    arc = { kind: arcKind, endBpm: Math.max(40, bpm - 8) };
  } else if (arcKind === 'breathing') {
    // One breath (inhale bar + exhale bar of four beats) lasts 60 / breaths s: 48 bpm at 6/min.
    const bpmBreath = explicitBreaths(f) ?? 6;
    bpm = Math.round(bpmBreath * 8);
    arc = { kind: arcKind, endBpm: bpm, breathsPerMinute: bpmBreath };
  }
  if (fromTo) {
    bpm = clamp(Number(fromTo[1]), 30, 240);
    arc = { ...arc, kind: arc.kind === 'steady' ? (Number(fromTo[2]) < bpm ? 'calm-down' : 'wake-up') : arc.kind, endBpm: clamp(Number(fromTo[2]), 30, 240) };
  }

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
  const voices: Partial<Record<Instrument, VoiceName>> = {};
  for (const v of voicesInText(t)) {
    const fam = VOICES[v.name].family;
    if (!named.includes(fam)) named.push(fam);
    voices[fam] ??= v.name;
  }
  for (const [re, inst] of INSTRUMENT_WORDS) if (re.test(t) && !named.includes(inst)) named.push(inst);
  for (const [re, inst] of ES_DE_INSTRUMENTS) if (re.test(f) && !named.includes(inst)) named.push(inst);
  // "low pitch"/"bass notes" describe register rather than ask for a bass instrument.
  if (/\bbass (notes?|register|line)\b/.test(t) === false && /\blow(er)? (pitch|bass)\b/.test(t)) {
    const i = named.indexOf('bass');
    if (i >= 0 && !/\b(double bass|contrabass|bass guitar)\b/.test(t)) named.splice(i, 1);
  }
  let instruments: Instrument[];
  if (named.length > 0) instruments = named;
  else if (ov.instruments && ov.instruments.length > 0) instruments = [...ov.instruments];
  else if (genre) {
    instruments = [...GENRE_STYLE[genre].instruments];
    for (const [fam, v] of Object.entries(GENRE_STYLE[genre].voices(h))) voices[fam as Instrument] ??= v;
  } else instruments = defaultEnsemble(valence, arousal, t, f, h);
  if (genre && named.length > 0)
    for (const [fam, v] of Object.entries(GENRE_STYLE[genre].voices(h))) if (instruments.includes(fam as Instrument)) voices[fam as Instrument] ??= v;
  const leadVoice = voices[instruments[0]!];

  let register: Register = arousal < -0.5 ? 'low' : valence > 0.5 ? 'high' : 'middle';
  if (leadVoice) {
    const r = (VOICES[leadVoice] as { register?: Register }).register;
    if (r) register = r;
  }
  if (ov.register) register = ov.register;
  if (/\b(low|deep|lower)\b/.test(t) || ES_DE_MISC.low.test(f)) register = 'low';
  else if (/\b(high|airy|sparkling|light)\b/.test(t) || ES_DE_MISC.high.test(f)) register = 'high';

  let density = clamp(0.35 + 0.35 * arousal + (named.length === 1 ? 0.1 : 0), 0.05, 1);
  if (ov.density !== undefined) density = clamp(ov.density, 0, 1);
  if (/\b(sparse|minimal)\b/.test(t) || ES_DE_MISC.sparse.test(f)) density = Math.min(density, 0.15);
  if (/\b(flowing|busy|rich)\b/.test(t) || ES_DE_MISC.rich.test(f)) density = Math.max(density, 0.7);

  const textures: NatureTexture[] = [];
  for (const [i, [re, tex]] of TEXTURE_WORDS.entries()) if (re.test(t) || ES_DE_TEXTURES[i]![0].test(f)) textures.push(tex);
  if (textures.length === 0 && ov.textures) textures.push(...ov.textures);

  const percussion =
    /\b(drums?|percussion|beat|heartbeat|shaker|hand ?drum|rhythm(ic)?|schlagzeug|batería|percusión)\b/.test(t) ||
    ES_DE_MISC.percussion.test(f) ||
    (genre !== undefined && GENRE_STYLE[genre].percussion && arcKind !== 'sleep');
  if (arcKind === 'sleep' || arcKind === 'breathing') density = Math.min(density, 0.3);
  if (genre) density = clamp(density + GENRE_STYLE[genre].densityShift, 0.05, 1);
  const melody = !(/\b(background|drone|ambient|no melody|texture)\b/.test(t) || ES_DE_MISC.noMelody.test(f)) || named.some((i) => i !== 'pad');
  return {
    version: 2,
    key,
    mode,
    bpm,
    beatsPerBar: /\b(waltz|lullaby|3\/4)\b/.test(t) || ES_DE_MISC.triple.test(f) ? 3 : 4,
    instruments,
    register,
    density,
    brightness: clamp(0.45 + 0.3 * valence + 0.15 * arousal + (register === 'high' ? 0.1 : register === 'low' ? -0.15 : 0), 0.05, 1),
    melody,
    percussion,
    textures,
    reverb: clamp(0.3 - 0.15 * arousal + (/\b(dreamy|ethereal|spacious|cathedral|hall)\b/.test(t) || ES_DE_MISC.roomy.test(f) ? 0.15 : 0), 0.1, 0.6),
    targetLufs: ov.targetLufs ?? DEFAULT_TARGET_LUFS,
    mood: { valence, arousal },
    explicit: { key: k.key !== undefined, mode: k.mode !== undefined, bpm: bpmWord !== undefined, instruments: named.length > 0 },
    description: raw,
    voices,
    ...(genre ? { genre } : {}),
    arc,
  };
}

/** Parses "6 breaths per minute" / "5 breaths a minute" (3..10). */
function explicitBreaths(t: string): number | undefined {
  const m = /\b(\d{1,2}(?:\.\d)?)\s*breaths?\s*(?:per|a|each|\/)\s*min(?:ute)?\b/.exec(t) ?? ES_DE_MISC.breaths.exec(t);
  return m ? clamp(Number(m[1]), 3, 10) : undefined;
}

const ARC_WORDS: ReadonlyArray<[RegExp, Arc['kind']]> = [
  [/\b(paced breathing|breath(e|ing)|breathwork|respira(r|ción|cion)|atem(übung|en|ung)?|atmen)\b/, 'breathing'],
  [/\b(fall asleep|asleep|sleep|sleepy|bedtime|insomnia|dormir|duerm\w*|schlaf\w*|einschlafen)\b/, 'sleep'],
  [/\b(wake me|waking|wake up|slowly wake|energi[sz]e me|lift me up|despi[ée]rta\w*|despertar\w*|aufwachen|weck\w* mich|wach werden)\b/, 'wake-up'],
  [
    /\b(anxious to calm|to calm|calm me( down)?|slow(s|ing)? down|wind(ing)? down|bring me down|start (fast|where i am)|unwind|de-?stress|calmarme|tranquiliz\w*|bajar el ritmo|beruhig\w*|runterkommen|langsamer werden)\b/,
    'calm-down',
  ],
];

const ES_DE_ARC_WORDS: Readonly<Record<Arc['kind'], RegExp | undefined>> = {
  breathing: ES_DE_ARCS.breathing,
  sleep: ES_DE_ARCS.sleep,
  'wake-up': ES_DE_ARCS.wakeUp,
  'calm-down': ES_DE_ARCS.calmDown,
  steady: undefined,
};

function arcKindOf(t: string, f: string): Arc['kind'] {
  for (const [re, kind] of ARC_WORDS) if (re.test(t) || ES_DE_ARC_WORDS[kind]?.test(f)) return kind;
  return 'steady';
}

const GENRE_WORDS: ReadonlyArray<[RegExp, Genre]> = [
  [/\b(lo-?fi|chillhop|study beats?)\b/, 'lofi'],
  [/\b(jazz\w*|swing|bossa( nova)?|bebop)\b/, 'jazz'],
  [/\b(rock|grunge|punk|guitar riff|90s rock|indie rock|rock\w* )\b/, 'rock'],
  [/\b(cinematic|film score|movie|epic|soundtrack|cinematográfic\w*|filmmusik|episch)\b/, 'cinematic'],
  [/\b(classical|baroque|romantic era|chamber|clásic\w*|klassi\w*|barock)\b/, 'classical'],
  [/\b(folk|celtic|country|campfire|folkl\w*|volksmusik)\b/, 'folk'],
  [/\b(world|african|japanese|indian|andean|arabic|asian|oriental|latin|japon\w*|afri\w*|indisch\w*|india|andin\w*)\b/, 'world'],
  [/\b(ambient|soundscape|drone|atmospheric|ambiental|ambiente|klangteppich)\b/, 'ambient'],
];

function genreOf(t: string, f: string): Genre | undefined {
  for (const [re, g] of GENRE_WORDS) if (re.test(t) || (ES_DE_GENRES as Partial<Record<Genre, RegExp>>)[g]?.test(f)) return g;
  return undefined;
}

/** What each genre brings when the words name no instruments (and the colour of the ones named). */
const GENRE_STYLE: Record<
  Genre,
  {
    instruments: readonly Instrument[];
    voices: (h: number) => Partial<Record<Instrument, VoiceName>>;
    percussion: boolean;
    bpmShift: number;
    densityShift: number;
  }
> = {
  ambient: {
    instruments: ['pad', 'bells', 'bass'],
    voices: (h) => ({ pad: h % 2 ? 'halo-pad' : 'warm-pad', bells: h % 3 === 0 ? 'singing-bowl' : 'vibraphone', bass: 'fretless-bass' }),
    percussion: false,
    bpmShift: -8,
    densityShift: -0.15,
  },
  lofi: {
    instruments: ['piano', 'bass', 'guitar'],
    voices: () => ({ piano: 'electric-piano', bass: 'electric-bass', guitar: 'jazz-guitar' }),
    percussion: true,
    bpmShift: 4,
    densityShift: 0.05,
  },
  classical: {
    instruments: ['piano', 'strings', 'flute'],
    voices: (h) => ({ strings: h % 2 ? 'string-ensemble' : 'slow-strings', flute: h % 3 === 0 ? 'clarinet' : 'flute' }),
    percussion: false,
    bpmShift: 0,
    densityShift: 0.1,
  },
  folk: {
    instruments: ['guitar', 'strings', 'flute', 'bass'],
    voices: (h) => ({ guitar: 'steel-guitar', strings: 'fiddle', flute: h % 2 ? 'whistle' : 'flute', bass: 'acoustic-bass' }),
    percussion: false,
    bpmShift: 6,
    densityShift: 0.1,
  },
  cinematic: {
    instruments: ['strings', 'piano', 'choir', 'bass'],
    voices: () => ({ strings: 'slow-strings', choir: 'oohs', bass: 'timpani' }),
    percussion: false,
    bpmShift: -4,
    densityShift: 0,
  },
  rock: {
    instruments: ['guitar', 'bass', 'piano'],
    voices: () => ({ guitar: 'overdrive-guitar', bass: 'electric-bass', piano: 'piano' }),
    percussion: true,
    bpmShift: 30,
    densityShift: 0.3,
  },
  jazz: {
    instruments: ['piano', 'bass', 'bells'],
    voices: () => ({ piano: 'piano', bass: 'double-bass', bells: 'vibraphone' }),
    percussion: true,
    bpmShift: 10,
    densityShift: 0.15,
  },
  world: {
    instruments: ['guitar', 'flute', 'bells', 'bass'],
    voices: (h) =>
      [
        { guitar: 'koto', flute: 'shakuhachi', bells: 'singing-bowl' } as const,
        { guitar: 'sitar', flute: 'pan-flute', bells: 'kalimba' } as const,
        { guitar: 'harp', flute: 'pan-flute', bells: 'kalimba' } as const,
      ][h % 3]!,
    percussion: true,
    bpmShift: 0,
    densityShift: 0,
  },
};

/** A mood-fitting ensemble when no instrument was named; always includes something plucked for pulse. */
function defaultEnsemble(valence: number, arousal: number, t: string, f: string, h: number): Instrument[] {
  if (/\b(meditat\w*|drone|background|ambient)\b/.test(t) || ES_DE_MISC.meditative.test(f)) return ['bells', 'pad', 'bass'];
  if (valence < -0.2) return h % 2 === 0 ? ['piano', 'strings', 'bass'] : ['strings', 'piano', 'pad', 'bass'];
  if (valence > 0.4 && arousal > -0.2) return ['flute', 'guitar', 'pad', 'bass'];
  if (arousal < -0.5) return ['piano', 'pad', 'bass'];
  return h % 3 === 0 ? ['piano', 'pad', 'bells', 'bass'] : h % 3 === 1 ? ['guitar', 'strings', 'bass'] : ['piano', 'choir', 'bass'];
}
