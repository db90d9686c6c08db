import { CLASS } from './compose.ts';
import type { CompositeMatch, SentenceContext } from './compose.ts';
import type { Token } from './normalize.ts';
import type { CrisisSign } from './phrase-list.ts';

/**
 * Preparation, veiled farewells and overdose as self-harm (round 4, issue #14), read from their
 * parts rather than listed as phrases. Each is C-SSRS preparatory behaviour or an actual attempt,
 * and urgent:
 *
 * - **giving things away** with finality: a giving verb and the writer's belongings or pet, and a
 *   word that closes it ("I won't need them", "todo en orden", "alles erledigt", "I'm ready"), or
 *   belongings and a pet given away together;
 * - **arranging care** for children or pets for good, or without saying why;
 * - **messages for later**: a recorded message or video for each person, for birthdays to come,
 *   for when the writer is gone;
 * - **the therapy ending**: the writer will not be here / alive for the next session, or cancels
 *   every appointment for good;
 * - **acquiring means** in several shops, and **settling affairs** (contracts cancelled, rent paid
 *   ahead "so nobody is stuck with it");
 * - **overdose and substance as self-harm**: taking, mixing, doubling or injecting a substance on
 *   purpose ("hoping I don't wake up", "a propósito", "absichtlich") or in an amount no one takes
 *   by accident ("everything in the cabinet", "todo el frasco", "die doppelte Dosis"), now or in
 *   the last days.
 *
 * A denied or benign reason ("because I'm moving"), someone else as the subject, a closed past or a
 * negation are left to the rule layer's modifiers and the text scope (scope.ts). Pure.
 */

const GIVE =
  /^(geb|gebe|give|doy|dare|gave|given|giving|gifted|donated|regale|regalo|regalando|regalado|done|doné|verschenkt|verschenke|verschenkt|geschenkt|vermacht|weggegeben|abgegeben|uberlassen)$/;
const BELONGING =
  /^(kamera|camara|lenses|objetivos|objektive|guitar|records|vinyl|clothes|books|laptop|tablet|phone|camera|bike|jewellery|jewelry|ring|watch|paints|brushes|stuff|things|belongings|console|games|plants|guitarra|ropa|libros|pinceles|discos|cosas|joyas|anillo|reloj|bici|plantas|gitarre|klamotten|kleidung|bucher|platten|plattenspieler|sachen|schmuck|uhr|fahrrad|pflanzen|pinsel|konsole)$/;
const PET =
  /^(rabbits|hamsters|birds|conejos|katzen|hunde|dog|cat|cats|dogs|puppy|kitten|rabbit|hamster|bird|perro|perra|perrito|gata|gato|gatos|conejo|hund|hundin|katze|kater|kaninchen|vogel)$/;
const DEPENDENTS = /^(kids|children|son|daughter|baby|ninos|hijos|hijas|nenes|kinder|sohn|tochter|kleinen)$/;
/** Words that close a giving-away or an arrangement: nothing is meant to come after it. */
const FINALITY =
  /^(ready|sorted|done|settled|lista|listo|orden|preparada|preparado|bereit|erledigt|geregelt|schluss|fertig|good|siempre|immer|forever|after|despues|danach)$/;
const NO_NEED = /^(need|needing|necesitar|necesito|necesitare|brauch|brauche|brauchen)$/;
const CARE_FOR = /^(take|takes|taking|keep|look|care|raise|quede|quedara|cuide|cuidara|nehmen|nimmt|kummert|kummern|behalt|behalten)$/;
const FOR_GOOD = /^(good|forever|siempre|immer)$/;
const SECRET = /^(why|know|sabe|saben|warum|weiss|ahnung)$/;

const RECORD = /^(recorded|record|recording|filmed|scheduled|grabe|grabando|programe|aufgenommen|aufgenommen|aufgezeichnet|geplant|eingesprochen)$/;
const MESSAGE = /^(message|messages|video|videos|voice|mensaje|mensajes|audio|audios|nachricht|nachrichten|sprachnachricht|sprachnachrichten)$/;
const LATER = /^(each|every|birthdays|birthday|when|after|cada|cumpleanos|cuando|jede|jeden|geburtstag|geburtstage|wenn|spater)$/;

