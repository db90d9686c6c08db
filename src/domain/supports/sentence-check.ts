/**
 * A gentle check of a social-story sentence: social stories are told in short sentences, in the
 * first person and the present tense ("I wash my hands."). The check reads English, Spanish and
 * German with small word lists — it can miss things and it never blocks saving; it only points
 * the therapist at a sentence worth a second look.
 */

/** Why a sentence may need another look. */
export type SentenceWarning = 'too_long' | 'not_first_person' | 'not_present' | 'several_sentences';

/** More words than this in one panel is hard to take in at once. */
export const STORY_SENTENCE_MAX_WORDS = 12;

const FIRST_PERSON = new Set([
  // en
  'i',
  "i'm",
  'i’m',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  // es
  'yo',
  'me',
  'mi',
  'mis',
  'conmigo',
  'nosotros',
  'nosotras',
  'nos',
  // de
  'ich',
  'mich',
  'mir',
  'mein',
  'meine',
  'meinen',
  'meinem',
  'meiner',
  'wir',
  'uns',
]);

/** Spanish verbs in the first person singular present: they carry the person without "yo". */
const ES_FIRST_PERSON_VERBS =
  /^(soy|estoy|voy|doy|tengo|hago|puedo|quiero|digo|salgo|pongo|vengo|sé|siento|pienso|juego|duermo|como|bebo|leo|escucho|respiro|miro|espero|camino|lavo|cepillo|llego|saludo|pido|necesito|uso)$/;

const PAST_OR_FUTURE = new Set([
  // en
  'was',
  'were',
  'did',
  'had',
  'went',
  'yesterday',
  'will',
  "i'll",
  'i’ll',
  'tomorrow',
  'ago',
  // es
  'fui',
  'era',
  'estaba',
  'tuve',
  'hice',
  'ayer',
  'mañana',
  'iré',
  'seré',
  'estaré',
  'tendré',
  // de
  'war',
  'waren',
  'hatte',
  'hatten',
  'gestern',
  'morgen',
  'werde',
  'werden',
  'wurde',
  'ging',
]);

/** English subjects after which a word in -ed reads as past tense ("I waited", "he walked"). */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);

/** Warnings for one sentence (empty when it reads as short, first person and present). */
export function checkStorySentence(sentence: string): SentenceWarning[] {
  const text = sentence.trim();
  if (!text) return [];
  const out: SentenceWarning[] = [];
  const ws = words(text);
  if (ws.length > STORY_SENTENCE_MAX_WORDS) out.push('too_long');
  if (text.replace(/[.!?¡¿…]+$/u, '').split(/[.!?…]+\s+/u).length > 1) out.push('several_sentences');
  if (!ws.some((w) => FIRST_PERSON.has(w) || ES_FIRST_PERSON_VERBS.test(w))) out.push('not_first_person');
  const pastEd = ws.some((w, i) => i > 0 && SUBJECTS.has(ws[i - 1]!) && w.length > 4 && w.endsWith('ed'));
  const dePerfect = ws.includes('habe') && ws.some((w) => /^ge\p{L}{3,}(t|en)$/u.test(w));
  const esPreterite = ws.some((w) => /^\p{L}{3,}(é|í)$/u.test(w) && !['sé', 'fé', 'café', 'bebé', 'aquí', 'allí', 'ahí', 'sí'].includes(w));
  if (ws.some((w) => PAST_OR_FUTURE.has(w)) || pastEd || dePerfect || esPreterite || /\bgoing to\b/.test(text.toLowerCase())) out.push('not_present');
  return out;
}
