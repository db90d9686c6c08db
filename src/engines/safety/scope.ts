import { CLASS } from './compose.ts';
import type { SentenceContext } from './compose.ts';
import type { Token } from './normalize.ts';
import type { ScreenLanguage } from './phrase-list.ts';

/**
 * Scope of risk words over the whole text (round 4, issue #14): whose crisis it is, when it
 * happened, and whether the writer denies it. The rule layer reads each phrase with the words near
 * it; this reads the text as a therapist would, sentence by sentence:
 *
 * - **whose**: each risk word (death, harm or means) gets an owner — the writer, or someone else —
 *   from the nearest subject before it (`my cousin … took`, `mi hermana intentó suicidarse`,
 *   `eine Kollegin hat … genommen`) or a reflexive beside it (`herself`, `se`, `sich`). Someone
 *   else's crisis, told while the writer says they are safe or acts with care, is not the writer's
 *   risk — unless the writer fears for themselves too ("I'm scared I could do it too").
 * - **when**: a risk word in a sentence placed in a distant past (a year, an age, "in college",
 *   "hace años", "als Teenager") and closed later in the text ("now I'm married", "eso ya pasó",
 *   "das ist vorbei") is history — unless the text says it is back ("again", "vuelven", "wieder").
 * - **denied**: a sentence that denies what its risk words suggest ("not because of anything bad",
 *   "no es nada malo", "nichts Schlimmes", "I'm moving to Portugal").
 *
 * What remains — risk words the writer owns, in the present, not denied — is what the safety floor
 * reads (crisis-screen.ts): any of it that no layer counted is at least a concern when the
 * statistical layer leans to risk. Pure and deterministic, linear in the text.
 */

/** Why a risk word does not count as the writer's own current risk. */
export type ScopeReason = 'someone-else' | 'resolved-past' | 'denied';

export interface TextScope {
  /** Per token: why it is scoped away (risk words and the sentences they sit in), or undefined. */
  readonly away: readonly (ScopeReason | undefined)[];
  /** Risk words the writer owns, now, not denied (token positions). */
  readonly own: readonly number[];
  /** Risk words scoped away (someone else's with care, a closed past, denied). */
  readonly scopedAway: number;
  /** Someone else's crisis, and the writer says it touches their own safety ("I could do it too"). */
  readonly fearForSelf: boolean;
  /** Someone else's crisis may be happening now ("she just took", "right now", "esta noche"). */
  readonly otherNow: boolean;
  /** The text is about someone else and the writer says they are safe ("im not in danger", "yo estoy bien"). */
  readonly writerSafe: boolean;
}

/** Classes that make a word a risk word for scope (what would happen, and with what). */
const RISK = CLASS.Death | CLASS.Injure | CLASS.Means;

/** The writer as subject or object (not a possessive: "my friend" is the friend). */
const SELF: Record<ScreenLanguage, RegExp> = {
  en: /^(i|me|myself|ive|id|ill)$/,
  es: /^(yo|me|conmigo|\w+rme|\w+arme|\w+irme)$/,
  de: /^(ich|mich|mir|ichs)$/,
};

/** Someone else as subject or object: pronouns and the people clients write about. */
const OTHER_WORDS =
  'he|she|they|him|her|them|himself|herself|themselves|themself|friend|friends|bestie|brother|bro|sister|sis|mom|mum|mother|dad|father|' +
  'son|daughter|cousin|uncle|aunt|grandma|grandpa|grandmother|grandfather|nan|gran|granny|boyfriend|girlfriend|partner|husband|wife|ex|' +
  'roommate|flatmate|housemate|coworker|colleague|classmate|student|students|teammate|neighbour|neighbor|patient|client|kid|boy|girl|man|' +
  'woman|guy|someone|somebody|person|nephew|niece|stepdad|stepmom|stepmum|' +
  'ella|ellos|ellas|amigo|amiga|amigos|amigas|hermano|hermana|padre|madre|papa|mama|primo|prima|novio|novia|hijo|hija|tio|tia|abuelo|' +
  'abuela|companero|companera|vecino|vecina|alumno|alumna|paciente|chico|chica|alguien|esposo|esposa|pareja|sobrino|sobrina|suegra|suegro|' +
  'er|sie|ihn|ihm|freund|freundin|kumpel|bruder|schwester|mutter|vater|mama|papa|sohn|tochter|cousin|cousine|onkel|tante|oma|opa|' +
  'kollege|kollegin|mitbewohner|mitbewohnerin|mitschuler|mitschulerin|nachbar|nachbarin|schuler|schulerin|patient|patientin|jemand|' +
  'partnerin|mann|frau|neffe|nichte|stiefvater';
