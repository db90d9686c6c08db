import { CLASS } from './compose.ts';
import type { CompositeMatch, SentenceContext } from './compose.ts';
import { anyOf } from './normalize.ts';
import type { Token } from './normalize.ts';
import type { ScreenLanguage } from './phrase-list.ts';

/**
 * Art-therapy descriptions (round 2, issue #14): a client describing what they drew or asked the
 * studio to make — themselves dead, hanging, drowning, in a coffin, at their own funeral,
 * disappearing, or their family happy without them. Read from three parts, for clinical review:
 * an art frame (drew, painted, picture, title, song …), the writer as the subject ("me",
 * "myself", "my own", "I am", "the girl is me") and a depiction of death or vanishing. A skull
 * for a tattoo, a dead tree, a Halloween coffin or grandpa's funeral name no self and do not count.
 */

interface ArtWords {
  readonly frame: RegExp;
  /** Words that make the writer the subject of the picture. */
  readonly self: RegExp;
  /** "my" / "mi" / "mein" directly before one of these is the writer too ("my funeral"). */
  readonly mine: RegExp;
  readonly ownNoun: RegExp;
  readonly depiction: RegExp;
  /** "the girl is me", "la chica soy yo", "das mädchen bin ich", "this is me". */
  readonly identity: (t: readonly string[], j: number) => boolean;
}

const WORDS: Record<ScreenLanguage, ArtWords> = {
  en: {
    frame: anyOf(
      'draw|drew|drawn|drawing|drawings|paint|painted|painting|paintings|sketch\\w*|picture|pictures|image|images|' +
        'portrait|collage|artwork|title|titled|song|lullaby|music|generate|coloured|colored|sculpture|comic|' +
        'illustration|photo|render|prompt|prompts',
    ),
    self: /^(me|myself)$/,
    mine: /^(my|own)$/,
    // "my funeral", "a gravestone with my name on it"
    ownNoun: /^(funeral|grave|gravestone|tombstone|coffin|casket|death|body|wrists|arms|burial|corpse|name|empty)$/,
    depiction: anyOf(
      'dead|death|dying|die|coffin|casket|funeral|grave|gravestone|tombstone|buried|burial|hanging|hanged|noose|' +
        'drowning|drowned|underwater|bottom|falling|disappearing|disappear|vanishing|fading|ghost|skeleton|bleeding|' +
        'cuts|heartbeat|without|existing|forever|gone|corpse|lifeless|suicide|relieved|tracks|rails',
    ),
    identity: (t, j) => (t[j] === 'is' && t[j + 1] === 'me') || (t[j] === 'i' && t[j + 1] === 'am' && t[j + 2] === 'the'),
  },
  es: {
    frame: anyOf(
      'dibujo|dibuje|dibuja|dibujame|dibujar|dibujado|pinte|pinta|pintame|pintar|pintura|cuadro|imagen|retrato|' +
        'autorretrato|titulo|cancion|musica|collage|foto|prompt',
    ),
    // "píntame", "dibújame", "hazme": the clitic carries the writer.
    self: /^(me|\w+ame|hazme|soy|estoy)$/,
    mine: /^(mi|propio|propia)$/,
    ownNoun: /^(funeral|tumba|lapida|ataud|muerte|cuerpo|munecas|brazos|entierro|nombre)$/,
    depiction: anyOf(
      'muerta|muerto|muerte|morir|morirme|ataud|funeral|tumba|lapida|enterrada|enterrado|colgando|ahorcada|ahorcado|' +
        'ahogandome|ahogandose|ahogada|ahogado|colgada|colgado|desapareciendo|desaparece|desaparecer|fantasma|esqueleto|cayendo|' +
        'sangrando|cortes|sin|siempre|vias',
    ),
    identity: (t, j) => (t[j] === 'soy' && t[j + 1] === 'yo') || (t[j] === 'es' && (t[j + 1] === 'yo' || t[j + 1] === 'mi')),
  },
  de: {
    frame: /^(gemalt|gezeichnet|mal|male|malte|zeichne|zeichnung|bild|bilder|portrat|selbstportrat|titel|lied|musik|collage|skizze|foto|prompt)$/,
    self: /^(mich|mir)$/,
    mine: /^(mein|meine|meinen|meinem|eigene|eigenes|eigenen)$/,
    ownNoun: /^(beerdigung|grab|grabstein|sarg|tod|korper|handgelenke|arme|namen)$/,
    depiction: anyOf(
      'tot|tote|toter|tod|sterbe|sterben|sarg|beerdigung|grab|grabstein|begraben|hange|hangend|erhangt|ertrinke|' +
        'ertrinkt|ertrunken|verschwinde|verschwindet|verschwinden|geist|skelett|falle|fallend|blutend|schnitte|ohne|' +
        'immer|gleisen|gleise|schienen',
    ),
    identity: (t, j) => t[j] === 'bin' && t[j + 1] === 'ich',
  },
};

/** Participles that describe the subject's own state ("ich … hängend", "yo colgada"). */
const STATE =
  /^(hangend|erhangt|tot|ertrunken|begraben|aufgebahrt|colgada|colgado|colgando|muerta|muerto|ahorcada|ahorcado|enterrada|enterrado|ahogada|ahogado)$/;

/** A time that, with an intent ("I'm going there tonight"), makes the artwork urgent. */
const SOON = /^(tonight|tomorrow|soon|weekend|noche|manana|pronto|finde|nacht|morgen|bald|wochenende)$/;

/** Future forms that, with a time, say the picture shows what is going to happen ("so wird es morgen aussehen"). */
const FUTURE = /^(will|wird|werde|going|gonna|va|vas|sera)$/;
const LOOK = /^(look|aussehen|ver|verse|verme)$/;
const WHEN = /^(when|wenn|cuando)$/;
const HAPPENS = /^(happens|passiert|pase|suceda|ocurra)$/;

