import type { ScreenLanguage } from './phrase-list.ts';

/**
 * Text normalisation shared by the client's text and the phrase lists, so a clinician can write
 * phrases naturally ("don't want to live") and they still match "dont wanna live", "DON’T want to
 * live" or "I don't want to livee".
 */

/** A word or a clause boundary (punctuation and clause-joining words). */
export interface Token {
  readonly text: string;
  /** True for `. , ; : " ! ? …` and conjunctions that start a new clause (and, but, y, pero, und, aber…). */
  readonly boundary: boolean;
  /** True for sentence ends `. ! ? …`. */
  readonly sentenceEnd: boolean;
}

/**
 * Slang, text-speak and frequent misspellings → standard words. Kept as a plain list so it can be
 * reviewed; keys are single normalised tokens (no apostrophes).
 */
export const SLANG: Readonly<Record<string, string>> = {
  kms: 'kill myself',
  kys: 'kill yourself',
  ctb: 'commit suicide',
  unalive: 'kill',
  unalives: 'kills',
  unaliving: 'killing',
  unalived: 'killed',
  sewerslide: 'suicide',
  suicde: 'suicide',
  sucide: 'suicide',
  suiside: 'suicide',
  suicied: 'suicide',
  suacide: 'suicide',
  selfharm: 'self harm',
  selfharming: 'self harming',
  sh: 'self harm',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  imma: 'i am going to',
  ima: 'i am going to',
  tryna: 'trying to',
  finna: 'going to',
  im: 'i am',
  ive: 'i have',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'cannot',
  wont: 'will not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  couldnt: 'could not',
  isnt: 'is not',
  wasnt: 'was not',
  werent: 'were not',
  arent: 'are not',
  havent: 'have not',
  u: 'you',
  ur: 'your',
  pls: 'please',
  idk: 'i do not know',
  idc: 'i do not care',
  rn: 'right now',
  tn: 'tonight',
  tonite: 'tonight',
  '2nite': 'tonight',
  '2day': 'today',
  ded: 'dead',
  myslef: 'myself',
  mysef: 'myself',
  mysefl: 'myself',
  myselff: 'myself',
  meself: 'myself',
  'me-self': 'myself',
  pils: 'pills',
  pillz: 'pills',
  od: 'overdose',
  oding: 'overdosing',
  // Round 2: more text speak, written the way "what's" and "he's" normalise ("what", "he").
  thru: 'through',
  whats: 'what',
  thats: 'that',
  theres: 'there',
  its: 'it',
  hes: 'he',
  shes: 'she',
  everyones: 'everyone',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tomorow: 'tomorrow',
  '2moro': 'tomorrow',
  tho: 'though',
  rly: 'really',
  ppl: 'people',
  bf: 'boyfriend',
  gf: 'girlfriend',
  noone: 'no one',
  nothin: 'nothing',
  gunna: 'going to',
  bout: 'about',
  ngl: 'honestly',
  fr: 'really',
  tbh: 'honestly',
  lowkey: 'kinda',
};

/**
 * Round 10: regional German function words → standard German. Only words that are not themselves
 * standard German words (or only rare ones), and only in text read as German: the negations
 * ("ned", "nöd", "nit", "net", "nid" → nicht; "nimma", "nimmer", "nümme" → nicht mehr), the pronouns
 * and verbs of the first person ("i" → ich, "mi" → mich, "ma" → mir, "hob", "han" → habe, "bi" →
 * bin), "is", "isch" → ist, "koa", "kei" → kein, "dat", "wat" (Ruhrpott), "scho", "jetz", "meh".
 * "nüme"/"nümme" are read before accents fold (`normalizeText`), as Swiss "nume" means "nur".
 */
