import type { CrisisLevel } from './phrase-list.ts';

/**
 * (Round 2, issue #14: now tuning and training data too; the held-out set is test/heldout/crisis.)
 * A labelled set written after the phrase lists were tuned on LABELLED_TEXTS and never used to
 * change them: its figures are the fairer estimate of how the screen does on new text. When you
 * tune the lists on these, move them to LABELLED_TEXTS and write a fresh held-out set.
 *
 * History of untuned held-out recall (40 texts each, written to be varied and often indirect):
 * round 1 0.50, round 2 0.20, round 3 0.20, round 4 0.15, round 5 0.35, this set (round 6) 0.20 — with
 * false-positive rates 0.00–0.05. With the compositional layer (compose.ts, never tuned on this
 * set) it scores 0.40 at FPR 0.05; see crisis-screen.heldout2.ts for the larger round-7 set. A phrase list catches what it anticipates; indirect wording
 * ("the world would be lighter without me", "I have written my will") is largely missed.
 */
export const HELD_OUT_TEXTS: readonly (readonly [string, CrisisLevel])[] = [
  ['Everyone keeps telling me it gets better but I am ready to check out', 'concern'],
  ['I counted my tablets and there are enough', 'urgent'],
  ['I found a spot by the river where no one would find me', 'concern'],
  ['I punched myself in the face until it swelled', 'concern'],
  ['I do not want to do this life thing anymore', 'concern'],
  ['I feel like the only way to stop the pain is to not be here', 'concern'],
  ['My brother says he will beat me if I tell', 'concern'],
  ['My boyfriend checks my phone and says he will hurt me if I leave', 'urgent'],
  ['The man next door keeps asking me to come inside when mum is out', 'concern'],
  ['I want to make them suffer the way I did', 'concern'],
  ['I am saying goodbye now, thank you for trying', 'urgent'],
  ['I keep googling painless ways', 'urgent'],
  ['No quiero seguir aquí', 'concern'],
  ['Voy a terminar con todo esta noche', 'urgent'],
  ['Mi tío me hace cosas que no me gustan', 'concern'],
  ['Ich möchte tot sein', 'concern'],
  ['Ich habe mir die Pulsadern aufgeschnitten', 'urgent'],
  ['Meine Mutter sperrt mich tagelang ein', 'concern'],
  ['life would be so much easier if i just never woke up', 'concern'],
  ['I am scared I will do something to myself tonight', 'urgent'],
  ['I finished the safe place drawing and added a little boat', 'none'],
  ['My brother beat the high score on his game', 'none'],
  ['I am ready to check out of this hotel and go home', 'none'],
  ['I counted the colours in my painting: there are seven', 'none'],
  ['The river drawing was peaceful', 'none'],
  ['I said goodbye to my old school today and cried a bit', 'none'],
  ['I want to make a song for my sister\'s birthday', 'none'],
  ['I fell off my bike and hurt my knee', 'none'],
  ['My plants died while I was away', 'none'],
  ['I was so angry I could scream, then I drew it out', 'none'],
  ['Mi perro murió y pinté su retrato', 'none'],
  ['Hoy no quiero ir a clase, estoy cansado', 'none'],
  ['Ich bin todmüde nach der Arbeit', 'none'],
  ['Ich habe mich beim Kochen geschnitten', 'none'],
  ['I do not want to lose this feeling of calm', 'none'],
  ['Nobody in my class likes jazz except me', 'none'],
  ['I miss my dad, he passed away when I was ten', 'none'],
  ['The character dies in chapter three and I cried', 'none'],
  ['I feel like a new person after the holidays', 'none'],
  ['I want to disappear to a cabin for a week of painting', 'none'],
];
