/**
 * Sampled voices: instrument words (English, Spanish, German) → a General MIDI program, the
 * built-in family that stands in for it when no sound bank is loaded, and the range it plays
 * in (notes outside are folded by octaves, so a cello never squeaks at C6).
 */
import type { Instrument } from './plan.ts';

/** One sampled voice. */
export interface VoiceDef {
  /** General MIDI program 0..127 (melodic bank 0). */
  program: number;
  /** The additive family used when no bank is loaded, and the role the composer gives it. */
  family: Instrument;
  /** Playable MIDI range [lo, hi]. */
  range: readonly [number, number];
  /** Words that ask for it (lower case; matched on word boundaries). */
  words: readonly string[];
  /** Channel volume 0..127 so voices balance before the loudness leveller. */
  volume: number;
  /** The register this voice suggests when it leads. */
  register?: 'low' | 'middle' | 'high';
}

/** Every sampled voice by name. Order matters: longer, more specific words come first. */
export const VOICES = {
  'singing-bowl': {
    program: 14,
    family: 'bells',
    range: [48, 84],
    words: ['singing bowls?', 'klangschalen?', 'cuencos? tibetanos?', 'cuencos? cantores?', 'tibetan bowls?'],
    volume: 80,
  },
  'nylon-guitar': {
    program: 24,
    family: 'guitar',
    range: [40, 84],
    words: [
      'nylon(?: string)? guitar',
      'classical guitar',
      'spanish guitar',
      'guitarra clásica',
      'guitarra española',
      'konzertgitarre',
      'nylongitarre',
      'guitarra de nylon',
    ],
    volume: 110,
  },
  'steel-guitar': {
    program: 25,
    family: 'guitar',
    range: [40, 84],
    words: ['steel(?: string)? guitar', 'acoustic guitar', 'folk guitar', 'guitarra acústica', 'westerngitarre', 'akustikgitarre', 'stahlsaiten ?gitarre'],
    volume: 105,
  },
  'electric-guitar': {
    program: 27,
    family: 'guitar',
    range: [40, 86],
    words: ['electric guitar', 'clean guitar', 'guitarra eléctrica', 'e-gitarre', 'elektrische gitarre'],
    volume: 90,
  },
  'overdrive-guitar': {
    program: 29,
    family: 'guitar',
    range: [40, 86],
    words: ['guitar riff', 'overdrive guitar', 'distorted guitar', 'rock guitar', 'guitarra distorsionada', 'verzerrte gitarre'],
    volume: 70,
  },
  'jazz-guitar': { program: 26, family: 'guitar', range: [40, 84], words: ['jazz guitar', 'guitarra de jazz', 'jazzgitarre'], volume: 100 },
  'electric-piano': {
    program: 4,
    family: 'piano',
    range: [36, 96],
    words: ['electric piano', 'rhodes', 'e-piano', 'piano eléctrico', 'wurlitzer'],
    volume: 100,
  },
  harpsichord: { program: 6, family: 'piano', range: [36, 89], words: ['harpsichord', 'clavecín', 'cembalo', 'clavicémbalo'], volume: 85 },
  'music-box': { program: 10, family: 'bells', range: [60, 96], words: ['music ?box', 'caja de música', 'spieluhr'], volume: 95 },
  celesta: { program: 8, family: 'bells', range: [60, 96], words: ['celesta', 'celeste'], volume: 100 },
  glockenspiel: { program: 9, family: 'bells', range: [72, 100], words: ['glockenspiel', 'carillón'], volume: 75 },
  vibraphone: { program: 11, family: 'bells', range: [53, 89], words: ['vibraphone', 'vibes', 'vibráfono', 'vibraphon'], volume: 95 },
  marimba: { program: 12, family: 'bells', range: [45, 96], words: ['marimbas?', 'marimbaphon'], volume: 110 },
  xylophone: { program: 13, family: 'bells', range: [65, 100], words: ['xylophone', 'xilófono', 'xylophon'], volume: 80 },
  'tubular-bells': {
    program: 14,
    family: 'bells',
    range: [60, 77],
    words: ['tubular bells', 'campanas tubulares', 'röhrenglocken', 'church bells?', 'glocken'],
    volume: 80,
  },
  kalimba: { program: 108, family: 'bells', range: [55, 91], words: ['kalimbas?', 'mbira', 'thumb piano', 'daumenklavier'], volume: 110 },
  'steel-drum': {
    program: 114,
    family: 'bells',
    range: [55, 88],
    words: ['steel ?drums?', 'steel ?pan', 'handpan', 'hang drum', 'tambor metálico'],
    volume: 90,
  },
  dulcimer: { program: 15, family: 'guitar', range: [48, 88], words: ['dulcimer', 'hackbrett', 'salterio', 'santur', 'santoor'], volume: 95 },
  harp: { program: 46, family: 'guitar', range: [36, 91], words: ['harps?', 'arpas?', 'harfen?', 'lyre', 'lira', 'leier'], volume: 115 },
  koto: { program: 107, family: 'guitar', range: [48, 84], words: ['koto', 'guzheng', 'zither'], volume: 105 },
  sitar: { program: 104, family: 'guitar', range: [48, 84], words: ['sitar'], volume: 90 },
  banjo: { program: 105, family: 'guitar', range: [48, 84], words: ['banjo'], volume: 85 },
  shamisen: { program: 106, family: 'guitar', range: [50, 84], words: ['shamisen'], volume: 90 },
  ukulele: { program: 24, family: 'guitar', range: [60, 84], words: ['ukulele', 'ukelele'], volume: 105 },
  cello: {
    program: 42,
    family: 'strings',
    range: [36, 76],
    words: ['cellos?', 'violoncellos?', 'violonchelos?', 'chelo', 'celli'],
    volume: 115,
    register: 'low',
  },
  viola: { program: 41, family: 'strings', range: [48, 84], words: ['violas?', 'bratschen?'], volume: 110 },
  violin: { program: 40, family: 'strings', range: [55, 96], words: ['violins?', 'violín', 'violines', 'geigen?', 'violinen?'], volume: 105 },
  fiddle: { program: 110, family: 'strings', range: [55, 93], words: ['fiddle', 'fiedel'], volume: 100 },
  'double-bass': {
    program: 43,
    family: 'bass',
    range: [28, 60],
    words: ['double bass', 'contrabass', 'upright bass', 'contrabajo', 'kontrabass'],
    volume: 115,
  },
  'string-ensemble': {
    program: 48,
    family: 'strings',
    range: [36, 96],
    words: ['strings?', 'string orchestra', 'orchestra(?:l)?', 'cuerdas', 'orquesta', 'streicher', 'orchester'],
    volume: 95,
  },
  'slow-strings': { program: 49, family: 'strings', range: [36, 96], words: ['slow strings', 'cuerdas lentas', 'langsame streicher'], volume: 85 },
  pizzicato: { program: 45, family: 'strings', range: [36, 91], words: ['pizzicato'], volume: 127 },
  'acoustic-bass': { program: 32, family: 'bass', range: [28, 60], words: ['acoustic bass', 'bajo acústico'], volume: 110 },
  'electric-bass': {
    program: 33,
    family: 'bass',
    range: [28, 60],
    words: ['bass guitar', 'electric bass', 'bajo eléctrico', 'e-bass', 'bassgitarre'],
    volume: 105,
  },
  'fretless-bass': { program: 35, family: 'bass', range: [28, 60], words: ['fretless bass'], volume: 105 },
  flute: { program: 73, family: 'flute', range: [60, 96], words: ['flutes?', 'flautas?', 'flöten?', 'querflöten?', 'woodwinds?'], volume: 105 },
  'pan-flute': { program: 75, family: 'flute', range: [60, 91], words: ['pan ?pipes?', 'pan ?flutes?', 'flauta de pan', 'panflöten?', 'zampoña'], volume: 100 },
  recorder: { program: 74, family: 'flute', range: [60, 93], words: ['recorders?', 'flauta dulce', 'blockflöten?'], volume: 100 },
  shakuhachi: { program: 77, family: 'flute', range: [55, 86], words: ['shakuhachi', 'bamboo flute', 'flauta de bambú', 'bambusflöte'], volume: 105 },
  ocarina: { program: 79, family: 'flute', range: [60, 89], words: ['ocarinas?', 'okarinas?'], volume: 100 },
  whistle: { program: 78, family: 'flute', range: [65, 96], words: ['whistle', 'tin whistle', 'silbido', 'pfeife'], volume: 90 },
  clarinet: { program: 71, family: 'flute', range: [50, 89], words: ['clarinets?', 'clarinetes?', 'klarinetten?'], volume: 105 },
  oboe: { program: 68, family: 'flute', range: [58, 89], words: ['oboes?', 'oboen?'], volume: 100 },
  bassoon: { program: 70, family: 'flute', range: [34, 72], words: ['bassoons?', 'fagot(?:es)?', 'fagotte?'], volume: 105, register: 'low' },
  'french-horn': { program: 60, family: 'strings', range: [41, 77], words: ['french horns?', 'horns?', 'trompas?', 'hörner', 'waldhorn'], volume: 95 },
  trumpet: { program: 56, family: 'flute', range: [55, 86], words: ['trumpets?', 'trompetas?', 'trompeten?'], volume: 85 },
  saxophone: { program: 66, family: 'flute', range: [44, 80], words: ['sax(?:ophone)?s?', 'saxofón', 'saxofon'], volume: 95 },
  accordion: { program: 21, family: 'pad', range: [48, 84], words: ['accordion', 'acordeón', 'akkordeon', 'bandoneon', 'bandoneón'], volume: 85 },
  harmonica: { program: 22, family: 'flute', range: [60, 84], words: ['harmonica', 'armónica', 'mundharmonika'], volume: 85 },
  'church-organ': {
    program: 19,
    family: 'pad',
    range: [36, 84],
    words: ['church organ', 'pipe organ', 'órgano de iglesia', 'kirchenorgel', 'orgel', 'organ', 'órgano'],
    volume: 80,
  },
  choir: {
    program: 52,
    family: 'choir',
    range: [48, 79],
    words: ['choirs?', 'choral', 'coro', 'coros', 'chor', 'chöre', 'voices?', 'vocals?', 'voces', 'stimmen', 'singing', 'humming', 'summen'],
    volume: 105,
  },
  oohs: { program: 53, family: 'choir', range: [48, 79], words: ['oohs?', 'soft voices'], volume: 105 },
  'warm-pad': {
    program: 89,
    family: 'pad',
    range: [36, 84],
    words: ['warm pads?', 'pads?', 'synth pads?', 'synth(?:esizer)?s?', 'drones?', 'sintetizador(?:es)?', 'flächen?', 'synthesizer', 'dron'],
    volume: 90,
  },
  'halo-pad': { program: 94, family: 'pad', range: [36, 84], words: ['halo pad', 'ethereal pad', 'space pad'], volume: 90 },
  'glass-pad': { program: 92, family: 'pad', range: [40, 84], words: ['glass harmonica', 'bowed glass', 'glass', 'cristal', 'glasharmonika'], volume: 90 },
  piano: { program: 0, family: 'piano', range: [21, 108], words: ['pianos?', 'grand piano', 'klavier', 'flügel', 'keys', 'keyboard', 'teclado'], volume: 110 },
  timpani: { program: 47, family: 'bass', range: [36, 57], words: ['timpani', 'timbales', 'pauken?'], volume: 95 },
} as const satisfies Record<string, VoiceDef>;

