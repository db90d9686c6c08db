/**
 * What each word of a prompt becomes: a thing from the shape library, a figure (with the pose
 * the prompt describes), a motif the scene paints (sky, weather, land, water), a feeling, a
 * colour or a style — or nothing, which the report says plainly. Negated words ("no boats",
 * "sin barcos", "keine Boote") and words of the negative prompt are left out, and said so.
 */
import { colourOfWord, emotionOfWord, motifOfWord, NEGATION_CUES, styleOfWord, TONE_WORDS } from '../affect/index.ts';
import type { ColourWord, MotifId } from '../affect/index.ts';
import { isLibraryWord, shapeAt, shapesForWord, wordForms } from './shapes/shape-library.ts';
import { colourName, COMMON_VERBS, NO_SHAPE_WORDS, NOT_THINGS, PERSON_WORDS, POSE_PHRASES, PRONOUNS, SHAPE_WORDS, NEAREST_SHAPE, SYNONYM_LANG, SYNONYM_PLACE, THING_SYNONYMS } from './shapes/thing-words.ts';
import type { Pose } from './shapes/thing-words.ts';
import labelWords from './shapes/label-words.json';

type Lang = 'en' | 'es' | 'de';
/** Words that name a thing in an emoji label, per language (scripts/build-label-words.ts). */
const HEADS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(labelWords.en),
  es: new Set(labelWords.es),
  de: new Set(labelWords.de),
};
const LANG_CUES: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('the a an and of with in on under my is are to her his their at by from'.split(' ')),
  es: new Set('el la los las un una unos unas y de del con en bajo mi es son sobre junto por para al'.split(' ')),
  de: new Set('der die das den dem ein eine einer einem einen und mit im am unter auf ist sind mein meine zum zur vom von'.split(' ')),
};

/** The prompt's language, from its small words (English when unsure). */
export function promptLanguage(words: readonly { word: string }[]): Lang {
  let best: Lang = 'en';
  let bestN = 0;
  for (const lang of ['en', 'es', 'de'] as const) {
    const n = words.filter((w) => LANG_CUES[lang].has(w.word)).length;
    if (n > bestN) [best, bestN] = [lang, n];
  }
  return best;
}

/** Body parts are part of a drawn person, not things of their own, when the prompt is about people. */
const BODY_PARTS = new Set(
  'hair hand hands eye eyes face head arm arms leg legs foot feet nose mouth ear ears cabello pelo mano manos ojo ojos cara cabeza brazo brazos pierna piernas haar hand hände auge augen gesicht kopf arm arme bein beine'.split(
    ' ',
  ),
);

/** A body part named on its own ("two hands holding a heart"). */
export const isBodyPart = (word: string): boolean => BODY_PARTS.has(word);

/**
 * Words that are a thing and a verb ("a bird flies", "the boat rocks", "die Vögel fliegen"):
 * right after a noun or a pronoun they are the verb, not another thing.
 */
const VERB_HOMOGRAPHS = new Set(
  'flies fly saw leaves waves rings watches trains plants rocks rose ducks bears kites sails sail paints slides sinks locks ties brushes fliegen segeln vela'.split(' '),
);
const SUBJECT_PRONOUNS = new Set('i you he she it we they yo tú él ella nosotros ellos ellas ich du er sie es wir ihr'.split(' '));

/**
 * The form of a word that names a thing: a synonym, or a label's noun in the prompt's
 * language first, then in the other two. Undefined for words only found in tags or as a
 * describing word of a label ("floating", "looks", "long").
 */
export function thingForm(word: string, lang: Lang): string | undefined {
  const forms = wordForms(word);
  // A synonym spelt like another language's word (German "Boot") gives way to a thing of the prompt's own language ("boots").
  const own = forms.some((f) => HEADS[lang].has(f));
  const syn = forms.find((f) => THING_SYNONYMS[f] !== undefined && !(own && SYNONYM_LANG[f] !== undefined && SYNONYM_LANG[f] !== lang));
  if (syn) return syn;
  for (const l of [lang, ...(['en', 'es', 'de'] as const).filter((x) => x !== lang)]) {
    const hit = forms.find((f) => HEADS[l].has(f));
    if (hit) return hit;
  }
  // A label that names the thing in the plural ("cherries", "Kirschen", "palomitas"): the singular finds it.
  const plural = pluralForms(word, lang).find((f) => HEADS[lang].has(f));
  if (plural) return plural;
  const compound = lang === 'de' ? compoundHead(word) : undefined;
  return compound && !compound.motif ? compound.head : undefined;
}

