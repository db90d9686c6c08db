/**
 * The export reads each section through the service its read route calls, so it must apply the
 * same roles and consent as that route: a section that drifted from its route would show a
 * client something the app does not (or hide what it shows). Content is checked end to end
 * against the API in src/server/export.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from '../../../test/helpers/harness.ts';
import type { Harness } from '../../../test/helpers/harness.ts';
import { SECTIONS } from './client-export.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 180_000);
afterAll(() => h.close());

describe('export sections', () => {
  it('each mirror a registered read route with the same roles and consent', () => {
    for (const s of SECTIONS) {
      const [method, url] = s.route.split(' ');
      const route = h.routes.find((r) => r.method === method && r.url === url);
      expect(route, `${s.name}: ${s.route} is not a route`).toBeDefined();
      const access = route!.access;
      expect('roles' in access ? [...access.roles].sort() : [], s.name).toEqual([...s.roles].sort());
      expect(route!.consent, s.name).toBe(s.consent);
    }
  });

  it('cover every read route of a client record that holds records', () => {
    const covered = new Set(SECTIONS.map((s) => s.route));
    // Reads of one record (by its own id), files and live views are exported through their lists.
    const notSections = new Set([
      'GET /api/clients/:id/export',
      'GET /api/clients/:id/measure-schedule',
      'GET /api/clients/:id/invites',
      'GET /api/clients/:id/live-canvas',
      'GET /api/clients/:id/music/recommendation',
      'GET /api/clients/:id/jobs/:jobId',
      'GET /api/clients/:id/series/:seriesId/storybook.pdf',
      'GET /api/clients/:id/supports/:supportId/print.pdf',
      // Suggestions are derived from the record (goals, measures), not a record of their own.
      'GET /api/clients/:id/directive-suggestions',
      // Which region's crisis contacts apply, and how the caller reaches the record: not records.
      'GET /api/clients/:id/crisis-region',
      'GET /api/clients/:id/access',
    ]);
    const clientReads = h.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/clients/:id') && !notSections.has(`${r.method} ${r.url}`));
    expect(clientReads.map((r) => `${r.method} ${r.url}`).filter((k) => !covered.has(k))).toEqual([]);
  });
});