export type VoiceName = keyof typeof VOICES;

/** The voice each family plays when no particular voice was asked for. */
export const DEFAULT_VOICE: Record<Instrument, VoiceName> = {
  piano: 'piano',
  strings: 'string-ensemble',
  pad: 'warm-pad',
  bells: 'celesta',
  flute: 'flute',
  guitar: 'nylon-guitar',
  bass: 'acoustic-bass',
  choir: 'choir',
};

const MATCHERS: ReadonlyArray<[RegExp, VoiceName]> = Object.entries(VOICES).map(([name, v]) => [
  new RegExp(`(?<![\\p{L}-])(?:${v.words.join('|')})(?![\\p{L}])`, 'u'),
  name as VoiceName,
]);

/** A voice named in `text`, where it was found, so several can be ordered as written. */
export interface NamedVoice {
  name: VoiceName;
  at: number;
}

/**
 * Voices named in lower-case `text`, in the order written. A more specific phrase hides the
 * generic word inside it ("nylon guitar" is not also "guitar"; "slow strings" not also "strings").
 */
export function voicesInText(text: string): NamedVoice[] {
  const found: { name: VoiceName; at: number; end: number }[] = [];
  for (const [re, name] of MATCHERS) {
    const g = new RegExp(re.source, 'gu');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => f.at <= at && f.end >= end)) continue;
      for (let i = found.length - 1; i >= 0; i--) if (at <= found[i]!.at && end >= found[i]!.end) found.splice(i, 1);
      if (!found.some((f) => f.name === name)) found.push({ name, at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ name, at }) => ({ name, at }));
}

/** Is `name` one of the sampled voices? (Stored plans are checked before they render.) */
export function isVoiceName(name: string): name is VoiceName {
  return Object.hasOwn(VOICES, name);
}