const OTHER = new RegExp(
  `^(${OTHER_WORDS}|auntie|granny|madchen|junge|kind|dads|moms|mums|shed|hed|theyd|shes|hes|theyre|his|their|su|sus|ihrer|ihre|ihres|ihren|seiner|seine|seinem|seinen|seines)$`,
);
/** A reflexive that names someone else as the one harmed ("cut herself", "se corta", "ritzt sich"). */
const OTHER_REFLEXIVE = /^(himself|herself|themselves|themself|sich|se|\w+rse|\w+arse|\w+irse)$/;

/** The writer says they are safe, or acts with care for the other person. */
const CARE = new RegExp(
  '^(safe|fine|ok|okay|alright|drove|sat|stayed|called|call|brought|visited|visit|hospital|helpline|hotline|counselor|counsellor|' +
    'therapist|therapy|rehab|flagged|reported|support|supporting|supported|helped|helping|getting|candle|flowers|grave|memorial|' +
    'funeral|remember|worried|worry|goodbyes|proud|recovering|stable|better|home|' +
    'bien|tranquila|tranquilo|acompane|acompano|lleve|llevamos|llamamos|llame|hable|avise|cita|terapia|psicologo|psicologa|hospital|' +
    'flores|panteon|tumba|velorio|despidiendo|estable|recuperando|ayude|apoyo|comida|' +
    'gut|okay|gefahren|gebracht|angerufen|gesprochen|termin|therapie|krankenhaus|klinik|krisendienst|telefonseelsorge|blumen|grab|kerze|' +
    'verabschieden|stabil|suppe|sorgen|besucht|clinic|clinica|unit|ward|gp|doctor|medico|arzt|hausarzt|coping|preocupa|preocupada|preocupado|hug|hugging|abrazo|abrazando|umarme|umarmen|schenken|hause)$',
);
/** Someone else's crisis is current ("wants to", "says", "keeps", "quiere", "will nicht mehr"). */
const CURRENT = /^(wants|want|wanna|wish|wishes|says|keeps|talks|talking|threatens|planning|quiere|dice|habla|amenaza|will|sagt|redet|droht)$/;
/** Care already under way for someone else's current crisis: a helpline, a counsellor, an appointment, support. */
const CARE_ACTION =
  /^(support|helpline|hotline|counselor|counsellor|therapist|appointment|hospital|clinic|gp|doctor|manager|hr|linea|cita|terapia|psicologo|psicologa|telefonseelsorge|krisendienst|termin|therapie|klinik)$/;
/** The writer says they are safe ("I'm ok", "yo estoy bien", "mir geht es gut"). */
const SAFE = /^(safe|fine|ok|okay|alright|bien|tranquila|tranquilo|gut|okay|sicher)$/;

/** Someone else's crisis happening now: the rules' own urgent reading of it stands. */
const NOW_FOR_OTHER = /^(tonight|now|just|gerade|jetzt|ahorita)$/;

/** A weapon in someone else's hands is danger to the writer, never someone else's crisis told with care. */
const WEAPON = /^(knife|knives|gun|guns|weapon|cuchillo|navaja|pistola|arma|messer|waffe|pistole)$/;

