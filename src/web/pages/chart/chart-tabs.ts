/** The tabs of a client's chart, each its own address: `/clients/:id/:tab` (overview at `/clients/:id`). */
export const CHART_TABS = ['overview', 'works', 'music', 'measures', 'notes', 'plan', 'homework', 'record'] as const;
export type ChartTab = (typeof CHART_TABS)[number];

export const isChartTab = (s: string | undefined): s is ChartTab => (CHART_TABS as readonly string[]).includes(s ?? '');

/** Where the old single-page chart's `#hash` places live now (bookmarks keep working). */
const OLD_HASH: Record<string, ChartTab> = {
  measures: 'measures', mood: 'measures', reflections: 'works', insights: 'works', 'plan-session': 'plan', homework: 'homework', notes: 'notes', plans: 'plan',
};

export function tabFromHash(hash: string): ChartTab | null {
  return OLD_HASH[hash.replace(/^#/, '')] ?? null;
}

export const chartPath = (clientId: string, tab: ChartTab): string => (tab === 'overview' ? `/clients/${clientId}` : `/clients/${clientId}/${tab}`);
