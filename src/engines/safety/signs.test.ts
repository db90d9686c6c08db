import { describe, expect, it } from 'vitest';
import { alertReasons, explainText, screenText } from './crisis-screen.ts';
import type { CrisisLevel } from './phrase-list.ts';

/**
 * Round-2 behaviour by clinical sign (issue #14). The texts here are new phrasings written for this
 * test, not lines of the training corpus, so a pass is not just the corpus remembered; the figures
 * that count are on the held-out set (docs/crisis-screen.md).
 */
const cases = (rows: readonly (readonly [string, CrisisLevel])[]): void => {
  for (const [text, level] of rows) it(`${level}: ${text}`, () => expect(screenText(text).level, JSON.stringify(screenText(text).reasons)).toBe(level));
};

describe('C-SSRS categories and the others the issue names', () => {
  describe('urgent: intent, plan, means, preparation, farewell, attempt, escalation', () => cases([
    ['i am going to take my life on saturday', 'urgent'],
    ['I know how and when, it is all worked out', 'urgent'],
    ['there are 50 tablets saved up in my sock drawer', 'urgent'],
    ['i wrote a note to each of my kids and put them in my desk', 'urgent'],
    ['By the time you read this I will not be here. Thank you for everything.', 'urgent'],
    ['I swallowed a handful of my sleeping pills two hours ago', 'urgent'],
    ['i tried to hang myself on tuesday and my brother found me', 'urgent'],
    ['going to cut deeper tonight than ever', 'urgent'],
    ['voy a tomarme todas las pastillas cuando se duerman', 'urgent'],
    ['ich habe mir gestern versucht das leben zu nehmen', 'urgent'],
  ]));

  describe('concern: wish to be dead, thoughts, hopelessness, burden, self-harm, eating, substances, art', () => cases([
    ['honestly what is the point of living anymore', 'concern'],
    ['life has no point', 'concern'],
    ['everyone at home would be so much better off without me', 'concern'],
    ['i keep thinking about killing myself but i have no plan', 'concern'],
    ['i wish i could go to sleep and stay asleep', 'concern'],
    ['been cutting my arms again this week', 'concern'],
    ['i make myself throw up after dinner every night', 'concern'],
    ['i drink until i black out because i do not care if i wake up', 'concern'],
    ['I painted myself lying in a coffin with roses', 'concern'],
    ['no le veo sentido a seguir viviendo', 'concern'],
    ['alle wären besser dran ohne mich', 'concern'],
    ['me corté los brazos anoche', 'concern'],
  ]));

  describe('none: hyperbole, idiom, fiction, news, lyrics, resolved past, benign art, third parties with care', () => cases([
    ["I'd rather die than do another group presentation", 'none'],
    ['this spreadsheet is killing me', 'none'],
    ['my boss is going to kill me if the report is late again', 'none'],
    ['lol im dead 💀 that meme', 'none'],
    ['in the film the hero jumps off the bridge to save the girl', 'none'],
    ['the news said suicide rates went down this year', 'none'],
    ['the lyric "I want to die young" is stuck in my head', 'none'],
    ['Years ago I overdosed; now I run marathons and feel strong', 'none'],
    ['I drew a skeleton dancing for my nephew, it is a cartoon', 'none'],
    ['My friend tried to kill herself two years ago, we visited her and she is doing well now', 'none'],
    ['me muero de risa con este chiste', 'none'],
    ['diese hitze bringt mich noch um', 'none'],
    ['kill the reverb and fade the strings out at the end', 'none'],
  ]));

  it('says which sign and why, in plain words', () => {
    const r = screenText('I have been saving my pills and I will take them tonight');
    expect(r.level).toBe('urgent');
    expect(r.matches.map((m) => m.sign)).toEqual(expect.arrayContaining(['means']));
    expect(alertReasons(r).join(' ')).toMatch(/means/);
    const art = screenText('in my drawing I am hanging from a tree');
    expect(art.matches.find((m) => m.level !== 'none')?.sign).toBe('art');
  });

  it('keeps a friend in danger now as a concern for the client, a friend in the past described with care as none', () => {
    expect(screenText('my friend says she wants to die').level).toBe('concern');
    expect(screenText('my friend just texted me goodbye and now she is not answering').level).toBe('urgent');
    const past = screenText('my cousin died by suicide before I was born');
    expect(past.level).toBe('none');
    expect(past.reasons.join(' ')).toMatch(/described with care/);
    expect(screenText('my cousin died by suicide last year and I keep thinking it should have been me').level).toBe('concern');
  });

  it('reads a question put to the writer, and a negation after the words, as not their statement', () => {
    expect(screenText('the nurse asked if I wanted to hurt myself and I said no').level).toBe('none');
    expect(screenText('cutting myself is not something I would ever do').level).toBe('none');
  });

  it('reads text speak per language: German "im" is not "i am", Spanish "q" is "que"', () => {
    expect(explainText('im zimmer hänge ich die bilder auf').screen.level).toBe('none');
    expect(explainText('ya no kiero vivir, q sentido tiene').language).toBe('es');
    expect(screenText('ya no kiero vivir').level).toBe('concern');
  });

  it('never throws on words that are also names of object properties', () => {
    for (const t of ['constructor', 'hasOwnProperty toString valueOf', '__proto__ constructor prototype']) expect(screenText(t).level).toBe('none');
  });
});