/** The writer fears for themselves too ("I'm scared I could too", "yo también", "ich auch", "part of me was jealous"). */
const TOO = /^(too|also|either|tambien|auch|jealous|envy|envidia|neidisch)$/;
const FEAR =
  /^(scared|afraid|fear|worried|terrified|think|thinking|thought|could|might|way|jealous|envy|miedo|pienso|pensando|salida|haga|podria|angst|denk|denke|ausweg|mache|konnte|neidisch|envidia|imagine|imagining|picture|picturing|imaginar|imaginarme|imaginandome|vorstellen|vor|doing|haciendolo|tun)$/;

/** Words without which no clause says the writer fears for themselves (a quick gate). */
const FEAR_CUE =
  /^(too|also|either|tambien|auch|jealous|envy|envidia|neidisch|salida|ausweg|follow|folgen|envied|beneidet|beneide|seguirlo|seguirla|envidie|envidio)$/;

/** Markers of a distant past ("in 2015", "when I was 19", "a los 16", "als Teenager", "vor Jahren"). */
function pastMarked(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!,
      next = words[k + 1] ?? '',
      prev = words[k - 1] ?? '';
    if (/^(19[5-9]\d|20[0-2]\d)$/.test(w)) return true;
    if (
      /^(ago|back|teens|teenager|childhood|used|once|old|hace|adolescente|adolescencia|joven|nina|nino|antes|solia|damals|fruher|jahren|teenager|schulzeit|studium|jugend|kind|jugendliche)$/.test(
        w,
      )
    ) {
      if (w === 'back' && !/^(in|then|when|at)$/.test(next)) continue;
      // "years ago", "a long time ago" — not "10 min ago", "three days ago"; "hace años", not "hace tres días".
      if (w === 'ago' && !/^(years|year|decade|decades|long|ages)$/.test(prev) && !/^(years|year|decade|long)$/.test(words[k - 2] ?? '')) continue;
      if (w === 'hace' && !/^(anos|ano|mucho|tiempo|decadas)$/.test(next) && !/^(anos|ano|tiempo)$/.test(words[k + 2] ?? '')) continue;
      if (w === 'old' && !/^(me|self|thought|days|therapist|ich|life)$/.test(next)) continue;
      if (w === 'once' && prev !== 'i') continue;
      if (w === 'antes' && next !== 'de') continue;
      if (w === 'jahren' && prev !== 'vor' && words[k - 2] !== 'vor') continue;
      if (w === 'kind' && prev !== 'als') continue;
      if (w === 'joven' && prev !== 'de') continue;
      if ((w === 'nina' || w === 'nino') && prev !== 'de') continue;
      if (w === 'used' && next !== 'to') continue;
      return true;
    }
    // "when i was 19", "at 15", "a los 16", "mit 16", "con 17", "my 17 year old self"
    if (/^(1\d|[2-9]\d)$/.test(w) && /^(was|los|mit|con|age|edad|my)$/.test(prev)) return true;
    if (
      w === 'when' &&
      next === 'i' &&
      /^(was|were)$/.test(words[k + 2] ?? '') &&
      /^(young|younger|little|small|a|in|at|teen\w*|kid|child|student|\d+)$/.test(words[k + 3] ?? '')
    )
      return true;
    if (w === 'when' && next === 'i' && /^(thought|used)$/.test(words[k + 2] ?? '')) return true;
    // "i remember when", "me acuerdo de cuando", "ich erinnere mich an die zeit, als": a memory.
    if (/^(remember|acuerdo|recuerdo|erinnere)$/.test(w) && words.slice(k + 1, k + 6).some((x) => /^(when|cuando|als|zeit|time|epoca)$/.test(x))) return true;
    // "it's been a year since my overdose", "seit drei jahren nicht mehr"
    if (/^(since|desde|seit)$/.test(w) && words.slice(Math.max(0, k - 3), k + 3).some((x) => /^(year|years|ano|anos|jahr|jahren)$/.test(x))) return true;
    if (w === 'cuando' && /^(era|tenia|estaba|iba)$/.test(next)) return true;
    if (
      w === 'als' &&
      /^(ich|teenager|kind|schuler|schulerin|studentin|student|jugendliche|jugendlicher)$/.test(next) &&
      /^(war|noch|klein)$/.test(words[k + 2] ?? 'war')
    )
      return true;
  }
  return false;
}

