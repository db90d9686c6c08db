/** The therapist's home in one call (`GET /api/dashboard`) for a window from calendar.ts. */
import { data, http } from '../../api/http.ts';
import type { Reply } from '../../api/types.ts';

export type Dashboard = Reply<'/api/dashboard', 'get'>;
export type DashboardSession = Dashboard['sessions'][number];

export const loadDashboard = (from: Date, to: Date): Promise<Dashboard> =>
  data(http.GET('/api/dashboard', { params: { query: { from: from.toISOString(), to: to.toISOString() } } }));