const DE_DIALECT: Readonly<Record<string, string>> = {
  nod: 'nicht', nit: 'nicht', net: 'nicht', nid: 'nicht',
  nimma: 'nicht mehr', nimmer: 'nicht mehr', nimmi: 'nicht mehr', nimme: 'nicht mehr', nimmamehr: 'nicht mehr',
  nut: 'nichts', nuut: 'nichts', nuscht: 'nichts', nischt: 'nichts',
  i: 'ich', mi: 'mich', di: 'dich', ma: 'mir', mei: 'mein', meim: 'meinem', mim: 'mit dem', min: 'mein', mini: 'meine',
  hob: 'habe', han: 'habe', hon: 'habe', bi: 'bin', is: 'ist', isch: 'ist', isser: 'ist er',
  koa: 'kein', koan: 'keinen', kei: 'kein', keis: 'kein', ka: 'kein',
  dat: 'das', wat: 'was', scho: 'schon', jetz: 'jetzt', getz: 'jetzt', meh: 'mehr', mehra: 'mehr',
  guat: 'gut', guad: 'gut', imma: 'immer', wieda: 'wieder', oda: 'oder', aba: 'aber', nua: 'nur', ois: 'alles', wos: 'was', mog: 'mag', wui: 'will', wott: 'will',
};

/** Spanish and German text speak, applied only to text read as that language. */
export const SLANG_BY_LANGUAGE: Readonly<Record<ScreenLanguage, Readonly<Record<string, string>>>> = {
  en: {},
  es: { q: 'que', k: 'que', xq: 'porque', pq: 'porque', kiero: 'quiero', qiero: 'quiero', kiere: 'quiere', tmb: 'tambien', toy: 'estoy', x: 'por', pa: 'para' },
  de: {
    nich: 'nicht', nix: 'nichts', kb: 'kein bock', ned: 'nicht', grad: 'gerade', hab: 'habe',
    // Round 10: regional function words (Bavarian, Austrian, Swiss, Ruhrpott), so the rules read the
    // grammar they know: "i mog nimma" → "ich mag nicht mehr", "des isch ned so" → "… ist nicht …".
    ...DE_DIALECT,
  },
};

/**
 * Round 10: a Bavarian, Austrian or Swiss participle or noun with the "ge-" cut to "g" before a
 * consonant no standard German word starts with ("gschluckt", "gsprungen", "gfunden", "gwehr",
 * "gmacht"), also after a separable prefix ("aufgschnitten") — read with its "ge-".
 */
const DE_GE = /^(auf|aus|ab|weg|zu|vor|mit|um|ein)?g([sfwmkpzdt][a-z]{2,})$/;

/**
 * German compounds read by their head where the head is what the lists name: "Brückengeländer" is a
 * railing, "Garagendach" a roof, "Küchenmesser" a knife, "Bahngleise" tracks. Only these reviewed
 * heads, after a part of four letters or more; compounds the lists name whole (Abschiedsbrief,
 * Schlaftabletten, Suizidgedanken) are left alone.
 */
const DE_HEADS = /^([a-z]{4,}?)(gelander|brucke|dach|gleise|gleisen|messer|pistole|strick)$/;

/** English text speak that is a word in Spanish or German ("im" Zimmer, "u" = "o"). */
const ENGLISH_ONLY = new Set(['im', 'u', 'ur', 'tho', 'bc', 'fr', 'tn']);

const CONJUNCTIONS = new Set([
  'and',
  'but',
  'so',
  'because',
  'though',
  'although',
  'y',
  'pero',
  'porque',
  'aunque',
  'und',
  'aber',
  'weil',
  'obwohl',
  'sondern',
]);