/** A later statement that closes a past episode ("now I'm married", "that chapter is closed", "hoy tengo 34", "das ist vorbei"). */
const CLOSURE =
  /^(now|today|nowadays|these|closed|behind|over|gone|clean|sober|recovered|married|happy|grateful|new|hoy|ahora|actualmente|paso|supere|recupere|orgullosa|orgulloso|feliz|heute|jetzt|inzwischen|mittlerweile|vorbei|hinter|geschafft|stolz|glucklich|neuer|nueva|nuevo|anymore|glad|wrong|favorita|favorito|stimmt)$/;
/** The episode is back ("again", "lately", "vuelven", "wieder"): not a closed past. */
const RELAPSE = /^(again|lately|recently|relapse|relapsed|still|otra|vuelven|volvio|volvi|recai|todavia|aun|sigo|wieder|zuruck|ruckfall)$/;

/** Sentences that deny what their risk words suggest ("not because of anything bad", "nichts Schlimmes", "I'm moving"). */
const DENIAL =
  / (not because|nothing (bad|dark|wrong)|not (anything )?(bad|dark)|no es (nada )?malo|nada malo|no es por nada|nichts schlimmes|nicht deswegen|moving to|i am moving|we are moving|me mudo|nos mudamos|mudanza|ziehe (um|nach)|wir ziehen|umzug|(put|answered|marked|ticked|scored|circled) (a )?(0|zero|no|none)|(does not|do not|did not) (come up|cross my mind)|puse (un )?(0|cero)|(0|null) angekreuzt|downsizing|declutter\w*|e ?reader|auf e ?reader|ausmisten|miste \w+ aus|(going|off) on (holiday|vacation)|me voy de vacaciones|fahre in den urlaub|me dieron el alta|termino el programa|finished the (group|programme|program))( |$)/;
/** "told people i'm moving. im not", "les dije que me mudaba, no me mudo": the stated reason is a cover. */
const COVER = / (i am not|im not|not moving|not really|no me mudo|no es verdad|ziehe nicht|stimmt nicht|bin nicht)( |$)/;

/** A form's answer at the end of its sentence ("thoughts of being better off dead - not at all"). */
const ANSWERED_NO = / (not at all|para nada|gar nicht|uberhaupt nicht|not once( this (week|month))?|ni una vez|kein einziges mal)$/;

function denied(words: readonly string[], text: string): boolean {
  const s = ` ${words.filter((w) => w !== ',').join(' ')}`;
  return (DENIAL.test(`${s} `) || ANSWERED_NO.test(s)) && !COVER.test(text);
}

/** Position of a statement that the episode is over ("that passed", "eso ya pasó", "das ist vorbei"), or -1. */
function passedMarker(tokens: readonly Token[]): number {
  for (let j = 1; j < tokens.length; j++) {
    const w = tokens[j]!.text,
      p = tokens[j - 1]!.text,
      nx = tokens[j + 1]?.text ?? '';
    if (w === 'paso' && (p === 'ya' || p === 'eso')) return j;
    if (w === 'vorbei' && /^(ist|sind|war)$/.test(p)) return j;
    if (w === 'behind' && nx === 'me' && /^(is|are|all|now)$/.test(p)) return j;
    if (w === 'closed' && /^(is|was)$/.test(p) && tokens[j - 2]?.text === 'chapter') return j;
    if (w === 'passed' && p === 'that') return j;
    if (w === 'gone' && p === 'long') return j;
    if (w === 'atras' && /^(quedo|esta|queda|deje)$/.test(p)) return j;
  }
  return -1;
}

/** The writer says, in so many words, that they are safe. */
const WRITER_SAFE =
  / (i am (ok|okay|fine|safe|alright)|i am not in danger|we are both (ok|okay|fine)|(yo )?estoy (bien|tranquila|tranquilo|a salvo)|no estoy en peligro|mir geht es (gut|okay)|mir gehts (gut|okay)|ich bin (okay|sicher)|bin nicht in gefahr)( |$)/;

