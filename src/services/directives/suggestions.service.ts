/**
 * Directive suggestions for one client, for their therapist: the catalogue (built-in and the
 * therapist's own) ranked by suggest.ts from the client's profile goals, active treatment plans,
 * latest PHQ-9/GAD-7, the homework they completed and how they felt after it (their before/after
 * check-ins), what music has eased them (their listenings), how recent works sit against their own
 * usual range (stored insight features; nothing is computed here) and the traditions they chose.
 * Read-only: approving a suggestion is assigning it as homework or planning it for the next
 * session through the existing routes, so nothing reaches the client before the therapist chooses.
 */
import type { z } from 'zod';
import type { DirectiveSuggestions, DirectiveSuggestionsQuery } from '../../domain/api/supports.schemas.ts';
import { DIRECTIVE_CATALOGUE } from '../../domain/directives/index.ts';
import type { Directive } from '../../domain/directives/index.ts';
import type { Locale } from '../../domain/i18n/index.ts';
import { measureDefinition } from '../../domain/measures/index.ts';
import { mostHelpful } from '../../domain/music/index.ts';
import type { ListeningOutcome } from '../../domain/music/index.ts';
import { traditionById } from '../../domain/supports/traditions.ts';
import { observeTrends, trendDefaults } from '../../engines/analysis/index.ts';
import type { ClientRecord, MeasureResponseRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import type { ModelWording } from './openai-wording.ts';
import type { FeatureTrend, HomeworkOutcome, MeasureSignal, MusicHelps } from './suggest.ts';
import { reasonText, suggestDirectives } from './suggest.ts';

function latest(measures: readonly MeasureResponseRecord[], id: 'phq9' | 'gad7'): MeasureSignal | undefined {
  const m = measures.filter((x) => x.measure === id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!m) return undefined;
  // Responses store the band's label (measures.service); older rows may hold its id.
  const band = measureDefinition(m.measure).bands.find((b) => b.label === m.band || b.id === m.band);
  return { total: m.total, severity: band?.severity ?? 0, band: band?.label ?? m.band, safetyFlag: m.safetyFlag };
}

/** Completed homework with the distress change between its before and after check-ins (the client's own rating of it). */
async function homeworkOutcomes(store: Store, clientId: string, catalogue: readonly Directive[]): Promise<HomeworkOutcome[]> {
  const [homework, checkins] = await Promise.all([store.homework.listForClient(clientId), store.clinical.checkins(clientId)]);
  const tags = new Map(catalogue.map((d) => [d.id, d.goalTags]));
  return homework
    .filter((h) => h.status === 'completed')
    .flatMap((h) => {
      const goalTags = tags.get(h.directiveId);
      if (!goalTags) return [];
      const mine = checkins.filter((c) => c.homeworkId === h.id).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      const before = mine.filter((c) => c.moment === 'before').at(-1);
      const after = mine.find((c) => c.moment === 'after');
      return [{ directiveId: h.directiveId, goalTags, ...(before && after ? { distressChange: after.distress - before.distress } : {}) }];
    });
}

/** Recent kept works outside the client's own usual range, from the features insights already stored. */
async function featureTrends(store: Store, clientId: string): Promise<FeatureTrend[]> {
  const works = (await store.artworks.listForClient(clientId, 'kept')).filter((a) => a.kind !== 'inpainted');
  const vectors = await store.artworks.featureVectors(clientId);
  const series = works.flatMap((w) => {
    const values = vectors.get(w.id);
    return values ? [{ id: w.id, at: w.createdAt.getTime(), values }] : [];
  });
  return observeTrends(series, trendDefaults()).map((o) => ({ feature: o.feature, direction: o.direction, runLength: o.runLength }));
}

async function musicHelps(store: Store, clientId: string): Promise<{ helps?: MusicHelps; total: number }> {
  const listens = await store.music.listensForClient(clientId);
  const history: ListeningOutcome[] = listens.map((l) => ({
    params: { bpm: l.bpm, mode: l.mode as ListeningOutcome['params']['mode'], instruments: l.instruments as ListeningOutcome['params']['instruments'] },
    before: l.before,
    after: l.after,
  }));
  const best = mostHelpful(history);
  return { total: listens.length, ...(best ? { helps: { meanDistressChange: best.meanDistressChange, listenings: best.listenings, tempo: best.tempo } } : {}) };
}

/** The client's name and its parts: never sent to a language model. */
const identifiers = (client: ClientRecord): string[] => [client.displayName, ...client.displayName.split(/\s+/)].filter((s) => s.trim().length >= 2);

/** The ranked suggestions with their reasons (and which signals were used, so the therapist sees what it rests on). */
export async function directiveSuggestions(
  { store, suggestionWording }: StoreDeps & { suggestionWording?: ModelWording | null },
  actor: Actor,
  { client }: Subject,
  query: z.output<typeof DirectiveSuggestionsQuery> = {},
): Promise<z.infer<typeof DirectiveSuggestions>> {
  const locale: Locale = query.lang ?? actor.locale ?? 'en';
  const plans = (await store.plans.listForClient(client.id, false)).filter((p) => p.status === 'active');
  const goalTexts = [client.goals, ...plans.flatMap((p) => [...p.content.problems, ...p.content.goals.map((g) => g.text)])].filter((g) => g.trim());
  const measures = await store.clinical.measures(client.id);
  const homework = await store.homework.listForClient(client.id);
  const completed = homework
    .filter((h) => h.status === 'completed')
    .sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0))
    .map((h) => h.directiveId);
  const own: Directive[] = (await store.workspace.directivesOf(actor.userId)).map((d) => d.directive);
  const catalogue = [...DIRECTIVE_CATALOGUE, ...own];
  const gad7 = latest(measures, 'gad7');
  const phq9 = latest(measures, 'phq9');
  const traditions = (await store.supports.traditions(client.id)).flatMap((id) => {
    const t = traditionById(id);
    return t ? [{ name: t.names.en, names: t.names, directiveIds: t.directives }] : [];
  });
  const outcomes = await homeworkOutcomes(store, client.id, catalogue);
  const trends = await featureTrends(store, client.id);
  const music = await musicHelps(store, client.id);
  const out = suggestDirectives(catalogue, {
    goalTexts,
    gad7,
    phq9,
    completedDirectiveIds: completed,
    homeworkOutcomes: outcomes,
    trends,
    music: music.helps,
    traditions,
  });
  let reasons = out.map((s) => reasonText(s, locale));
  let wordedBy: 'builtin' | 'model' = 'builtin';
  // The practice's language model may reword the reasons: off this machine only with the client's external-AI consent.
  if (suggestionWording && out.length > 0 && (!suggestionWording.external || (await store.consents.has(client.id, 'external_ai')))) {
    const worded = await suggestionWording.reword(out, locale, { avoid: identifiers(client) }).catch(() => reasons);
    if (worded.length === out.length && worded.some((w, i) => w !== reasons[i])) {
      reasons = worded;
      wordedBy = 'model';
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
      rated: outcomes.filter((o) => o.distressChange !== undefined).length,
      trends: trends.length,
      listenings: music.total,
    },
    wordedBy,
  };
}