/** Plurals of a singular noun, to find a label written in the plural. */
function pluralForms(word: string, lang: Lang): string[] {
  if (word.length < 3) return [];
  if (lang === 'en') return [`${word}s`, `${word}es`, ...(word.endsWith('y') ? [`${word.slice(0, -1)}ies`] : [])];
  if (lang === 'es') return [`${word}s`, `${word}es`, ...(word.endsWith('z') ? [`${word.slice(0, -1)}ces`] : [])];
  return [`${word}n`, `${word}en`, `${word}e`, `${word}s`];
}

/** A German noun the library knows (a label's or tag's noun, or a synonym), in one of its forms. */
function germanNoun(word: string): string | undefined {
  if (NOT_THINGS.has(word)) return undefined;
  return wordForms(word).find((f) => THING_SYNONYMS[f] !== undefined || HEADS.de.has(f));
}

/**
 * A German compound's head: its last known noun, the longest ending of at least four letters
 * after a modifier of at least three (Blumentopf → topf, Holzbank → bank, Apfelbäume → baum),
 * with the modifier as a hint ("holz", "apfel").
 */
export function compoundHead(word: string): { head: string; modifier: string; motif?: MotifId } | undefined {
  if (word.length < 7 || word.includes('-')) return undefined;
  for (let k = 3; k <= word.length - 4; k++) {
    const tail = word.slice(k);
    const modifier = word.slice(0, k).replace(/(s|es|n|en)$/, '');
    // A head the scene paints as a motif (Abend|sonne, Herbst|wald, Sternen|himmel) makes the compound that motif.
    const motif = wordForms(tail)
      .map(motifOfWord)
      .find((m) => m !== undefined && !LIBRARY_MOTIFS.has(m));
    if (motif) return { head: tail, modifier, motif };
    const head = germanNoun(tail);
    if (head) return { head, modifier };
  }
  return undefined;
}

/** Motifs the shape library paints instead of the old hand-drawn drawers. */
export const LIBRARY_MOTIFS: ReadonlySet<MotifId> = new Set([
  'house',
  'tree',
  'flower',
  'boat',
  'fish',
  'bird',
  'butterfly',
  'heart',
  'candle',
  'fire',
  'lighthouse',
  'leaf',
  'stone',
]);

const STOP_BY_LANG: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(
    ('a an the and or of to in on at by for with from into onto over under near next behind beside between above below up down out off is are was were be been am ' +
    'i you he she it we they me my your his her its our their this that these those there here who what which where when how why all some any no not very so ' +
    'too just only also as like than then but if while because about around through toward towards against along across feel feels feeling want wish would could should can will').split(' '),
  ),
  es: new Set(
    ('el la los las un una unos unas y o de del al en con sin sobre bajo entre por para que es son está están estoy muy mi mis su sus tu yo ella él lo le se me te nos').split(' '),
  ),
  de: new Set(
    ('der die das den dem des ein eine eines einer einem einen und oder mit ohne auf unter über neben hinter vor zwischen im am zum zur vom von für ist sind bin war mein meine sein seine ihr ihre ich du er sie es wir sehr nicht kein keine').split(' '),
  ),
};
/** Small words of any of the three languages. */
const STOP: ReadonlySet<string> = new Set([...STOP_BY_LANG.en, ...STOP_BY_LANG.es, ...STOP_BY_LANG.de]);
/** Articles and possessives before a noun ("the orange", "la naranja", "die Rose"). */
const DETERMINERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('the a an my his her their your our this that'.split(' ')),
  es: new Set('el la los las un una unos unas mi mis su sus tu esta este'.split(' ')),
  de: new Set('der die das den dem ein eine einer einem einen mein meine dein deine'.split(' ')),
};
/** Motif words of one language only (German "See" is a lake; English "see" a verb). */
const LANG_MOTIFS: Readonly<Record<Lang, Readonly<Record<string, MotifId>>>> = { en: {}, es: {}, de: { see: 'lake', seen: 'lake' } };

/** Extra negation cues in Spanish and German. */
const NEG = new Set([...NEGATION_CUES, 'sin', 'ni', 'nunca', 'ningún', 'ninguna', 'ohne', 'kein', 'keine', 'keinen', 'keiner', 'nicht', 'nie']);