/** Owner of a risk word: the nearest subject or reflexive around it. */
function ownerOf(tokens: readonly Token[], ctx: SentenceContext, j: number, end = j + 1): 'self' | 'other' | 'unknown' {
  const self = SELF[ctx.language];
  // A phrase that names the writer ("estarían bien sin mí", "better off without me") is theirs.
  for (let k = j + 1; k < end; k++) if (self.test(tokens[k]!.text) || /^(mi|my|mein|meine)$/.test(tokens[k]!.text)) return 'self';
  const s = ctx.sentence[j];
  for (const k of [j + 1, j + 2]) {
    const t = tokens[k]?.text ?? '';
    if (ctx.sentence[k] !== s) break;
    if (OTHER_REFLEXIVE.test(t) && !(ctx.language === 'es' && t === 'se' && k === j + 2)) return 'other';
    if (/^(myself|mich|mir)$/.test(t)) return 'self';
  }
  if (ctx.language === 'es' && /(rme|arme|irme)$/.test(tokens[j]!.text)) return 'self';
  if (ctx.language === 'es' && /(rse|arse|irse)$/.test(tokens[j]!.text)) return 'other';
  for (let k = j - 1; k >= Math.max(0, j - 10) && ctx.sentence[k] === s; k--) {
    const t = tokens[k]!.text;
    if (self.test(t)) return 'self';
    if (/^(sich|himself|herself|themselves)$/.test(t)) return 'other';
    if (OTHER.test(t)) {
      // "a friend of mine", "un amigo mío": still someone else.
      return 'other';
    }
  }
  return 'unknown';
}

/** Clause number of each token (a new clause after every boundary). */
function clauses(tokens: readonly Token[]): number[] {
  let id = 0;
  return tokens.map((t) => (t.boundary ? ++id : id));
}

const NEGATED = /^(not|never|no|nothing|nunca|jamas|ni|nada|nicht|nie|niemals|kein|keine|keinen|nichts|nix)$/;

/**
 * Words of the classes that say little on their own ("sleep", "wake", "end", "life", "burnt out"):
 * not risk words for scope (a rule phrase that contains them is read through its own first word).
 */
const WEAK =
  /^(sleep|sleeping|slept|wake|woke|woken|waking|end|ending|ended|exist|existing|alive|gone|life|live|living|burnt|burned|leben|lebe|vivir|vida|vivo|despertar|dormir|existir|aufwachen|schlafen|urgent|hice|hizo|hacer)$/;

/**
 * Reads the scope of the text's risk words: those of the word classes, and the first word of each
 * counted rule match (`spans` [start, end), so a phrase like "sobredosis" or "stopped eating" is scoped too).
 */
