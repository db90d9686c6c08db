/**
 * The built-in note drafter writes in the therapist's language: section labels, the sentences
 * around the recorded facts and the placeholder where their judgement goes — with the client's own
 * words quoted as written — and a note cannot be signed while a placeholder in any language remains.
 */
import { describe, expect, it } from 'vitest';
import { ALERT_SOURCES } from '../../src/domain/alert-sources.ts';
import { RESOURCES } from '../../src/domain/i18n/index.ts';
import { draftNote, hasNotePlaceholder, NOTE_FORMATS, NOTE_PLACEHOLDERS } from '../../src/domain/notes/index.ts';
import type { SessionFacts } from '../../src/domain/notes/note-drafter.ts';

const facts: SessionFacts = {
  clientName: 'Lucía',
  sessionTitle: 'Olas',
  startedAt: '2026-03-02T10:00:00.000Z',
  endedAt: '2026-03-02T10:50:00.000Z',
  works: [{ title: 'Mar en calma', kind: 'generated', prompt: 'un mar tranquilo' }],
  moods: [
    { moment: 'before', activity: null, valence: -0.5, arousal: 0.6, distress: 7 },
    { moment: 'after', activity: null, valence: 0.4, arousal: -0.4, distress: 4 },
  ],
  measures: [{ measure: 'phq9', total: 12, band: 'Moderate', change: -3, safetyFlag: true }],
  reflections: [{ text: 'Me sentí más ligera.', question: '¿Qué notaste?' }],
  alerts: [{ level: 'concern', source: 'reflection', reasons: ['…'] }],
  homework: [{ title: 'Dibujar el mar', status: 'in_progress' }],
};

/** English words of the English draft that must not survive in a translation. */
const ENGLISH =
  /\b(wrote|Session|Works made|distress|feeling|since the previous|Homework|Safety screen|answered above|For the therapist|Subjective|Assessment)\b/;

describe('note drafts in the therapist’s language', () => {
  it('keeps the English draft as it was', () => {
    const [s, o, a, p] = draftNote('SOAP', facts);
    expect(s).toMatchObject({ label: 'Subjective', text: 'Asked "¿Qué notaste?", Lucía wrote: "Me sentí más ligera."' });
    expect(o!.text.split('\n')).toEqual([
      'Session "Olas" (50 minutes).',
      'Works made: "Mar en calma" (made picture, described as "un mar tranquilo").',
      'Check-in before: distress 7/10, feeling unpleasant, activated (valence -0.5, arousal 0.6).',
      'Check-in after: distress 4/10, feeling pleasant, low energy (valence 0.4, arousal -0.4).',
      'Self-rated distress went from 7 to 4 over the session.',
      'PHQ-9: 12 (Moderate), -3 since the previous response; item 9 answered above 0.',
      'Safety screen (concern, from a reflection): …',
      'Homework: Dibujar el mar (in progress).',
    ]);
    expect(a!.text).toBe(`${NOTE_PLACEHOLDERS.en} ${RESOURCES.en.drafts.risk}`);
    expect(p!.text).toBe(NOTE_PLACEHOLDERS.en);
  });

  for (const locale of ['es', 'de'] as const) {
    it(`drafts every format in ${locale}, quoting the client's words as written`, () => {
      for (const format of NOTE_FORMATS) {
        const en = draftNote(format, facts);
        const draft = draftNote(format, { ...facts, locale });
        expect(draft.map((s) => s.key)).toEqual(en.map((s) => s.key));
        for (const [i, s] of draft.entries()) {
          expect(s.label).toBe(RESOURCES[locale].drafts[`label.${s.key}`]);
          expect(s.text).not.toMatch(ENGLISH);
          expect(s.text).not.toBe(en[i]!.text);
        }
        const all = draft.map((s) => s.text).join('\n');
        for (const quoted of ['Me sentí más ligera.', '¿Qué notaste?', 'Mar en calma', 'un mar tranquilo', 'Dibujar el mar', 'PHQ-9'])
          expect(all).toContain(quoted);
        expect(all).toContain(NOTE_PLACEHOLDERS[locale]);
        expect(all).toContain('-0,5'); // numbers in the reader's locale
      }
    });
  }

  it('names every alert source in words, in every language', () => {
    // The alert line selects its words by source: every source the registry knows has its own option.
    for (const locale of ['en', 'es', 'de'] as const)
      for (const source of ALERT_SOURCES) expect(RESOURCES[locale].drafts.alert, `${locale} ${source}`).toContain(` ${source} {`);
  });

  it('finds a placeholder in any language, so no half-finished note is signed', () => {
    for (const p of Object.values(NOTE_PLACEHOLDERS)) expect(hasNotePlaceholder(`Plan: ${p}`)).toBe(true);
    expect(new Set(Object.values(NOTE_PLACEHOLDERS)).size).toBe(3);
    expect(hasNotePlaceholder('Weekly sessions continue; practise the breathing exercise.')).toBe(false);
  });
});
