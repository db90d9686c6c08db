import { describe, expect, it } from 'vitest';
import { MAX_REASON, acceptableReason, scrub, suggestionWordingFromEnv } from './openai-wording.ts';

describe('what goes to the language model and what comes back', () => {
  it('scrubs names (whole words, any case) and ids before sending', () => {
    expect(scrub('Sam likes it; samba is fine', ['Sam'])).toBe('… likes it; samba is fine');
    expect(scrub('ask 3f2b8c1e-1111-4222-8333-944455556666 or me@x.org or 12345678', [])).not.toMatch(/3f2b|me@x|12345678/);
  });

  it('keeps a reworded line only when it is one short line with no link, id, name, diagnosis or crisis words', () => {
    const avoid = ['Sam', 'Reed'];
    expect(acceptableReason('A calm start that fits the anxiety goal.', avoid)).toBe(true);
    for (const bad of [
      'x'.repeat(MAX_REASON + 1),
      'two\nlines',
      'see https://example.org',
      'Good for Sam.',
      'Suits a generalised anxiety disorder.',
      'Helps when they want to kill themselves.',
      42,
      '',
    ])
      expect(acceptableReason(bad, avoid), String(bad)).toBe(false);
  });

  it('is configured from the practice’s text server, and not without one', () => {
    expect(suggestionWordingFromEnv({})).toBeNull();
    expect(suggestionWordingFromEnv({ HEARTH_TEXT_URL: 'http://127.0.0.1:11434' })).toBeNull();
    expect(suggestionWordingFromEnv({ HEARTH_TEXT_URL: 'http://127.0.0.1:11434/', HEARTH_TEXT_MODEL: 'llama3.1' })!.external).toBe(false);
    expect(suggestionWordingFromEnv({ HEARTH_TEXT_URL: 'https://llm.clinic.example', HEARTH_TEXT_MODEL: 'llama3.1' })!.external).toBe(true);
  });
});