export function textScope(tokens: readonly Token[], ctx: SentenceContext, spans: readonly (readonly [number, number])[] = [], otherCrisis = false): TextScope {
  const n = tokens.length;
  const away: (ScopeReason | undefined)[] = new Array(n).fill(undefined);
  const marked = new Map(spans.map(([a, b]) => [a, b]));
  const risk: number[] = [];
  for (let j = 0; j < n; j++) if ((ctx.classes[j]! & RISK && !WEAK.test(tokens[j]!.text)) || marked.has(j)) risk.push(j);
  const sentences = ctx.sentence.length ? ctx.sentence[n - 1]! + 1 : 0;
  const words: string[][] = Array.from({ length: sentences }, () => []);
  for (let j = 0; j < n; j++) if (/^[a-z0-9,]/.test(tokens[j]!.text)) words[ctx.sentence[j]!]!.push(tokens[j]!.text);
  const clause = clauses(tokens);
  const whole = ` ${tokens.map((t) => t.text).join(' ')} `;
  const owner = risk.map((j) => ownerOf(tokens, ctx, j, marked.get(j)));

  // Whose: someone else's crisis, told with care or while safe, with no risk word of the writer's own.
  const otherRisk = risk.filter((_, k) => owner[k] === 'other');
  // Someone else's crisis going on now ("she wants to kill herself") is theirs only when the writer
  // also says they are safe; a past one ("tried last month") when told with care or while safe.
  const current = otherRisk.some((j) => tokens.some((t, k) => ctx.sentence[k] === ctx.sentence[j] && Math.abs(k - j) <= 4 && CURRENT.test(t.text)));
  const care = current
    ? tokens.some((t) => SAFE.test(t.text) || CARE_ACTION.test(t.text)) && tokens.some((t) => CARE.test(t.text))
    : tokens.some((t) => CARE.test(t.text));
  const otherNow = otherRisk.some((j) =>
    tokens.some(
      (t, k) =>
        ctx.sentence[k] === ctx.sentence[j] &&
        NOW_FOR_OTHER.test(t.text) &&
        !(t.text === 'now' && /^(is|are|she|he|they|esta|ist)$/.test(tokens[k - 1]?.text ?? '')),
    ),
  );
  let fearForSelf = false;
  // Only a clause with a "too", a fear or a following word can say it: most texts have none.
  if ((otherRisk.length || otherCrisis || tokens.some((t) => OTHER.test(t.text))) && tokens.some((t) => FEAR_CUE.test(t.text))) {
    const byClause: number[][] = [];
    for (let k = 0; k < n; k++) (byClause[clause[k]!] ??= []).push(k);
    for (const idx of byClause) {
      if (!idx) continue;
      const has = (re: RegExp): boolean => idx.some((k) => re.test(tokens[k]!.text));
      if (has(SELF[ctx.language]) && has(TOO) && has(FEAR)) fearForSelf = true;
      // "maybe that's my way out too", "esa también es mi salida", "auch mein Ausweg"
      if (has(TOO) && has(/^(salida|ausweg)$/)) fearForSelf = true;
      if (has(/^(way)$/) && has(/^(out)$/) && has(TOO)) fearForSelf = true;
      // "i should follow him", "debería seguirlo", "ob ich ihm folgen sollte", "i envied him".
      if (has(SELF[ctx.language]) && has(/^(follow|folgen|envied|envy|beneidet|beneide)$/)) fearForSelf = true;
      if (has(/^(seguirlo|seguirla|envidie|envidio)$/)) fearForSelf = true;
    }
  }

  // When: a risk word in a distant past, closed by a later statement, with no relapse.
  const relapse =
    tokens.some((t, k) => RELAPSE.test(t.text) || (t.text === 'back' && /^(is|are|came|come|coming|am|its|were)$/.test(tokens[k - 1]?.text ?? ''))) &&
    !tokens.some((t, k) => t.text === 'anymore' && NEGATED.test(tokens[k - 1]?.text ?? ''));
  const closedAfter = (j: number): boolean => {
    for (let k = j + 1; k < n; k++) {
      if (!CLOSURE.test(tokens[k]!.text)) continue;
      // The closing clause carries no risk of its own.
      const c = clause[k];
      if (!tokens.some((_, m) => clause[m] === c && ctx.classes[m]! & RISK && !WEAK.test(tokens[m]!.text))) return true;
    }
    return false;
  };

  // "eso ya pasó", "that's behind me", "das ist vorbei": what came before it is declared over.
  const passedAt = passedMarker(tokens);
  // Each sentence's denial and distant past, read once.
  const deniedS = words.map((w) => denied(w, whole));
  const pastS = words.map((w) => pastMarked(w));
  const thoughtDenied = deniedThoughts(tokens, clause);
  for (let k = 0; k < risk.length; k++) {
    const j = risk[k]!;
    const s = ctx.sentence[j]!;
    if (!relapse && passedAt > j && clause[passedAt] !== clause[j]) {
      away[j] = 'resolved-past';
      continue;
    }
    if (deniedS[s] || thoughtDenied.has(clause[j]!)) away[j] = 'denied';
    else if (!relapse && pastS[s] && closedAfter(j)) away[j] = 'resolved-past';
    else if (owner[k] === 'other' && (care || pastS[s]) && !otherNow && !fearForSelf && !WEAPON.test(tokens[j]!.text)) away[j] = 'someone-else';
  }
  // Sentences whose risk words are all scoped away carry the reason (a preparation phrase there,
  // "writing letters to everyone … not because of anything bad", is scoped with them).
  for (let s = 0; s < sentences; s++) {
    const inS = risk.filter((j) => ctx.sentence[j] === s);
    const reasons = inS.map((j) => away[j]);
    let reason: ScopeReason | undefined = inS.length && reasons.every((r) => r !== undefined) ? reasons[0] : undefined;
    if (!inS.length && deniedS[s]) reason = 'denied';
    if (reason) for (let j = 0; j < n; j++) if (ctx.sentence[j] === s && away[j] === undefined) away[j] = reason;
  }
  const own = risk.filter((j, k) => away[j] === undefined && owner[k] !== 'other' && !negatedBefore(tokens, clause, j));
  // A denied sentence counts as scoped even with no risk word in it ("giving my furniture away, I'm moving").
  const deniedSentences = deniedS.filter((d, s) => d && !risk.some((j) => ctx.sentence[j] === s)).length;
  const writerSafe = WRITER_SAFE.test(whole) && tokens.some((t) => OTHER.test(t.text)) && !otherNow;
  return { away, own, scopedAway: risk.filter((j) => away[j] !== undefined).length + deniedSentences, fearForSelf, otherNow, writerSafe };
}