const BATH = /^(bath|bathtub|tub|banera|tina|badewanne|wanne)$/;
const BLOOD = /^(blood|bloody|sangre|blut|blutig|blutiges)$/;
const RED = /^(red|roja|rojo|rot|rotes|rote|roten)$/;
const WATER = /^(water|agua|wasser)$/;
const ROPE = /^(strick|seil|schlinge|cuerda|soga|rope|noose)$/;

/** Words within which the writer and the depiction must sit in one sentence. */
const REACH = 8;

/** An art description that shows the writer dead or vanishing (concern; urgent with a time). */
export function artMatches(tokens: readonly Token[], ctx: SentenceContext): CompositeMatch[] {
  const w = WORDS[ctx.language];
  const t = tokens.map((x) => x.text);
  const identity = t.some((_, j) => w.identity(t, j)) || t.some((x, j) => x === 'this' && t[j + 1] === 'is' && t[j + 2] === 'me');
  if (!identity && !t.some((x) => w.frame.test(x))) return [];
  const selfAt: number[] = [];
  for (let j = 0; j < t.length; j++) {
    const pronoun =
      (ctx.language === 'en' && t[j] === 'i' && /^(am|was)$/.test(t[j + 1] ?? '')) ||
      // "hänge ich", "estoy yo": the subject pronoun right beside a depiction.
      ((t[j] === 'ich' || t[j] === 'yo') && (w.depiction.test(t[j - 1] ?? '') || w.depiction.test(t[j + 1] ?? ''))) ||
      // "wie ich an einem Strick … hänge": a verb-final clause puts the depiction at its end.
      (t[j] === 'ich' && t[j - 1] === 'wie' && t.slice(j + 1, j + 8).some((x, k) => x === 'hange' && ctx.sentence[j + 1 + k] === ctx.sentence[j])) ||
      // "ich am Baum hängend", "yo colgada del árbol": the pronoun as subject of a state a few words on.
      ((t[j] === 'ich' || t[j] === 'yo') && t.slice(j + 1, j + 6).some((x, k) => STATE.test(x) && ctx.sentence[j + 1 + k] === ctx.sentence[j]));
    if (w.self.test(t[j]!) || pronoun || (w.mine.test(t[j]!) && w.ownNoun.test(t[j + 1] ?? ''))) selfAt.push(j);
  }
  const inSentenceOf = (j: number, re: RegExp): boolean => t.some((x, k) => ctx.sentence[k] === ctx.sentence[j] && re.test(x));
  for (let j = 0; j < t.length; j++) {
    // A bath with red water or blood: the writer bleeding out (round 5).
    const bleedingBath =
      BATH.test(t[j]!) &&
      (inSentenceOf(j, BLOOD) ||
        t.some((x, k) => ctx.sentence[k] === ctx.sentence[j] && RED.test(x) && t.slice(Math.max(0, k - 2), k + 3).some((y) => WATER.test(y))));
    if (!w.depiction.test(t[j]!) && !bleedingBath) continue;
    // "ich hänge das Bild auf" hangs a picture; "hänge ich an einem Baum" or "an einem Strick … hänge" hangs from something.
    if (t[j] === 'hange' && !t.slice(j + 1, j + 4).includes('an') && !inSentenceOf(j, ROPE)) continue;
    // "without me" only counts as "without" when "me" follows; "forever" and "gone" only after a state word.
    if ((t[j] === 'without' || t[j] === 'sin' || t[j] === 'ohne') && !w.self.test(t[j + 1] ?? '')) continue;
    // Lying on the tracks: only the writer's own body placed there ("my body on the train tracks").
    if (/^(tracks|rails|vias|gleisen|gleise|schienen)$/.test(t[j]!) && !selfAt.some((k) => k < j && j - k <= 5)) continue;
    const near = selfAt.find((k) => Math.abs(k - j) <= REACH && ctx.sentence[k] === ctx.sentence[j]);
    if (near === undefined && !identity) continue;
    const a = Math.min(j, near ?? j),
      b = Math.max(j, near ?? j) + 1;
    // A time with an intent, or a picture of how it "will look tomorrow" / "for when it happens": the
    // artwork shows a death the writer expects soon.
    const future = t.some((x, k) => LOOK.test(x) && t.slice(Math.max(0, k - 4), k).some((y) => FUTURE.test(y)));
    const soon =
      (t.some((x) => SOON.test(x)) && (future || ctx.classes.some((c) => (c & CLASS.Intent) !== 0))) ||
      // "it's me tonight", "das bin ich morgen": the time sits on the writer in the picture.
      t.some((x, k) => SOON.test(x) && (selfAt.some((q) => Math.abs(q - k) <= 2) || (identity && /^(me|yo|ich)$/.test(t[k - 1] ?? '')))) ||
      // "draw me hanging from a tree tonight": the time closes the writer's own depiction (round 7).
      (near !== undefined && t.some((x, k) => SOON.test(x) && k > j && k - j <= 6 && ctx.sentence[k] === ctx.sentence[j])) ||
      t.some((x, k) => WHEN.test(x) && HAPPENS.test(t[k + 2] ?? ''));
    return [
      {
        category: 'suicide',
        sign: 'art',
        level: soon ? 'urgent' : 'concern',
        start: a,
        end: b,
        language: ctx.language,
        namesSelf: true,
        gaps: [],
        reason: soon ? 'describes an artwork of themselves dead or gone, with a time' : 'describes an artwork of themselves dead, dying or disappearing',
      },
    ];
  }
  return [];
}
