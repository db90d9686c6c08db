import { CLASS } from './compose.ts';
import type { SentenceContext } from './compose.ts';
import { anyOf } from './normalize.ts';
import type { Token } from './normalize.ts';
import type { CrisisCategory, CrisisLevel } from './phrase-list.ts';

/**
 * When a found phrase means less than it says (round 2, issue #14): hyperbole and idiom ("I'd
 * rather die than sing karaoke", "my boss is going to kill me", "im dead 💀"), a question the
 * writer was asked ("my therapist asked if I wanted to die and I said no"), words quoted from a
 * song or book, and someone else's crisis described with care ("my friend tried last year, I
 * visited her in hospital"). Each returns whether (or how) a match is discounted; the screen
 * records the reason so a clinician sees what was not counted and why.
 */

/** Laughter and laughing emoji ("lol", "lmaooo", "jajaja", 💀 😂). */
const LAUGH = /^(lol+|lo+l|lmf?a+o+|rofl|ha(ha)+h?|he(he)+|jk|xd+|ja(ja)+j?|je(je)+|hihi)$/;
const LAUGH_EMOJI = /[\u{1F480}\u{1F602}\u{1F923}\u{1F643}\u{1F624}\u{1F605}\u{1F606}]/u;

/** Whether the text laughs anywhere (a word or an emoji). */
export function laughs(tokens: readonly Token[], raw: string): boolean {
  return LAUGH_EMOJI.test(raw) || tokens.some((t) => LAUGH.test(t.text));
}

/** Words after "rather die than …" that make it a real comparison ("than keep living like this"). */
const REAL_AFTER = anyOf(
  'keep|live|living|feel|feeling|be|stay|continue|wake|face|carry|suffer|exist|spend|spending|go|seguir|vivir|' +
  'sentir|weiterleben|leben|weiter'
);

/**
 * "I'd rather die than sing karaoke", "prefiero morirme antes que cantar", "lieber sterbe ich, als
 * zum Zahnarzt zu gehen": a preference voiced as death. Not when what it is compared with is going
 * on living ("I'd rather be dead than keep feeling like this", "than go on").
 */
function ratherThan(tokens: readonly Token[], ctx: SentenceContext, start: number, end: number): boolean {
  const s = ctx.sentence[start];
  let rather = false;
  for (let j = start - 1; j >= Math.max(0, start - 4) && ctx.sentence[j] === s; j--) {
    if (/^(rather|sooner|prefiero|preferiria|lieber)$/.test(tokens[j]!.text)) rather = true;
  }
  if (!rather && !tokens.slice(start, end).some((t) => /^(rather|sooner|prefiero|lieber)$/.test(t.text))) return false;
  for (let j = end; j < Math.min(tokens.length, end + 6) && ctx.sentence[j] === s; j++) {
    if (/^(than|antes|que|als)$/.test(tokens[j]!.text)) {
      const next = tokens[j + 1]?.text ?? '';
      const after = tokens[j + 2]?.text ?? '';
      if (next === 'que' || next === 'zu') return !REAL_AFTER.test(after);
      if (next === 'go' || next === 'ir') return after !== 'on';
      return !REAL_AFTER.test(next);
    }
  }
  return false;
}

/** People whose "going to kill me" is a figure of speech unless a threat is named. */
const EVERYDAY_KILLER = anyOf(
  'mum|mom|mother|mama|mam|dad|father|papa|boss|teacher|coach|sister|sis|brother|bro|grandma|gran|nan|grandpa|' +
  'parents|wife|husband|girlfriend|boyfriend|manager|mate|friend|friends|jefe|jefa|madre|padre|hermana|hermano|' +
  'profe|mutter|vater|chef|schwester|bruder|lehrerin|lehrer'
);
const THREAT = anyOf(
  'said|says|threaten\\w*|told|swore|promised|gun|knife|weapon|tonight|choked|hit|hits|beat|beats|amenaz\\w*|dijo|' +
  'cuchillo|pistola|droht|gedroht|gesagt|messer|waffe'
);
/** "he said he'll kill me if I'm still here": a named threat is no figure of speech, whatever its words. */
export function threatNamed(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  return tokens.some((t, j) => ctx.sentence[j] === ctx.sentence[start] && THREAT.test(t.text));
}
/** Small grievances that make "I'm going to kill him" a figure of speech. */
const GRIEVANCE = anyOf(
  'ate|eats|eat|eating|leftovers|cake|pizza|chocolate|toilet|seat|slippers|hoodie|charger|late|once|spoil\\w*|' +
  'borrow\\w*|stole|puppy|postre|comida|essen|pulli|klobrille|klo|' +
  // Round 7: a pet or a spilt drink ("my cat knocked over my coffee, I'm going to murder him").
  'cat|kitten|dog|coffee|nutella|gato|gata|perro|cafe|katze|kater|hund|kaffee'
);

