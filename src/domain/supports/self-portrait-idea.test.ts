import { describe, expect, it } from 'vitest';
import { screenText } from '../../engines/safety/index.ts';
import { LOCALES, RESOURCES } from '../i18n/index.ts';

describe('the self-portrait starting words', () => {
  // The studio screens the client's words; the words Hearth offers must not raise an alert by themselves
  // (short first-person phrases such as "me, today" do with the current screen).
  it('pass the crisis screen in every language', () => {
    for (const l of LOCALES) {
      const idea = RESOURCES[l].supports['selfPortrait.idea']!;
      expect(screenText(idea).level, `${l}: ${idea}`).toBe('none');
    }
  });
});
