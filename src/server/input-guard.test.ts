import { describe, expect, it } from 'vitest';
import { clipText } from '../domain/index.ts';
import { findUnstorableText, unstorableText } from './input-guard.ts';

describe('unstorable text', () => {
  it('accepts every well-formed string, emoji and other astral characters included', () => {
    for (const s of ['', 'calm', 'Ärger über Übungen', 'añoranza', '😀🌊', '\u{1F3A8} a palette', 'line\nbreak\ttab', '\uFFFD'])
      expect(unstorableText(s), s).toBeNull();
  });

  it('names NUL and unpaired surrogates wherever they are', () => {
    expect(unstorableText('a\u0000b')).toMatch(/NUL/);
    for (const s of ['\ud800', 'x\udbff', '\udc00', '\udfffx', '\udc00\ud800', '😀'.slice(0, 1), '😀'.slice(1)])
      expect(unstorableText(s), JSON.stringify(s)).toMatch(/surrogate/);
    expect(
      findUnstorableText(
        {
          answers: [
            { question: 'ok', text: 'ok' },
            { question: 'ok', text: 'bad\u0000' },
          ],
        },
        'body',
      )?.path,
    ).toBe('body.answers.1.text');
    expect(findUnstorableText({ ['k\ud800']: 1 }, 'body')?.path).toBe('body (a key)');
    expect(findUnstorableText({ a: [1, true, null, { b: 'fine' }] }, 'body')).toBeUndefined();
  });

  it('walks deeply nested input without exhausting the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep, 'body')?.problem).toMatch(/NUL/);
  });

  it('clips text without cutting a surrogate pair in two', () => {
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('ab😀', 4)).toBe('ab😀');
    expect(clipText('abcdef', 3)).toBe('abc');
    for (let n = 0; n < 12; n++) expect(unstorableText(clipText('😀x😀😀y😀', n))).toBeNull();
  });
});
