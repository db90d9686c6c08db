/** The therapist's home in one call, and the local-time windows it asks for (a day or a week). */
import { data, http } from '../../api/http.ts';
import type { Reply } from '../../api/types.ts';

export type Dashboard = Reply<'/api/dashboard', 'get'>;
export type DashboardSession = Dashboard['sessions'][number];
export type View = 'day' | 'week';

export const loadDashboard = (from: Date, to: Date): Promise<Dashboard> =>
  data(http.GET('/api/dashboard', { params: { query: { from: from.toISOString(), to: to.toISOString() } } }));

/** Local midnight of `d`. */
export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The window shown: the day of `anchor`, or its week from Monday (local time, so DST-safe by calendar days). */
export function windowFor(view: View, anchor: Date): { from: Date; to: Date } {
  const day = startOfDay(anchor);
  if (view === 'day') return { from: day, to: new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1) };
  const back = (day.getDay() + 6) % 7; // Monday = 0
  const from = new Date(day.getFullYear(), day.getMonth(), day.getDate() - back);
  return { from, to: new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7) };
}

/** The anchor one day or week earlier (`step` −1) or later (+1). */
export function shift(view: View, anchor: Date, step: -1 | 1): Date {
  return new Date(anchor.getFullYear(), anchor.getMonth(), anchor.getDate() + step * (view === 'day' ? 1 : 7));
}
