/**
 * The built-in session-note drafter: turns a session's facts into a SOAP, DAP or BIRP draft for
 * the therapist to edit and sign. It only restates what was recorded — the client's words are
 * quoted, measures and moods are reported with their numbers — and leaves assessment and plan
 * for the therapist's own judgement. A local language model can replace it behind TextBackend.
 */
import { ALERT_SOURCE_LABEL, ALERT_SOURCES } from '../alert-sources.ts';
import type { AlertSource } from '../alert-sources.ts';
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
}

const PLACEHOLDER = '[For the therapist to complete.]';

function minutes(f: SessionFacts): string {
  if (!f.startedAt || !f.endedAt) return '';
  const m = Math.round((Date.parse(f.endedAt) - Date.parse(f.startedAt)) / 60_000);
  return m > 0 ? ` (${m} minutes)` : '';
}

const valenceWord = (v: number): string => (v <= -0.34 ? 'unpleasant' : v >= 0.34 ? 'pleasant' : 'neutral');
const arousalWord = (a: number): string => (a <= -0.34 ? 'low energy' : a >= 0.34 ? 'activated' : 'moderate energy');

function subjective(f: SessionFacts): string {
  const quotes = f.reflections.map((r) => (r.question ? `Asked "${r.question}", ${f.clientName} wrote: "${r.text}"` : `${f.clientName} wrote: "${r.text}"`));
  return quotes.length ? quotes.join('\n') : `No written reflections were recorded in this session.`;
}

function objective(f: SessionFacts): string {
  const lines: string[] = [`Session "${f.sessionTitle || 'Untitled'}"${minutes(f)}.`];
  if (f.works.length) {
    lines.push(
      `Works made: ${f.works.map((w) => `${w.title ? `"${w.title}"` : 'untitled'} (${w.kind}${w.prompt ? `, described as "${w.prompt}"` : ''})`).join('; ')}.`,
    );
  } else lines.push('No works were saved in this session.');
  for (const m of f.moods) {
    lines.push(
      `Check-in ${m.moment}${m.activity ? ` ${m.activity}` : ''}: distress ${m.distress}/10, feeling ${valenceWord(m.valence)}, ${arousalWord(m.arousal)} (valence ${m.valence.toFixed(1)}, arousal ${m.arousal.toFixed(1)}).`,
    );
  }
  const before = f.moods.find((m) => m.moment === 'before');
  const after = [...f.moods].reverse().find((m) => m.moment === 'after');
  if (before && after) lines.push(`Self-rated distress went from ${before.distress} to ${after.distress} over the session.`);
  for (const m of f.measures) {
    const change = m.change !== null ? `, ${m.change >= 0 ? '+' : ''}${m.change} since the previous response` : '';
    lines.push(`${measureLabel(m.measure)}: ${m.total} (${m.band})${change}${m.safetyFlag ? `; ${safetyItemLabel(m.measure)} answered above 0` : ''}.`);
  }
  for (const a of f.alerts) lines.push(`Safety screen (${a.level}, from ${sourceLabel(a.source)}): ${a.reasons.join(' ')}`);
  if (f.homework.length) lines.push(`Homework: ${f.homework.map((h) => `${h.title} (${h.status.replace('_', ' ')})`).join('; ')}.`);
  return lines.join('\n');
}

/** Drafts the sections of a note in the given format from the session's facts. */
export function draftNote(format: NoteFormat, facts: SessionFacts): NoteSection[] {
  const risk =
    facts.alerts.length || facts.measures.some((m) => m.safetyFlag)
      ? ' Safety screen positive in this session: document the risk assessment and safety plan.'
      : '';
  switch (format) {
    case 'SOAP':
      return [
        { key: 'subjective', label: 'Subjective', text: subjective(facts) },
        { key: 'objective', label: 'Objective', text: objective(facts) },
        { key: 'assessment', label: 'Assessment', text: PLACEHOLDER + risk },
        { key: 'plan', label: 'Plan', text: PLACEHOLDER },
      ];
    case 'DAP':
      return [
        { key: 'data', label: 'Data', text: `${subjective(facts)}\n\n${objective(facts)}` },
        { key: 'assessment', label: 'Assessment', text: PLACEHOLDER + risk },
        { key: 'plan', label: 'Plan', text: PLACEHOLDER },
      ];
    case 'BIRP':
      return [
        { key: 'behavior', label: 'Behavior', text: `${objective(facts)}\n\n${subjective(facts)}` },
        {
          key: 'intervention',
          label: 'Intervention',
          text: facts.works.length ? `Art-making in the studio${facts.homework.length ? ' and review of homework' : ''}. ${PLACEHOLDER}` : PLACEHOLDER,
        },
        { key: 'response', label: 'Response', text: PLACEHOLDER + risk },
        { key: 'plan', label: 'Plan', text: PLACEHOLDER },
      ];
  }
}

/** "PHQ-9", "WHO-5" — the measures' published names (from the registry), not their ids. */
function measureLabel(id: string): string {
  return isMeasureId(id) ? measureDefinition(id).name : id.toUpperCase();
}

/** "item 9" — the measure's safety item. */
function safetyItemLabel(id: string): string {
  const item = isMeasureId(id) ? measureDefinition(id).safetyItem : undefined;
  return item ? `item ${item.index + 1}` : 'a safety item';
}

const sourceLabel = (source: string): string =>
  (ALERT_SOURCES as readonly string[]).includes(source) ? ALERT_SOURCE_LABEL[source as AlertSource] : `a ${source}`;
