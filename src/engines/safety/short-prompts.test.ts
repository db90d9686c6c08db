import { describe, expect, it } from 'vitest';
import { screenText } from './index.ts';

/**
 * Studio prompts, titles and short notes put the writer and a time together all the time. The
 * statistical layer alone must not raise them when nothing in them speaks of death, harm, means,
 * preparation, intent, a wish or outlook; short texts that do keep their level.
 */
describe('short texts without a risk word', () => {
  it.each([
    'paint me on the beach tomorrow',
    'me and my dog at the park tonight',
    'how I see myself today',
    'yo en la playa esta noche',
    'wie ich mich heute sehe',
    'Me by the water',
    'a self-portrait with my eyes closed',
  ])('%s → none', (text) => {
    expect(screenText(text).level).toBe('none');
  });

  it.each([
    ['life has no point', 'concern'],
    ['la vida no tiene sentido', 'concern'],
    ['alles ist sinnlos', 'concern'],
    ['me hanging from a tree tonight', 'urgent'],
  ] as const)('%s → %s', (text, level) => {
    expect(screenText(text).level).toBe(level);
  });
});