/** People who could make "bringt mich um" a threat rather than a figure of speech. */
const PERSON_DE = /^(er|sie|freund|mann|vater|stiefvater|ex|partner|bruder|onkel|typ)$/;

/** Whether the text names a task of therapy or home (homework, a worksheet, "la tarea", "die Hausaufgabe"). */
export const namesTask = (tokens: readonly Token[]): boolean => tokens.some((t) => TASK.test(t.text));

/** Tasks whose "do it tonight" is the task ("forgot the homework, will do it tonight"). */
const TASK = anyOf(
  'homework|worksheet|assignment|exercise|exercises|task|tasks|diary|journal|log|laundry|dishes|essay|reading|' +
  'tarea|tareas|deberes|ejercicio|ejercicios|diario|registro|hausaufgabe|hausaufgaben|aufgabe|aufgaben|ubung|ubungen|tagebuch|protokoll'
);

/**
 * "i forgot to do the homework sorry!! will do it tonight", "hago la tarea esta noche": a "do it"
 * whose "it" is a task the text names, with no word of death, harm or means anywhere: a figure of
 * speech, not an intent (round 7).
 */
export function everydayTask(tokens: readonly Token[], ctx: SentenceContext, start: number, end: number): boolean {
  if (!tokens.slice(start, end).some((t) => /^(do|doing|hacerlo|hago|mache|machs|erledige)$/.test(t.text))) return false;
  if (tokens.some((_, j) => ctx.classes[j]! & (CLASS.Death | CLASS.Injure | CLASS.Means))) return false;
  return tokens.some((t, j) => j < end && TASK.test(t.text));
}

/** Whether a counted match is hyperbole rather than risk. */
export function isHyperbole(tokens: readonly Token[], ctx: SentenceContext, raw: string, category: CrisisCategory, start: number, end: number): boolean {
  if (ratherThan(tokens, ctx, start, end)) return true;
  const s = ctx.sentence[start];
  const inSentence = (re: RegExp): boolean => tokens.some((t, j) => ctx.sentence[j] === s && re.test(t.text));
  const span = tokens.slice(start, end);
  if (category === 'abuse-danger' && span.some((t) => /^(kill|kills|murder|matar|mata|umbringen|bringt)$/.test(t.text))) {
    let who = false;
    for (let j = start - 1; j >= Math.max(0, start - 5) && ctx.sentence[j] === s; j--) if (EVERYDAY_KILLER.test(tokens[j]!.text)) who = true;
    if (who && !inSentence(THREAT)) return true;
    // "der Verkehr bringt mich um", "diese Prüfung bringt mich noch um": a thing, not a person, as subject.
    if (span.some((t) => /^(bringt|bringen)$/.test(t.text))) {
      const person = tokens.some((t, j) => j < start && ctx.sentence[j] === s && PERSON_DE.test(t.text));
      if (!person && !inSentence(THREAT)) return true;
    }
  }
  if (category === 'harm-to-others' && (inSentence(GRIEVANCE) || laughs(tokens, raw))) return true;
  // "my kid said 'im literally going to die' because we ran out of nutella": "literally" over a small grievance.
  if (category === 'suicide' && inSentence(/^(literally|literalmente|buchstablich|wortwortlich)$/) && inSentence(GRIEVANCE)) return true;
  // "this homework makes me want to die lol": something that happened, laughed about.
  const madeMe = tokens.slice(Math.max(0, start - 3), start).some((t) => /^(makes|made|making)$/.test(t.text));
  if (category === 'suicide' && madeMe && laughs(tokens, raw)) return true;
  // "im dead 💀", "i'm literally dead" — a state of death with laughter and no wish or intent.
  if (category === 'suicide' && laughs(tokens, raw) && span.some((t) => /^(dead|ded|died|dying|muerta|muerto|tot|gestorben)$/.test(t.text))) {
    const wish = span.some((_, k) => (ctx.classes[start + k]! & (CLASS.Desire | CLASS.Intent)) !== 0);
    if (!wish) return true;
  }
  return false;
}

/**
 * "my therapist asked if I wanted to die and I said no": a question put to the writer is not
 * their statement, unless the sentence answers yes.
 */
export function isAskedQuestion(tokens: readonly Token[], ctx: SentenceContext, start: number): boolean {
  const s = ctx.sentence[start];
  // A form's question answered "no" ("thoughts of hurting yourself this week? no", "¿pensé en hacerme daño? no").
  for (let j = start + 1; j < tokens.length; j++) {
    if (!tokens[j]!.sentenceEnd) continue;
    if (tokens[j]!.text.includes('?') && /^(no|nope|none|nein|nada|ninguno|ninguna|keine|keiner|nie|never)$/.test(tokens[j + 1]?.text ?? '')) return true;
    break;
  }
  let asked = false;
  for (let j = start - 1; j >= Math.max(0, start - 8) && ctx.sentence[j] === s; j--) {
    const before = tokens[j - 1]?.text ?? '';
    if (/^(if|whether|si|ob)$/.test(tokens[j]!.text) && /^(asked|asks|ask|me|pregunto|pregunta|fragte|fragt|gefragt)$/.test(before)) asked = true;
  }
  if (!asked) return false;
  return !tokens.some((t, j) => ctx.sentence[j] === s && /^(yes|si|ja|yeah|yep)$/.test(t.text) && j > start);
}