describe('the two layers', () => {
  it('flags with the statistical layer when the rules find nothing, and says so', () => {
    // Written for this test; no list names "the world keeps turning without me in it".
    const e = explainText('the world keeps turning and it would not even blink if i stopped');
    expect(e.statistical.probabilities.none + e.statistical.probabilities.concern + e.statistical.probabilities.urgent).toBeCloseTo(1, 2);
    if (e.screen.level !== 'none' && e.rules.level === 'none') {
      expect(e.screen.matches.some((m) => m.layer === 'statistical' && /statistical layer/.test(m.reason))).toBe(true);
    }
  });

  it('needs more confidence from the statistical layer where the rules discounted risk words', () => {
    const e = explainText('this homework is killing me');
    expect(e.rules.discounted + e.rules.counted).toBeGreaterThanOrEqual(0);
    expect(e.statistical.thresholds.riskDiscounted).toBeGreaterThanOrEqual(e.statistical.thresholds.risk);
    expect(e.screen.level).toBe('none');
  });

  it('is deterministic across calls and languages', () => {
    const texts = ['me quiero morir', 'ich will nicht mehr leben', 'i have the rope ready', 'nice day at the beach'];
    const first = texts.map((t) => JSON.stringify(explainText(t).screen));
    texts.reverse().forEach((t) => explainText(t));
    expect(texts.reverse().map((t) => JSON.stringify(explainText(t).screen))).toEqual(first);
  });
});

/**
 * Round 3 (issue #14): principles rather than phrases — word order and clitics, scope of a story,
 * a relapse, a form's question, a resolved past closed by the present. New phrasings, not corpus lines.
 */
describe('round 3: grammar and scope', () => {
  describe('German verb-second and separable verbs, compounds; Spanish clitics', () => cases([
    ['am samstag früh spring ich vom dach der schule', 'urgent'],
    ['heute abend häng ich mich im schuppen auf', 'urgent'],
    ['bin gestern übers eisenbahngeländer geklettert, ein fremder hat mich festgehalten', 'urgent'],
    ['im schwimmbad spring ich vom dreier', 'none'],
    ['pensé toda la semana en matarme, no voy a hacer nada', 'concern'],
    ['mi vecina intentó matarse el año pasado, ya está con terapia y la visito. yo estoy bien', 'none'],
  ]));

  describe('thoughts are not intent; a time or a stated picture of tomorrow is', () => cases([
    ['sometimes i want to kill myself and i do not know why', 'concern'],
    ['kms thoughts all weekend', 'concern'],
    ['prompt: me hanging from the old oak. this is how it will look tomorrow', 'urgent'],
  ]));

  describe('scope: a story frames what is near it; a relapse is not a resolved past; a form answered no', () => cases([
    ['hab am freitag einen suizidversuch gemacht, in der arbeit weiß es keiner', 'urgent'],
    ['therapy helped a lot, but last night i cut again', 'concern'],
    ['twelve years ago i tried to end my life. now i teach pottery', 'none'],
    ['years ago i tried to end my life. now i want to do it again', 'concern'],
    ['worksheet: thoughts of hurting myself this week? no', 'none'],
  ]));

  it('a negated death word the lists do not name needs the statistical layer to be all but certain', () => {
    const e = explainText('das bild ist dunkel aber es geht nicht ums sterben, nur um den winter');
    expect(e.rules.level).toBe('none');
    expect(e.rules.riskDiscounted).toBe(true);
    expect(e.screen.level).toBe('none');
  });
});