const SESSION = /^(session|sessions|appointment|appointments|sesion|sesiones|cita|citas|termin|termine|sitzung|sitzungen|stunde)$/;
const EXIST = /^(here|around|alive|estar|da|am|leben)$/;
const CANCEL = /^(cancel|cancelled|canceled|cross|delete|cancelar|cancela|tacha|borra|streichen|absagen|loschen|austragen)$/;
const END_ALL = /^(good|anymore|after|more|siempre|mas|immer|mehr|any)$/;

const SEARCH =
  /^(searched|looked|looking|googled|googling|researched|researching|busque|buscado|buscando|googlee|investigue|gegoogelt|googeln|gesucht|recherchiert|nachgeschaut|nachgelesen)$/;
const HOW_MUCH = /^(many|much|cuantas|cuantos|cuanto|cuanta|viele|viel|wieviel|wieviele)$/;
const SHOPS = /^(pharmacies|pharmacy|chemists|shops|stores|farmacias|tiendas|apotheken|laden|drogerien|geschaften)$/;
const SEVERAL =
  /^(different|several|various|multiple|two|three|four|five|distintas|varias|diferentes|dos|tres|cuatro|verschiedenen|mehreren|zwei|drei|vier|funf)$/;
const SETTLE =
  /^(cancelled|canceled|cancel|paid|pay|closed|gekundigt|kundige|kundigung|kundigungen|abgemeldet|ausgeraumt|leergeraumt|cleared|emptied|vacie|bezahlt|uberwiesen|cancele|pague|cerre|baja)$/;
const AFFAIRS =
  /^(contract|contracts|subscription|subscriptions|rent|gym|account|debts|bills|insurance|phone|lease|contrato|contratos|renta|alquiler|deudas|cuentas|seguro|movil|telefono|gimnasio|vertrag|vertrage|handyvertrag|miete|schulden|rechnungen|abos|konto|versicherung|handy|fitnessstudio|wohnung|job)$/;
const SO_NOBODY = /^(nobody|noone|nadie|keiner|niemand|after|despues|danach|ahead|advance|adelantado|voraus)$/;

const TAKE =
  /^(took|taken|take|taking|swallowed|swallow|mixed|mixing|mix|doubled|injected|od|odd|overdosed|downed|necked|tome|tomado|tomando|meti|trague|tragado|mezclando|mezcle|inyecte|genommen|nehme|nehm|nimm|geschluckt|schluck|gespritzt|reingezogen|gemischt|misch|mische|eingeworfen|ballern|geballert)$/;
const SUBSTANCE =
  /^(pills|pill|meds|medication|tablets|insulin|xanax|xanex|xannies|benzos|valium|diazepam|lorazepam|clonazepam|tavor|oxy|oxys|oxycodone|fentanyl|heroin|lithium|paracetamol|tylenol|ibuprofen|sertraline|sertaline|seroquel|ambien|painkillers|antidepressants|sleeping|vodka|alcohol|ghb|opioids|pastillas|pastilla|medicamentos|insulina|litio|ibuprofeno|clonazepam|rivotril|antidepresivos|tequila|alcohol|somniferos|tabletten|schlaftabletten|medikamente|wodka|schnaps|alkohol|schmerzmittel|antidepressiva|dosis)$/;
const ON_PURPOSE = /^(purpose|deliberately|intentionally|hoping|proposito|adrede|absichtlich|egal|care|importa)$/;
/** A habit ("most nights", "every weekend", "siempre", "jeden Abend") is substance misuse, a concern the rules read; not an overdose now. */
const HABIT = /^(most|every|usually|always|often|siempre|cada|seguido|jeden|jede|immer|oft|meistens|manchmal|sometimes)$/;
/** An absence with its reason ("on holiday", "de vacaciones", "im Urlaub", sick, an exam): not a farewell. */
const ABSENCE_REASON =
  /^(holiday|holidays|vacation|trip|sick|flu|wedding|exam|exams|surgery|conference|travelling|traveling|vacaciones|viaje|enferma|enfermo|boda|examen|cirugia|urlaub|krank|reise|hochzeit|prufung|dienstreise|op)$/;