/** Whether token `j` sits inside double quotes. */
export function quotedTokens(tokens: readonly Token[]): boolean[] {
  let open = false;
  return tokens.map((t) => {
    if (t.text === '"') {
      open = !open;
      return false;
    }
    return open;
  });
}

const CURRENT = anyOf(
  'wants|want|wishes|wish|says|say|keeps|keep|will|going|gonna|threatens|threatening|plans|planning|talks|talking|' +
  'posted|posts|texted|sent|just|tells|quiere|dice|va|amenaza|sagt|droht|schreibt|will'
);
const PAST_EVENT = anyOf(
  'tried|attempted|killed|died|took|committed|overdosed|was|were|had|did|ago|before|passed|lost|losing|used|kept|' +
  'last|intento|murio|suicido|quito|hace|fue|decia|queria|tuvimos|tuve|perdimos|perdi|perdio|fallecio|versuchte|' +
  'versucht|starb|gestorben|umgebracht|genommen|war|vor|damals|sagte|wollte|hatten|hatte|verloren|gegangen|' +
  'verstorben'
);
/** The other person has since died ("passed peacefully last year"): their words are past. */
const DIED = /^(passed|died|murio|fallecio|gestorben|verstorben|gegangen)$/;
/** Signs someone else's crisis may be happening now: "tonight", "right now", "just took", a goodbye, no answer. */
const IMMINENT = /^(tonight|goodbye|answering|roof|despedida|contesta|abschied|abschiedsnachricht|antwortet)$/;
const CARE = anyOf(
  'visited|visit|hospital|better|recovering|recovery|support\\w*|help\\w*|therapist|counsellor|counselor|memorial|' +
  'funeral|vigil|candle|flowers|proud|learned|learnt|contacted|talked|talk|meals|card|charity|walk|apoyo|apoyar|' +
  'ayude|ayudo|terapeuta|funeral|flores|vela|orgullosa|orgulloso|recupera|besucht|krankenhaus|therapeuten|' +
  'beerdigung|kerze|blumen|stolz|geholfen|helfen|told|tell|telling|counseling|counselling|appointment|psychiatrist|conte|dije|cita|' +
  'psicologa|psicologo|psiquiatra|orientadora|orientador|acompano|gesagt|erzahlt|termin|psychiater|psychologin|vertrauenslehrerin'
);
/** The writer says they themselves are fine ("i'm safe and fine myself", "yo estoy bien", "mir geht's gut", "bin froh"). */
const SELF_OK = /^(safe|fine|okay|ok|bien|tranquila|tranquilo|aliviada|aliviado|froh|erleichtert)$/;

/**
 * How someone else's crisis counts for this client: `urgent` when it may be happening now (a
 * goodbye message, "took all her pills", "tonight"); `concern` when it is current ("says she wants
 * to die") or the writer says it weighs on them ("I keep thinking about it"); `none` when it is
 * past or described with care ("tried last year, I visited her in hospital, she's doing better").
 */
export function someoneElseLevel(tokens: readonly Token[], ctx: SentenceContext, start: number, end: number, distressed: boolean): CrisisLevel {
  const s = ctx.sentence[start];
  const sentence = tokens.map((t, j) => (ctx.sentence[j] === s ? t.text : '')).filter((x) => x !== '');
  const now = sentence.some((w, k) => IMMINENT.test(w) || w === 'gerade'
    || (w === 'now' && sentence[k - 1] === 'right') || (w === 'just' && /ed$|^(took|sent|told)$/.test(sentence[k + 1] ?? ''))
    || (w === 'acaba' && sentence[k + 1] === 'de') || (w === 'mismo' && sentence[k - 1] === 'ahora') || (w === 'noche' && sentence[k - 1] === 'esta')
    || (w === 'nacht' && sentence[k - 1] === 'heute'));
  if (now) return 'urgent';
  if (distressed) return 'concern';
  if (tokens.some((t) => DIED.test(t.text))) return 'none';
  const before = tokens.slice(Math.max(0, start - 6), end).filter((_, k) => ctx.sentence[Math.max(0, start - 6) + k] === s).map((t) => t.text);
  const past = before.some((w) => PAST_EVENT.test(w));
  const current = before.some((w) => CURRENT.test(w));
  if (past && !current) return 'none';
  const care = tokens.some((t) => CARE.test(t.text));
  // Someone else's current crisis the writer is already acting on with care (told a parent, an
  // appointment, a counsellor) while saying they themselves are fine is about the other person.
  if (current) return care && tokens.some((t) => SELF_OK.test(t.text)) ? 'none' : 'concern';
  return care ? 'none' : 'concern';
}
