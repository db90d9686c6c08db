import { describe, expect, it } from 'vitest';
import type { ListeningOutcome, ListeningParams, MoodReading } from './index.ts';
import { translator } from '../i18n/index.ts';
import { armOf, helpsText, mostHelpful, recommendMusic } from './index.ts';

const en = translator('en');

const before: MoodReading = { valence: -0.2, arousal: 0.1, distress: 7 };
const heard = (bpm: number, instruments: ListeningParams['instruments'], drop: number): ListeningOutcome => ({
  params: { bpm, instruments, mode: 'major' },
  before,
  after: { valence: 0, arousal: -0.2, distress: before.distress - drop },
});

/** Slow piano helped most; other groups a little. */
const history: ListeningOutcome[] = [
  heard(60, ['piano'], 3),
  heard(58, ['piano'], 3),
  heard(100, ['strings'], 1),
  heard(80, ['flute'], 0.5),
  heard(104, ['guitar'], 0.5),
];

describe('the music explanation', () => {
  it('never claims the suggestion is the helpful group when it suggests something else', () => {
    const helpful = mostHelpful(history)!;
    let differed = 0;
    for (const arousal of [-0.8, 0, 0.9]) {
      for (let seed = 1; seed <= 30; seed++) {
        const rec = recommendMusic(history, { ...before, arousal }, { seed });
        const arm = armOf({ bpm: rec.bpm, instruments: rec.instruments, mode: rec.mode });
        const same = arm.tempo === helpful.tempo && arm.family === helpful.family;
        const text = helpsText(rec.explanation, en);
        if (same) expect(text).not.toContain('This time Hearth suggests');
        else {
          differed++;
          expect(text).toMatch(
            /This time Hearth suggests .+ with .+, (to keep learning what helps|because .+ are too far from your current energy to start with)\./,
          );
        }
      }
    }
    expect(differed).toBeGreaterThan(0);
  });

  it('is worded in the third person for the therapist', () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const h of [[], history.slice(0, 1), history]) {
        const rec = recommendMusic(h, before, { seed });
        const forTherapist = helpsText(rec.explanation, en, { clientName: 'Jo' });
        expect(forTherapist).not.toMatch(/\byou(r)?\b/i);
        if (h.length > 0) expect(forTherapist).toContain('Jo’s distress');
      }
    }
  });

  it('travels as keys with arguments and reads in every language, for client and therapist', () => {
    const rec = recommendMusic(history, { ...before, arousal: 0.9 }, { seed: 3 });
    expect(rec.explanation.length).toBeGreaterThanOrEqual(2);
    for (const m of rec.explanation) {
      expect(m.key).toMatch(/^helps\.why\./);
      for (const v of Object.values(m.args)) expect(typeof v === 'number' || !/\s/.test(v)).toBe(true); // values, not English words
    }
    const texts = (['en', 'es', 'de'] as const).map((l) => helpsText(rec.explanation, translator(l)));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) {
      expect(text).not.toMatch(/helps\.why|\{|\}/); // every key found and every argument filled
      expect(text).toContain(String(rec.tempoPath[0]));
    }
    expect(texts[1]).toMatch(/tu malestar|Aún no/);
    expect(texts[2]).toMatch(/deine Belastung|noch keine/);
    expect(helpsText(rec.explanation, translator('es'), { clientName: 'Jo' })).toMatch(/de Jo/);
    expect(helpsText(rec.explanation, translator('de'), { clientName: 'Jo' })).not.toMatch(/\b(du|dein\w*)\b/i);
    expect(helpsText(rec.explanation, translator('en'), { clientName: ' ' })).toContain('the client’s');
  });
});
