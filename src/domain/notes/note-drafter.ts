/**
 * The built-in session-note drafter: turns a session's facts into a SOAP, DAP or BIRP draft for
 * the therapist to edit and sign. It only restates what was recorded — the client's words are
 * quoted, measures and moods are reported with their numbers — and leaves assessment and plan
 * for the therapist's own judgement. A local language model can replace it behind TextBackend.
 */
import { formatNumber, translator } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { isMeasureId, measureDefinition } from '../measures/index.ts';

export const NOTE_FORMATS = ['SOAP', 'DAP', 'BIRP'] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

export interface NoteSection {
  key: string;
  label: string;
  text: string;
}

export interface SessionFacts {
  clientName: string;
  sessionTitle: string;
  /** ISO date-times. */
  startedAt: string | null;
  endedAt: string | null;
  works: { title: string; kind: string; prompt?: string }[];
  moods: { moment: string; activity: string | null; valence: number; arousal: number; distress: number }[];
  measures: { measure: string; total: number; band: string; change: number | null; safetyFlag: boolean }[];
  reflections: { text: string; question: string | null }[];
  alerts: { level: string; source: string; reasons: string[] }[];
  homework: { title: string; status: string }[];
  /** The language the draft is written in (the therapist's); English when absent. */
  locale?: Locale;
}

/** The placeholder the drafter leaves where the therapist's judgement goes, per language. */
export const NOTE_PLACEHOLDERS: Readonly<Record<Locale, string>> = {
  en: translator('en')('drafts:placeholder'),
  es: translator('es')('drafts:placeholder'),
  de: translator('de')('drafts:placeholder'),
};

/** Whether a section still holds a placeholder in any language (a note cannot be signed then). */
export const hasNotePlaceholder = (text: string): boolean => Object.values(NOTE_PLACEHOLDERS).some((p) => text.includes(p));

type T = ReturnType<typeof translator>;

const minutesOf = (f: SessionFacts): number => {
  if (!f.startedAt || !f.endedAt) return 0;
  return Math.max(0, Math.round((Date.parse(f.endedAt) - Date.parse(f.startedAt)) / 60_000));
};

const valenceWord = (v: number): string => (v <= -0.34 ? 'unpleasant' : v >= 0.34 ? 'pleasant' : 'neutral');
const arousalWord = (a: number): string => (a <= -0.34 ? 'low' : a >= 0.34 ? 'high' : 'moderate');

function subjective(t: T, f: SessionFacts): string {
  const quotes = f.reflections.map((r) =>
    r.question
      ? t('drafts:reflection.asked', { question: r.question, name: f.clientName, text: r.text })
      : t('drafts:reflection.wrote', { name: f.clientName, text: r.text }),
  );
  return quotes.length ? quotes.join('\n') : t('drafts:reflection.none');
}

function objective(t: T, f: SessionFacts): string {
  const lines: string[] = [t('drafts:session', { title: f.sessionTitle || t('drafts:session.untitled'), minutes: minutesOf(f) })];
  if (f.works.length) {
    const list = f.works.map((w) =>
      t('drafts:work', {
        title: w.title ? `"${w.title}"` : t('drafts:work.untitled'),
        kind: w.kind,
        prompt: w.prompt ? t('drafts:work.prompt', { prompt: w.prompt }) : '',
      }),
    );
    lines.push(t('drafts:works', { list: list.join('; ') }));
  } else lines.push(t('drafts:works.none'));
  const locale = (f.locale ?? 'en') as Locale;
  const dec = (x: number) => formatNumber(x, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  for (const m of f.moods) {
    lines.push(
      t('drafts:checkin', {
        moment: m.moment,
        activity: m.activity ? ` ${m.activity}` : '',
        distress: m.distress,
        valence: valenceWord(m.valence),
        arousal: arousalWord(m.arousal),
        v: dec(m.valence),
        a: dec(m.arousal),
      }),
    );
  }
  const before = f.moods.find((m) => m.moment === 'before');
  const after = [...f.moods].reverse().find((m) => m.moment === 'after');
  if (before && after) lines.push(t('drafts:distressChange', { before: before.distress, after: after.distress }));
  for (const m of f.measures) {
    const change = m.change !== null ? t('drafts:measure.change', { sign: m.change >= 0 ? '+' : '', change: m.change }) : '';
    const safety = m.safetyFlag ? t('drafts:measure.safety', { item: safetyItemLabel(t, m.measure) }) : '';
    lines.push(t('drafts:measure', { name: measureLabel(m.measure), total: m.total, band: m.band, change, safety }));
  }
  for (const a of f.alerts) lines.push(t('drafts:alert', { level: a.level, source: a.source, reasons: a.reasons.join(' ') }));
  if (f.homework.length)
    lines.push(t('drafts:homework', { list: f.homework.map((h) => t('drafts:homework.item', { title: h.title, status: h.status })).join('; ') }));
  return lines.join('\n');
}

/** Drafts the sections of a note in the given format from the session's facts, in `facts.locale` (else English). */
export function draftNote(format: NoteFormat, facts: SessionFacts): NoteSection[] {
  const t = translator(facts.locale ?? 'en');
  const placeholder = t('drafts:placeholder');
  const risk = facts.alerts.length || facts.measures.some((m) => m.safetyFlag) ? ` ${t('drafts:risk')}` : '';
  const label = (key: string) => t(`drafts:label.${key}`);
  const section = (key: string, text: string): NoteSection => ({ key, label: label(key), text });
  switch (format) {
    case 'SOAP':
      return [
        section('subjective', subjective(t, facts)),
        section('objective', objective(t, facts)),
        section('assessment', placeholder + risk),
        section('plan', placeholder),
      ];
    case 'DAP':
      return [section('data', `${subjective(t, facts)}\n\n${objective(t, facts)}`), section('assessment', placeholder + risk), section('plan', placeholder)];
    case 'BIRP':
      return [
        section('behavior', `${objective(t, facts)}\n\n${subjective(t, facts)}`),
        section(
          'intervention',
          facts.works.length ? `${t('drafts:intervention', { homework: facts.homework.length ? 'yes' : 'no' })} ${placeholder}` : placeholder,
        ),
        section('response', placeholder + risk),
        section('plan', placeholder),
      ];
  }
}

/** "PHQ-9", "WHO-5" — the measures' published names (from the registry), not their ids. */
function measureLabel(id: string): string {
  return isMeasureId(id) ? measureDefinition(id).name : id.toUpperCase();
}

/** "item 9" — the measure's safety item. */
function safetyItemLabel(t: T, id: string): string {
  const item = isMeasureId(id) ? measureDefinition(id).safetyItem : undefined;
  return item ? t('drafts:measure.item', { n: item.index + 1 }) : t('drafts:measure.anyItem');
}
