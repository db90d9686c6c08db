import { describe, expect, it } from 'vitest';
import { DIRECTIVE_CATALOGUE, directiveById } from './catalogue.ts';
import { DIRECTIVE_MODES, validateDirective } from './directive.ts';

describe('DIRECTIVE_CATALOGUE', () => {
  it('has at least 30 directives with unique kebab-case ids', () => {
    expect(DIRECTIVE_CATALOGUE.length).toBeGreaterThanOrEqual(30);
    const ids = DIRECTIVE_CATALOGUE.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every directive passes the same validation therapists’ directives do', () => {
    for (const d of DIRECTIVE_CATALOGUE) expect(validateDirective(d), d.id).toEqual({ ok: true, value: d });
  });

  it('every directive has client instructions, reflection questions, suitable and unsuitable situations', () => {
    for (const d of DIRECTIVE_CATALOGUE) {
      expect(d.instructions.length, d.id).toBeGreaterThanOrEqual(2);
      expect(d.reflectionQuestions.length, d.id).toBeGreaterThanOrEqual(2);
      expect(d.suitableFor.length, d.id).toBeGreaterThanOrEqual(1);
      expect(d.unsuitableFor.length, d.id).toBeGreaterThanOrEqual(1);
      for (const q of d.reflectionQuestions) expect(q.endsWith('?') || q.endsWith('.'), `${d.id}: ${q}`).toBe(true);
    }
  });

  it('covers every mode and includes the named classics', () => {
    for (const mode of DIRECTIVE_MODES)
      expect(
        DIRECTIVE_CATALOGUE.some((d) => d.mode === mode),
        mode,
      ).toBe(true);
    for (const id of [
      'safe-place',
      'bridge-drawing',
      'emotion-colour-map',
      'mood-mandala',
      'self-portrait-then-and-now',
      'lifeline',
      'scribble-chase',
      'letter-to-younger-self',
      'worry-monster',
      'strengths-shield',
      'music-for-my-mood',
    ]) {
      expect(directiveById(id), id).toBeDefined();
    }
  });

  it('marks bridge drawing unsuitable in acute crisis', () => {
    expect(directiveById('bridge-drawing')!.unsuitableFor.join(' ')).toMatch(/acute crisis/);
  });

  it('keeps client-facing text free of clinical labels', () => {
    const labels = /\b(depress\w*|disorder|psychosis|psychotic|ptsd|diagnos\w*|symptom\w*|patient)\b/i;
    for (const d of DIRECTIVE_CATALOGUE) {
      for (const line of [...d.instructions, ...d.reflectionQuestions]) expect(line, `${d.id}: ${line}`).not.toMatch(labels);
    }
  });
});

describe('validateDirective', () => {
  const base = DIRECTIVE_CATALOGUE[0]!;
  it('accepts a therapist’s own directive and rejects malformed ones with a clear message', () => {
    expect(validateDirective({ ...base, id: 'my-own', source: 'therapist' }).ok).toBe(true);
    expect(validateDirective(null)).toEqual({ ok: false, error: 'directive must be an object' });
    expect(validateDirective({ ...base, id: 'Not Kebab' })).toEqual({ ok: false, error: 'id must be kebab-case, up to 64 characters' });
    expect(validateDirective({ ...base, mode: 'dance' }).ok).toBe(false);
    expect(validateDirective({ ...base, goalTags: ['made-up'] }).ok).toBe(false);
    expect(validateDirective({ ...base, durationMinutes: { min: 30, max: 10 } })).toEqual({
      ok: false,
      error: 'durationMinutes must have whole minutes 1 ≤ min ≤ max ≤ 240',
    });
    expect(validateDirective({ ...base, instructions: [] })).toEqual({ ok: false, error: 'instructions must be a list of 1–12 non-empty texts' });
  });
});