/**
 * Round 11: clauses that deny a thought, an intention or a plan rather than an act — "ningún
 * pensamiento de morirme", "Suizidgedanken hab ich keine", "ich habe keinerlei Absicht, mir das Leben
 * zu nehmen", "ni se me pasa por la cabeza quitarme la vida", "ya no lo pienso para nada" — and
 * spoken answers to a question about them ("suizidal? nee", "Suizidgedanke: nei", "ob ich lebensmüde
 * bin. Nein"). The negation stands before the noun or after it (German puts "keine" last), so the
 * risk word is not "negated before" in its clause. A clause whose denied noun ends it also covers
 * the next one ("keinerlei Absicht, | mir das Leben zu nehmen"). Never where living is what is
 * denied ("sin ganas de vivir", "no plans to keep living": the denial is the risk) or where the
 * clause keeps an exception ("keine Gedanken außer an den Tod", "no pienso en otra cosa").
 */
const THOUGHT_NOUN = '(thoughts?|intentions?|intent|plans?|urges?|ideas?|pensamientos?|intencion|intenciones|planes|plan|\\w*gedanken?|\\w*absicht(en)?|plane)';
const DENIED_THOUGHT = new RegExp(
  [
    ` (no|zero|not any|never had any|never have|dont have any|do not have any|have not had any|havent had any) (\\w+ ){0,1}${THOUGHT_NOUN} (of|to|about|at)\\b`,
    ' (i am|im) not (suicidal|going to hurt myself)\\b',
    ` (ningun|ninguna|ningunos|ningunas|nada de|sin|no tengo|no he tenido|no he vuelto a tener|ya no tengo|cero) (\\w+ ){0,2}${THOUGHT_NOUN}\\b`,
    ' (ni|no|ya no|nunca) (lo|eso) (pienso|pense|he pensado)\\b',
    ' no pienso en (morirme|matarme|eso|hacerme|la muerte|quitarme|suicidarme)\\b',
    ' sin pensar en\\b',
    ' (ni|no) se me (pasa|paso|ha pasado) por la cabeza\\b',
    ' nada que ver con\\b',
    ` (keine|keinerlei|kein|keinen|null|nie) (\\w+ ){0,1}${THOUGHT_NOUN}\\b`,
    ` ${THOUGHT_NOUN} (\\w+ ){0,6}(hab|habe|hatte|have|had|tengo|tuve) (ich |i )?(keine|keinerlei|nicht|nie|none|ninguno|ninguna)\\b`,
  ].join('|'),
);
const TAIL_NOUN = new RegExp(`\\b${THOUGHT_NOUN}$`);
/** What is denied is living, or the clause keeps an exception: not a denial. */
const DENIAL_EXCEPT = /(leben|viv|\blive|\bliving|alive|weiter|seguir|\bstay|bleib|ausser|except|\bsalvo\b|otra cosa|\bsino\b|anything else|\bbut\b|\bnur\b|\bonly\b)/;
/** A question or a form's field about such thoughts ("suizidal?", "Suizidgedanke:", "lebensmüde bin"). */
const ASKED_ABOUT = /^(suicidal|suizidal|lebensmude|suicida|\w*gedanken?|thoughts?|pensamientos?|ideas?|sterben|sterbn|tod|suicide|suizid|suicidio)$/;
/** A question mark or a field's colon or dash closes the question; "ob", "whether", "si" report one. */
const ASKS = /^[?:-]/;
const REPORTED_QUESTION = /^(ob|whether|if|si|asked|asks|fragte|gefragt|fragt|wissen|pregunto|pregunta|preguntaron)$/;
/** A spoken "no" that answers it. */
const NO_ANSWER = /^(no|nope|nah|none|nein|nee|nei|na|noe|keine|nada|ninguno|ninguna|never|nie|nunca)$/;