/** One word of the prompt and what became of it. */
export type WordUse =
  | {
      readonly word: string;
      readonly as: 'thing';
      readonly shapes: readonly number[];
      readonly count: number;
      readonly colour?: ColourWord;
      readonly plural?: boolean;
      /** The shape is its kind's, not its own (an English word the library has no shape for: bench → desk). */
      readonly nearest?: boolean;
      /** Where the thing belongs, when not where its shape does (SYNONYM_PLACE). */
      readonly place?: 'g' | 'w';
    }
  | { readonly word: string; readonly as: 'figure'; readonly child: boolean; readonly hair?: 'long' | 'short'; readonly count: number }
  | { readonly word: string; readonly as: 'motif'; readonly motif: MotifId }
  | { readonly word: string; readonly as: 'feeling' | 'colour' | 'style' | 'tone' }
  | { readonly word: string; readonly as: 'left-out' }
  | { readonly word: string; readonly as: 'not-drawn' };

export interface PromptThings {
  readonly uses: readonly WordUse[];
  /** The pose the prompt describes for its people (default standing). */
  readonly pose: Pose;
}

/** Lower-cased words of a text, letters of any script kept ("niña", "Hände"), with clause breaks. */
export function promptWords(text: string): { word: string; clause: number; comma?: boolean }[] {
  const out: { word: string; clause: number; comma?: boolean }[] = [];
  let clause = 0;
  let comma = false;
  for (const m of text
    .toLowerCase()
    .replace(/[’']/g, '')
    .matchAll(/[\p{L}\p{N}-]+|[.;:!?,]/gu)) {
    const w = m[0];
    if (w === ',') comma = true;
    else if (/^[.;:!?]$/.test(w)) clause++;
    else if (w === 'but' || w === 'pero' || w === 'aber') clause++;
    else {
      // `comma`: a comma stands before this word (a list: "flowers, trees").
      out.push(comma ? { word: w, clause, comma } : { word: w, clause });
      comma = false;
    }
  }
  return out;
}

/** A colour word in English, Spanish or German. */
function anyColour(word: string): ColourWord | undefined {
  const en = colourOfWord(word);
  if (en) return en;
  const name = colourName(word);
  return name ? colourOfWord(name) : undefined;
}

/** The person word a plural names ("sisters", "hermanos", "Freundinnen"); English "kinds" is not German "Kind". */
function personPlural(word: string, lang: Lang): string | undefined {
  const endings = lang === 'en' ? ['s', 'es'] : ['s', 'es', 'nen', 'en', 'n'];
  for (const e of endings) {
    const f = word.endsWith(e) ? word.slice(0, -e.length) : '';
    if (f.length >= 3 && PERSON_WORDS[f] && !PRONOUNS.has(f) && !(lang === 'en' && f === 'kind')) return f;
  }
  return undefined;
}

const isSynonym = (w: string): boolean => wordForms(w).some((f) => THING_SYNONYMS[f] !== undefined);

/** Spanish words for an amount of something ("un trozo de pan"): the noun after "de" is the thing. */
const ES_QUANTITY = new Set('trozo trozos pedazo pedazos par montón monton grupo poco porción rebanada rodaja taza tazón vaso plato cesta bolsa caja'.split(' '));

/** "I" and "me" in the three languages: a figure when named with other people or first. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['me', 'myself', 'yo', 'ich', 'mich']);
/** "and" in the three languages. */
export const AND: ReadonlySet<string> = new Set(['and', 'y', 'e', 'und']);

/** Reads the things, figures and motifs a prompt names (see the header). */
export function thingsOfPrompt(prompt: string, negativePrompt = ''): PromptThings {
  const words = promptWords(prompt);
  /** True when word i is joined by "and" to a person word of its clause ("my brother and me", "zwischen mir und ..."). */
  const amongPeople = (i: number): boolean => {
    const { clause } = words[i]!;
    const near = (k: number): boolean => words[k] !== undefined && words[k]!.clause === clause;
    const joined = (near(i - 1) && AND.has(words[i - 1]!.word)) || (near(i + 1) && AND.has(words[i + 1]!.word));
    if (!joined) return false;
    const person = (w: string): boolean => (PERSON_WORDS[w] !== undefined || personPlural(w, lang) !== undefined) && !PRONOUNS.has(w);
    for (let k = Math.max(0, i - 4); k <= i + 4; k++) if (k !== i && near(k) && person(words[k]!.word)) return true;
    return false;
  };
  const banned = new Set(promptWords(negativePrompt).flatMap((w) => wordForms(w.word)));
  const uses: WordUse[] = [];
  const lower = prompt.toLowerCase();
  const pose = POSE_PHRASES.find((p) => p.re.test(lower))?.pose ?? 'standing';
  const hasPersonNoun = words.some((w) => PERSON_WORDS[w.word] && !PRONOUNS.has(w.word));
  const lang = promptLanguage(words);
  const aboutPeople = words.some((w) => PERSON_WORDS[w.word]) || pose !== 'standing';
  // A colour word just before a thing colours it ("a red bird", "una casa azul" — after it in es/de too).
  let lastColour: { colour: ColourWord; at: number; clause: number } | undefined;
  const colourFor = (i: number, clause: number): ColourWord | undefined => {
    if (lastColour && lastColour.clause === clause && i - lastColour.at <= 2) return lastColour.colour;
    const next = words[i + 1];
    const after = next && next.clause === clause ? anyColour(next.word) : undefined;
    return after;
  };
  for (let i = 0; i < words.length; i++) {
    const { word, clause } = words[i]!;
    // The client named among the people ("mamá, papá y yo", "between me and my friends") or first ("me carrying …"): a figure.
    if (FIRST_PERSON.has(word) && (i === 0 || amongPeople(i))) {
      uses.push({ word, as: 'figure', child: false, count: 1 });
      continue;
    }
    // A small word of another language that names a person in this one (English "son", Spanish "son" = are).
    const stop = STOP.has(word) && !(PERSON_WORDS[word] && !PRONOUNS.has(word) && !STOP_BY_LANG[lang].has(word));
    if (stop && !(PRONOUNS.has(word) && !hasPersonNoun && pose !== 'standing')) continue;
    const negated = (() => {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (words[k]!.clause !== clause) return false;
        if (NEG.has(words[k]!.word)) return true;
      }
      return false;
    })();
    const forms = wordForms(word);
    if (negated || forms.some((f) => banned.has(f))) {
      if (!STOP.has(word) && !NEG.has(word)) uses.push({ word, as: 'left-out' });
      continue;
    }
    // Two-word names first ("potted plant", "office building").
    const next = words[i + 1];
    if (next && next.clause === clause) {
      const pair = shapesForWord(`${word} ${next.word}`, lang);
      if (pair.length && !PERSON_WORDS[word]) {
        uses.push({ word: `${word} ${next.word}`, as: 'thing', shapes: pair.slice(0, 1), count: 1, colour: colourFor(i, clause) });
        i++;
        continue;
      }
    }
    // A person word, or the plural of one ("Freundinnen", "hermanos", "sisters"): a plural draws two.
    const pluralOf = PERSON_WORDS[word] ? undefined : personPlural(word, lang);
    const person = PERSON_WORDS[word] ?? (pluralOf ? PERSON_WORDS[pluralOf] : undefined);
    if (person) {
      if (PRONOUNS.has(word) && hasPersonNoun) continue;
      uses.push({ word, as: 'figure', child: person.kind === 'child', hair: person.hair, count: Math.max(person.count ?? 1, pluralOf ? 2 : 1) });
      continue;
    }
    // A verb after its subject ("a bird flies past", "she waves"), not a second thing.
    const prev = words[i - 1];
    const afterSubject =
      prev !== undefined &&
      prev.clause === clause &&
      (SUBJECT_PRONOUNS.has(prev.word) || uses.some((x) => (x.as === 'thing' || x.as === 'figure') && x.word.split(' ').pop() === prev.word));
    // German and Spanish put the verb before its subject ("daneben fliegen Vögel", "vuelan pájaros"):
    // a homograph right before a word that names a thing or a person is that verb too.
    const nextNames =
      lang !== 'en' && next !== undefined && next.clause === clause && (PERSON_WORDS[next.word] !== undefined || thingForm(next.word, lang) !== undefined);
    if ((afterSubject || nextNames) && VERB_HOMOGRAPHS.has(word)) {
      uses.push({ word, as: 'not-drawn' });
      continue;
    }
    const known = forms.some((f) => THING_SYNONYMS[f] !== undefined || HEADS[lang].has(f));
    const motif =
      (LANG_MOTIFS[lang][word] as MotifId | undefined) ??
      forms.map(motifOfWord).find((m) => m !== undefined) ??
      (lang === 'de' && !known ? compoundHead(word)?.motif : undefined);
    if (motif && !LIBRARY_MOTIFS.has(motif) && !isSynonym(word)) {
      uses.push({ word, as: 'motif', motif });
      continue;
    }
    if (forms.some((f) => emotionOfWord(f))) {
      uses.push({ word, as: 'feeling' });
      continue;
    }
    const colour = anyColour(word);
    // A colour that is also a thing, after an article and before no noun, is the thing ("the orange", "una rosa", "die Orange").
    const prevWord = words[i - 1];
    const colourThing =
      colour !== undefined &&
      THING_SYNONYMS[word] !== undefined &&
      prevWord !== undefined &&
      prevWord.clause === clause &&
      (DETERMINERS[lang].has(prevWord.word) || anyColour(prevWord.word) !== undefined) &&
      !(
        next &&
        next.clause === clause &&
        (PERSON_WORDS[next.word] !== undefined || thingForm(next.word, lang) !== undefined || motifOfWord(next.word) !== undefined)
      );
    if (colour && !colourThing) {
      lastColour = { colour, at: i, clause };
      uses.push({ word, as: 'colour' });
      continue;
    }
    if (styleOfWord(word)) {
      uses.push({ word, as: 'style' });
      continue;
    }
    if (TONE_WORDS[word]) {
      uses.push({ word, as: 'tone' });
      continue;
    }
    if (NOT_THINGS.has(word) || word.length < 3 || /^\d+$/.test(word)) continue;
    if (COMMON_VERBS[lang].has(word) || SHAPE_WORDS.has(word) || NO_SHAPE_WORDS.has(word)) {
      uses.push({ word, as: 'not-drawn' });
      continue;
    }
    if (aboutPeople && BODY_PARTS.has(word)) continue;
    const form = thingForm(word, lang);
    // Head noun and modifier: in English the first of two nouns names what the second is made of or
    // for ("paper boat", "coffee cup", "soap bubble"); in Spanish the noun after "de" does ("barco de
    // papel", "osito de peluche"). The modifier is reported, the head drawn.
    const modifier =
      form !== undefined &&
      ((lang === 'en' &&
        next !== undefined &&
        next.clause === clause &&
        !next.comma &&
        form === word &&
        !VERB_HOMOGRAPHS.has(next.word) &&
        !COMMON_VERBS.en.has(next.word) &&
        !/(ing|ed)$/.test(next.word) &&
        anyColour(next.word) === undefined &&
        thingForm(next.word, 'en') !== undefined) ||
        (lang === 'es' &&
          (prev?.word === 'de' || prev?.word === 'del') &&
          prev.clause === clause &&
          uses.length > 0 &&
          uses[uses.length - 1]!.as === 'thing' &&
          words[i - 2]?.word === uses[uses.length - 1]!.word &&
          !ES_QUANTITY.has(words[i - 2]!.word)));
    if (modifier) {
      uses.push({ word, as: 'not-drawn' });
      continue;
    }
    const shapes = form ? shapesForWord(form, lang) : [];
    if (shapes.length) {
      // A plural of a small thing ("flowers", "Blumen") draws a little group.
      // A plural: a plural ending whose removal leaves a word the library knows ("dogs", "flores", "Blumen", "Hunde").
      // A diminutive ("Kätzchen", "gatito") is one thing, not a group.
      const plural = /(s|en|n|e)$/.test(word) && !/(chen|lein)$/.test(word) && forms.slice(1).some(isLibraryWord);
      const groupable = shapeAt(shapes[0]!).place === 'g';
      // Its kind's shape, said so in the report: a synonym listed as the nearest shape (bench → desk), or
      // an English word found only through a tag (its shape's label names neither it nor its folded forms).
      const namesIt = (s: number): boolean =>
        shapeAt(s)
          .label.toLowerCase()
          .split(/[\s-]+/)
          .some((l) => forms.includes(l) || l === form || l === `${form}s` || l === `${form}es`);
      const nearest = NEAREST_SHAPE.has(form!) || (lang === 'en' && THING_SYNONYMS[form!] === undefined && !shapes.some(namesIt));
      uses.push({
        word,
        as: 'thing',
        shapes,
        count: plural && groupable ? 3 : 1,
        colour: colourFor(i, clause),
        ...(plural ? { plural: true } : {}),
        ...(nearest ? { nearest: true } : {}),
        ...(form && SYNONYM_PLACE[form] ? { place: SYNONYM_PLACE[form] } : {}),
      });
      continue;
    }
    uses.push({ word, as: 'not-drawn' });
  }
  return { uses, pose };
}