const AMOUNT =
  /^(all|whole|entire|everything|handful|bottle|load|bunch|double|doubled|todo|todas|todos|frasco|entero|doble|alle|ganze|ganzen|haufen|doppelte|packung|medikamentenschrank|botiquin|cabinet)$/;
/** Now or in the last days: an overdose then is urgent. */
const RECENT =
  /^(tonight|tonite|today|yesterday|ago|morning|hour|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday|anoche|ayer|hoy|hace|noche|finde|domingo|lunes|martes|miercoles|jueves|viernes|sabado|gestern|heute|heut|vor|abend|nacht|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|wochenende)$/;

/** Any word that can start one of the readings below: a text with none of them is skipped at once. */
const TRIGGER = new RegExp(
  [GIVE, PET, DEPENDENTS, RECORD, SESSION, SHOPS, SETTLE, TAKE, SEARCH]
    .map((re) => re.source.slice(2, -2))
    .concat([
      'attempt|intento|versuch|suizidversuch|attempted|intente|versucht|tire|avente|jumped|stepped|sprang',
      'back|volver|volvere|zuruck|wiederkommen|zuruckkommen',
      'goodbye|farewell|adios|lebewohl|wohl|tell|dile|diganle|digale|sag|sagen|sagt|fault|culpa|schuld',
      'passwords|password|pins|pin|claves|contrasenas|passworter|passwortern|zugangsdaten',
      'letter|letters|note|carta|cartas|nota|brief|briefe|zettel|around|alive',
    ])
    .map((x) => `^(${x})$`)
    .join('|'),
);

interface Found {
  readonly start: number;
  readonly end: number;
  readonly sign: CrisisSign;
  readonly reason: string;
  /** Urgent unless said otherwise. */
  readonly level?: 'concern' | 'urgent';
}