/** "mir das Leben nehmen", "quitarme la vida", "take my life": a life taken is no living denied. */
const LIFE_TAKEN = /\b(das|dem|el|la|my|mein|meinem|own|su|sein|their) (leben|vida|life)\b/g;
const except = (s: string): boolean => DENIAL_EXCEPT.test(s.replace(LIFE_TAKEN, ' '));

/** Clause numbers whose risk words the writer denies having as thoughts, intentions or plans. */
function deniedThoughts(tokens: readonly Token[], clause: readonly number[]): Set<number> {
  const out = new Set<number>();
  const byClause: Token[][] = [];
  for (let k = 0; k < tokens.length; k++) (byClause[clause[k]!] ??= []).push(tokens[k]!);
  for (let c = 0; c < byClause.length; c++) {
    const ws = (byClause[c] ?? []).filter((t) => !t.boundary || /^[a-z]/.test(t.text)).map((t) => t.text);
    if (!ws.length) continue;
    const s = ` ${ws.join(' ')} `;
    // The next clause with words, and the punctuation before it ("gedanken ans sterben" | " | : | keine).
    let d = c + 1;
    while (d < byClause.length && !(byClause[d] ?? []).some((t) => !t.boundary)) d++;
    const between = byClause.slice(c + 1, d + 1).flatMap((x) => (x ?? []).filter((t) => t.boundary).map((t) => t.text));
    const next = (byClause[d] ?? []).filter((t) => !t.boundary).map((t) => t.text);
    const m = DENIED_THOUGHT.exec(s);
    if (m && !except(s.slice(m.index))) {
      out.add(c);
      // "keinerlei Absicht, | mir das Leben zu nehmen": the noun ends its clause, its complement follows.
      const tail = ws.slice(-2).join(' ');
      if (TAIL_NOUN.test(tail) && next.length && !except(` ${next.join(' ')} `)) for (let e = c + 1; e <= d; e++) out.add(e);
      continue;
    }
    // "suizidal? | nee", "Suizidgedanke: | nei", "ob ich lebensmüde bin. | Nein, bin ich nicht": a
    // question or a field, then a short "no" — not "ich denke an den Tod. | Nein, ich halte …".
    const asked = between.some((b) => ASKS.test(b)) || ws.some((w) => REPORTED_QUESTION.test(w));
    if (asked && ws.some((w) => ASKED_ABOUT.test(w)) && next.length >= 1 && next.length <= 3 && NO_ANSWER.test(next[0]!)) out.add(c);
  }
  return out;
}

/** A negation earlier in the risk word's clause ("i would never take my own life"). */
function negatedBefore(tokens: readonly Token[], clause: readonly number[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 6) && clause[k] === clause[j]; k--) if (NEGATED.test(tokens[k]!.text)) return true;
  return false;
}
