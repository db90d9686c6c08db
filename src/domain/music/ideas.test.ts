import { describe, expect, it } from 'vitest';
import { planFromDescription } from '../../engines/music/index.ts';
import type { MusicPlan } from '../../engines/music/index.ts';
import { LOCALES, RESOURCES } from '../i18n/index.ts';
import { IDEA_KEYS } from './ideas.ts';

/** Everything that makes the piece sound as it does, apart from the key (picked from a hash of the words). */
function piece(p: MusicPlan) {
  const { key: _key, description: _description, voices: _voices, explicit: _explicit, ...rest } = p;
  return rest;
}

describe('composer idea chips', () => {
  it('plan the same piece in every language as in English', () => {
    for (const k of [...IDEA_KEYS, 'picker.defaultPrompt']) {
      const en = piece(planFromDescription(RESOURCES.en.music[k]!));
      for (const lng of LOCALES) {
        const words = RESOURCES[lng].music[k];
        expect(words, `${lng} ${k}`).toBeTruthy();
        expect(piece(planFromDescription(words!)), `${lng} "${words}"`).toEqual(en);
      }
    }
  });

  it('are different pieces from each other', () => {
    const plans = IDEA_KEYS.map((k) => JSON.stringify(piece(planFromDescription(RESOURCES.en.music[k]!))));
    expect(new Set(plans).size).toBe(IDEA_KEYS.length);
  });
});