/** Preparation, veiled farewells and overdose as self-harm, as urgent suicide matches. */
export function preparationMatches(tokens: readonly Token[], ctx: SentenceContext): CompositeMatch[] {
  const t = tokens.map((x) => x.text);
  if (!t.some((w) => TRIGGER.test(w))) return [];
  const n = t.length;
  const all = (re: RegExp): number[] => t.flatMap((w, j) => (re.test(w) ? [j] : []));
  const inSentence = (j: number, re: RegExp, reach = 99): number => {
    const s = ctx.sentence[j];
    let left = true,
      right = true;
    for (let d = 1; d <= reach && (left || right); d++) {
      const a = j - d,
        b = j + d;
      if (left && (a < 0 || ctx.sentence[a] !== s)) left = false;
      if (left && re.test(t[a]!)) return a;
      if (right && (b >= n || ctx.sentence[b] !== s)) right = false;
      if (right && re.test(t[b]!)) return b;
    }
    return -1;
  };
  const anywhere = (re: RegExp): number => t.findIndex((w) => re.test(w));
  const found: Found[] = [];
  const span = (a: number, b: number): [number, number] => [Math.min(a, b), Math.max(a, b) + 1];

  // Giving things away.
  const gives = all(GIVE).filter((j) => !(t[j] === 'gave' && /^(up|in)$/.test(t[j + 1] ?? '')));
  const given = gives.map((j) => ({ j, thing: inSentence(j, BELONGING, 6), pet: inSentence(j, PET, 6) })).filter((g) => g.thing !== -1 || g.pet !== -1);
  const pets = all(PET).filter(
    (j) => inSentence(j, /^(neighbour|neighbor|home|vecina|vecino|casa|nachbarin|nachbar|zuhause|bei|con|se|kommt|goes|going)$/, 4) !== -1,
  );
  const noNeed = all(NO_NEED).find((j) => inSentence(j, /^(not|no|nicht|nie|wont|never|mehr)$/, 3) !== -1 || t[j - 1] === 'won');
  const final = anywhere(FINALITY);
  for (const g of given) {
    const other = g.thing !== -1 ? g.pet !== -1 || pets.length > 0 : given.some((h) => h.thing !== -1);
    if (noNeed !== undefined || final !== -1 || other || /where/.test(t.slice(g.j, g.j + 12).join(' ') + ' ')) {
      found.push({ ...toFound(span(g.j, g.thing !== -1 ? g.thing : g.pet)), sign: 'preparation', reason: 'describes giving their things away' });
    }
  }
  // A pet rehomed, children looked after — for good, without saying why, or before "I'm done".
  for (const j of [...all(DEPENDENTS), ...pets]) {
    const care = inSentence(j, CARE_FOR, 8) !== -1 || PET.test(t[j]!);
    const forGood =
      inSentence(j, FOR_GOOD, 10) !== -1 ||
      (anywhere(SECRET) !== -1 && anywhere(/^(not|no|nicht|doesnt|keine)$/) !== -1) ||
      anywhere(/^(done|schluss|ya|eso)$/) > j ||
      final !== -1;
    if (care && forGood && (DEPENDENTS.test(t[j]!) ? inSentence(j, CARE_FOR, 8) !== -1 : final !== -1 || pets.length > 0)) {
      found.push({ ...toFound(span(j, j)), sign: 'preparation', reason: 'arranges care for their children or pets for when they are gone' });
    }
  }
  // Looking up a lethal amount or how a method works (C-SSRS preparatory behaviour): a search verb,
  // a "how many / how much / wie viele / cuántas" and means or a substance in the sentence.
  for (const j of all(SEARCH)) {
    const q = inSentence(j, HOW_MUCH, 8);
    const m =
      q === -1
        ? -1
        : ((): number => {
            for (let k = q; k < Math.min(t.length, q + 6); k++)
              if (ctx.sentence[k] === ctx.sentence[j] && (SUBSTANCE.test(t[k]!) || ctx.classes[k]! & CLASS.Means)) return k;
            return -1;
          })();
    // The writer looks it up ("i googled", "he buscado", "ich hab gegoogelt"), not a brother for his back.
    const mine = /^(busque|googlee|investigue)$/.test(t[j]!) || t.slice(Math.max(0, j - 4), j).some((w) => /^(i|ive|im|yo|he|ich|hab|habe)$/.test(w));
    if (m !== -1 && mine) found.push({ ...toFound(span(j, m)), sign: 'preparation', reason: 'looks up how much of a means it would take' });
  }
  // Messages recorded for later.
  for (const j of all(RECORD)) {
    const m = inSentence(j, MESSAGE, 5);
    if (m !== -1 && inSentence(j, LATER, 12) !== -1)
      found.push({ ...toFound(span(j, m)), sign: 'preparation', reason: 'records messages for people to receive later' });
  }
  // The therapy ending: not here for the next session, every appointment cancelled.
  for (const j of anywhere(ABSENCE_REASON) === -1 ? all(SESSION) : []) {
    const exist = inSentence(j, EXIST, 8);
    const neg = inSentence(j, /^(not|no|nicht|wont|never|nie)$/, 8);
    const needNo = inSentence(j, NO_NEED, 6);
    const cancel = inSentence(j, CANCEL, 8);
    const endAll = anywhere(END_ALL);
    const existentialEnd =
      (exist !== -1 && neg !== -1 && (t[exist] !== 'am' || t[exist - 1] === 'not') && /^(here|around|alive|estar|da|leben)$/.test(t[exist]!)) ||
      // "wont be at thursdays session. i dont plan to be around by then"
      t.some((w, k) => /^(around|alive)$/.test(w) && t.slice(Math.max(0, k - 5), k).some((x) => /^(not|no|never)$/.test(x)));
    if (existentialEnd || ((needNo !== -1 || cancel !== -1) && endAll !== -1 && (neg !== -1 || cancel !== -1))) {
      const a = Math.min(j, neg === -1 ? j : neg, cancel === -1 ? j : cancel);
      found.push({ ...toFound(span(a, j)), sign: 'farewell', reason: 'says they will not be there for the coming sessions' });
    }
  }
  // Means bought in several shops; affairs settled so nobody is left with them.
  for (const j of all(SHOPS)) {
    if (inSentence(j, SEVERAL, 3) !== -1) found.push({ ...toFound(span(j, j)), sign: 'means', reason: 'gathers means from several shops' });
  }
  const settled = all(SETTLE).filter((j) => inSentence(j, AFFAIRS, 5) !== -1);
  if (settled.length >= 2 || (settled.length === 1 && inSentence(settled[0]!, SO_NOBODY, 14) !== -1)) {
    found.push({ ...toFound(span(settled[0]!, settled[0]!)), sign: 'preparation', reason: 'puts their affairs in order' });
  }
  // Overdose and substance as self-harm: on purpose or in an amount, now or in the last days.
  for (const j of all(TAKE)) {
    const sub = inSentence(j, SUBSTANCE, 10);
    if (sub === -1 && !(ctx.classes[j]! & CLASS.Means) && inSentence(j, /^(cabinet|botiquin|medikamentenschrank)$/, 8) === -1) continue;
    const purpose = inSentence(j, ON_PURPOSE, 12);
    const amount = inSentence(j, AMOUNT, 6);
    const number = inSentence(j, /^([2-9]\d|\d{3})$/, 4);
    const recent = inSentence(j, RECENT, 12) !== -1;
    if ((purpose !== -1 || amount !== -1 || number !== -1) && recent && inSentence(j, HABIT, 12) === -1) {
      found.push({ ...toFound(span(j, sub === -1 ? j : sub)), sign: 'attempt', reason: 'describes taking an overdose or a substance to harm themselves' });
    }
  }
  // A recent attempt told plainly: "after the attempt" yesterday, "i attempted 3 days ago", "me tiré delante de un coche" on Wednesday.
  for (let j = 0; j < n; j++) {
    const noun =
      /^(attempt|intento|versuch|suizidversuch)$/.test(t[j]!) && /^(the|my|an|del|el|mi|un|dem|meinem|meinen|den|nach|after|despues)$/.test(t[j - 1] ?? '');
    const verb = /^(attempted|intente)$/.test(t[j]!) || (t[j] === 'versucht' && /^(habe|hab|ich)$/.test(t[j - 1] ?? ''));
    const jumped = /^(tire|avente|jumped|stepped|sprang)$/.test(t[j]!) && inSentence(j, /^(delante|front|vor|frente)$/, 4) !== -1;
    if ((noun || verb || jumped) && inSentence(j, RECENT, 10) !== -1 && inSentence(j, /^(years|anos|jahren|jahre)$/, 10) === -1) {
      found.push({ ...toFound(span(j, j)), sign: 'attempt', reason: 'describes a recent attempt' });
    }
  }
  // Not coming back, told as the writer's own going ("im not coming back", "no voy a volver", "ich komme nicht zurück").
  for (let j = 0; j < n; j++) {
    const back = (t[j] === 'back' && /^(coming|come)$/.test(t[j - 1] ?? '')) || /^(volver|volvere|zuruck|wiederkommen|zuruckkommen)$/.test(t[j]!);
    const neg = inSentence(j, /^(not|never|no|nicht|nie|nunca)$/, 4);
    if (!back || neg === -1) continue;
    if (/^(until|till|before|hasta|bis|after|from|de|aus|vom|von)$/.test(t[j + 1] ?? '') || anywhere(ABSENCE_REASON) !== -1) continue;
    if (/^(a|to|home|nach|heim)$/.test(t[j + 1] ?? '')) continue;
    // With a time or an intent it is a farewell; as a wish ("would be nice to … not come back") a wish to be dead.
    const when = t.some(
      (_, k) =>
        ctx.sentence[k] === ctx.sentence[j] &&
        ((ctx.classes[k]! & (CLASS.Time | CLASS.Intent | CLASS.Means)) !== 0 || /^(ill|will|gonna|going|voy|werde|geh|gehe)$/.test(t[k]!)),
    );
    const wish = t.some((_, k) => ctx.sentence[k] === ctx.sentence[j] && (ctx.classes[k]! & CLASS.Desire) !== 0);
    // The span starts at the negation: it is part of what is said, not a denial of it.
    found.push({
      ...toFound(span(neg, j)),
      sign: when && !wish ? 'farewell' : 'wish-dead',
      reason: when && !wish ? 'says they are not coming back' : 'wishes not to come back',
      level: when && !wish ? 'urgent' : 'concern',
    });
  }
  // A goodbye with gratitude or a message to pass on: "danke für alles … leben Sie wohl", "tell my sister i love her, its not her fault".
  // Thanks and a goodbye, with no "see you" after it ("thank you for putting up with me, goodbye").
  const seeYou = t.some(
    (w, j) => (w === 'see' && t[j + 1] === 'you') || w === 'luego' || w === 'vemos' || (w === 'bis' && /^(bald|dann|nachste|morgen)$/.test(t[j + 1] ?? '')),
  );
  const thanksAll = !seeYou && t.some((w) => /^(thank|thanks|gracias|danke)$/.test(w));
  const goodbye = t.findIndex((w, j) => /^(goodbye|farewell|adios|lebewohl)$/.test(w) || (w === 'wohl' && /^(leben|lebe|lebt|leb|sie)$/.test(t[j - 1] ?? '')));
  const relay = t.findIndex(
    (w, j) => /^(tell|dile|diganle|digale|sag|sagen|sagt)$/.test(w) && t.slice(j + 1, j + 8).some((x) => /^(love|amo|quiero|lieb|liebe)$/.test(x)),
  );
  const notFault = t.some((w, j) => /^(fault|culpa|schuld)$/.test(w) && t.slice(Math.max(0, j - 4), j).some((x) => /^(not|no|nicht|keine)$/.test(x)));
  if ((goodbye !== -1 && (thanksAll || notFault || relay !== -1)) || (relay !== -1 && notFault)) {
    const at = goodbye !== -1 ? goodbye : relay;
    found.push({ ...toFound(span(at, at)), sign: 'farewell', reason: 'a goodbye with finality' });
  }
  // Passwords or bank codes left for someone, or set to reach them later.
  for (const j of all(/^(passwords|password|pins|pin|claves|contrasenas|passworter|passwortern|zugangsdaten)$/)) {
    const forSomeone = inSentence(
      j,
      /^(sister|brother|mum|mom|dad|wife|husband|partner|hermana|hermano|mama|papa|esposa|esposo|schwester|bruder|mutter|vater|frau|mann)$/,
      10,
    );
    if (forSomeone !== -1) found.push({ ...toFound(span(j, j)), sign: 'preparation', reason: 'leaves passwords or bank details for someone' });
  }
  // A letter left for someone ("a letter for my brother in the glovebox", "una carta para mi hermano").
  for (const j of all(/^(letter|letters|note|carta|cartas|nota|brief|briefe|zettel)$/)) {
    const left = t.some(
      (w, k) => ctx.sentence[k] === ctx.sentence[j] && /^(left|leaving|leave|deje|dejando|gelegt|hingelegt|hinterlassen|hinterlasse)$/.test(w),
    );
    const forWhom = inSentence(j, /^(for|para|fur|an)$/, 3) !== -1;
    if (left && forWhom) found.push({ ...toFound(span(j, j)), sign: 'preparation', reason: 'leaves a letter for someone' });
  }
  return found.map((f) => ({
    category: 'suicide' as const,
    sign: f.sign,
    level: f.level ?? ('urgent' as const),
    start: f.start,
    end: f.end,
    language: ctx.language,
    reason: f.reason,
    // The writer is the one who gives, arranges, records or cancels (the sister who takes the dog is not at risk).
    namesSelf: f.sign !== 'attempt' || t.slice(f.start, f.end).some((w) => /^(i|me|my|myself|yo|me|mi|mis|ich|mich|mir|mein|meine|meinen|meinem)$/.test(w)),
    gaps: [],
  }));
}

function toFound([start, end]: [number, number]): { start: number; end: number } {
  return { start, end };
}
