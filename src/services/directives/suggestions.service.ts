/**
 * Directive suggestions for one client, for their therapist: the catalogue (built-in and the
 * therapist's own) ranked by suggest.ts from the client's profile goals, active treatment plans,
 * latest PHQ-9/GAD-7 and the homework they completed. Read-only: approving a suggestion is
 * assigning it as homework (or planning it for a session) through the existing routes, so
 * nothing reaches the client before the therapist chooses.
 */
import type { z } from 'zod';
import type { DirectiveSuggestions } from '../../domain/api/supports.schemas.ts';
import { DIRECTIVE_CATALOGUE } from '../../domain/directives/index.ts';
import type { Directive } from '../../domain/directives/index.ts';
import { measureDefinition } from '../../domain/measures/index.ts';
import { traditionById } from '../../domain/supports/traditions.ts';
import type { MeasureResponseRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import type { MeasureSignal, SuggestionWording } from './suggest.ts';
import { builtinWording, suggestDirectives } from './suggest.ts';

function latest(measures: readonly MeasureResponseRecord[], id: 'phq9' | 'gad7'): MeasureSignal | undefined {
  const m = measures.filter((x) => x.measure === id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!m) return undefined;
  const band = measureDefinition(m.measure).bands.find((b) => b.id === m.band);
  return { total: m.total, severity: band?.severity ?? 0, band: band?.label ?? m.band, safetyFlag: m.safetyFlag };
}

/** The ranked suggestions with their reasons (and which signals were used, so the therapist sees what it rests on). */
export async function directiveSuggestions(
  { store, suggestionWording }: StoreDeps & { suggestionWording?: SuggestionWording },
  actor: Actor,
  { client }: Subject,
): Promise<z.infer<typeof DirectiveSuggestions>> {
  const plans = (await store.plans.listForClient(client.id, false)).filter((p) => p.status === 'active');
  const goalTexts = [client.goals, ...plans.flatMap((p) => [...p.content.problems, ...p.content.goals.map((g) => g.text)])].filter((g) => g.trim());
  const measures = await store.clinical.measures(client.id);
  const homework = await store.homework.listForClient(client.id);
  const completed = homework
    .filter((h) => h.status === 'completed')
    .sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0))
    .map((h) => h.directiveId);
  const own: Directive[] = (await store.workspace.directivesOf(actor.userId)).map((d) => d.directive);
  const gad7 = latest(measures, 'gad7');
  const phq9 = latest(measures, 'phq9');
  const traditions = (await store.supports.traditions(client.id)).flatMap((id) => {
    const t = traditionById(id);
    return t ? [{ name: t.names.en, directiveIds: t.directives }] : [];
  });
  const out = suggestDirectives([...DIRECTIVE_CATALOGUE, ...own], { goalTexts, gad7, phq9, completedDirectiveIds: completed, traditions });
  // A configured model may reword the reasons; if it fails or answers out of shape, the built-in words stand.
  let reasons = out.map((s) => s.reason);
  if (suggestionWording) {
    try {
      const worded = await suggestionWording.reword(out, 'en');
      if (worded.length === out.length && worded.every((w) => typeof w === 'string' && w.trim() && w.length <= 300)) reasons = worded;
    } catch {
      reasons = await builtinWording.reword(out, 'en');
    }
  }
  return {
    suggestions: out.map((s, i) => ({
      directiveId: s.directive.id,
      title: s.directive.title,
      mode: s.directive.mode,
      goalTags: [...s.directive.goalTags],
      reason: reasons[i]!,
    })),
    basedOn: {
      goals: goalTexts.length,
      gad7: gad7 ? `${gad7.band} (${gad7.total})` : null,
      phq9: phq9 ? `${phq9.band} (${phq9.total})` : null,
      completed: completed.length,
    },
  };
}