/** Lower-cases, folds accents (ä→a, ñ→n, ß→ss), straightens quotes and expands English contractions. */
export function normalizeText(text: string): string {
  let s = text.toLowerCase();
  if (s.includes('ß')) s = s.replace(/ß/g, 'ss');
  // Only text with non-ASCII letters needs accents folded (most text has none).
  if (/[^\t-~]/.test(s))
    s = s
      .normalize('NFD')
      // Swiss "nüme"/"nümme" (nicht mehr) before folding makes them "nume" (nur).
      .replace(/\bnu\u0308m?me\b/g, 'nimme')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»„]/g, '"');
  if (s.includes("'")) {
    s = s
      .replace(/\bwon't\b/g, 'will not')
      .replace(/\bcan't\b/g, 'cannot')
      .replace(/\bain't\b/g, 'am not')
      .replace(/n't\b/g, ' not')
      .replace(/\bi'm\b/g, 'i am')
      .replace(/'re\b/g, ' are')
      .replace(/'ve\b/g, ' have')
      .replace(/'ll\b/g, ' will')
      .replace(/'d\b/g, ' would')
      .replace(/'s\b/g, '');
  }
  // Hyphens inside words join parts that people also write apart ("self-harm", "self harm").
  if (s.includes('-')) s = s.replace(/(\w)-(\w)/g, '$1 $2');
  // "my self", "him self": written apart, meant as one word.
  if (s.includes(' self')) s = s.replace(/\b(my|him|her|your|it) self\b(?! (harm|injur|esteem|care|worth|portrait|image|confidence|doubt|talk))/g, '$1self');
  return s;
}

/**
 * Splits normalised text into word and boundary tokens, applying the SLANG list and, for a
 * language, its own text speak. Without a language every list applies; `null` applies none (what
 * the language guess reads).
 */
export function tokenize(text: string, language?: ScreenLanguage | null): Token[] {
  return tokensOf(textParts(text), language);
}

/** The normalised words and punctuation of a text, before text speak is expanded. */
export function textParts(text: string): string[] {
  return normalizeText(text).match(/[a-z0-9]+|[.!?…]+|[,;:"]|\*/g) ?? [];
}

/** Tokens of `textParts`, with text speak expanded as `tokenize` describes. */
export function tokensOf(parts: readonly string[], language?: ScreenLanguage | null): Token[] {
  const out: Token[] = [];
  for (const p of parts) {
    const c = p.charCodeAt(0);
    if (c === 46 || c === 33 || c === 63 || c === 8230) {
      out.push({ text: p, boundary: true, sentenceEnd: true }); // . ! ? …
    } else if (c === 44 || c === 59 || c === 58 || c === 34) {
      out.push({ text: p, boundary: true, sentenceEnd: false }); // , ; : "
    } else {
      const replaced =
        language === null
          ? undefined
          : language === undefined
            ? SLANG_ANY.get(p)
            : ((language !== 'en' && ENGLISH_ONLY.has(p) ? undefined : SLANG_MAP.get(p)) ?? SLANG_LANG[language].get(p));
      const head = replaced === undefined && language === 'de' && p.length > 8 ? DE_HEADS.exec(p)?.[2] : undefined;
      const ge = replaced === undefined && head === undefined && language === 'de' && p.length > 4 ? deGe(p) : undefined;
      if (head !== undefined) out.push({ text: head, boundary: false, sentenceEnd: false });
      else if (ge !== undefined) out.push({ text: ge, boundary: false, sentenceEnd: false });
      else if (replaced === undefined) out.push({ text: p, boundary: CONJUNCTIONS.has(p), sentenceEnd: false });
      else for (const w of replaced.split(' ')) out.push({ text: w, boundary: CONJUNCTIONS.has(w), sentenceEnd: false });
    }
  }
  return out;
}

function deGe(p: string): string | undefined {
  if (p.charCodeAt(0) !== 103 && !/^(auf|aus|ab|weg|zu|vor|mit|um|ein)g/.test(p)) return undefined; // g
  const m = DE_GE.exec(p);
  if (!m || p.startsWith('gmbh')) return undefined;
  return `${m[1] ?? ''}ge${m[2]}`;
}

// Maps, not plain objects: a token such as "constructor" must not find Object.prototype.
const SLANG_MAP: ReadonlyMap<string, string> = new Map(Object.entries(SLANG));
const SLANG_LANG: Record<ScreenLanguage, ReadonlyMap<string, string>> = {
  en: new Map(),
  es: new Map(Object.entries(SLANG_BY_LANGUAGE.es)),
  de: new Map(Object.entries(SLANG_BY_LANGUAGE.de)),
};
const SLANG_ANY: ReadonlyMap<string, string> = new Map([...SLANG_LANG.de, ...SLANG_LANG.es, ...SLANG_MAP]);

/**
 * A word with every run of a repeated letter squeezed to one ("dieeee" and "die" → "die",
 * "killlll" and "kill" → "kil"), so stretched words match their list form.
 */
export function squeeze(w: string): string {
  return w.replace(/([a-z])\1+/g, '$1');
}

/** A pattern matching exactly one of `|`-separated words (lists too long for one regex line). */
export function anyOf(words: string): RegExp {
  return new RegExp(`^(${words.replace(/\s+/g, '')})$`);
}
