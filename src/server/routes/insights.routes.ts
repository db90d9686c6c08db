import { ArtworkFeaturesResponse, IdParams, Insights } from '../../domain/api/schemas.ts';
import { artworkFeatures, clientInsights } from '../../services/insights/insights.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Insights for the therapist: artwork and drawing-process features against the client's own baseline (observations, not diagnoses). */
export function insightRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/clients/:id/insights',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'insights.read', consent: 'insights' },
      schema: {
        tags: ['insights'],
        summary: "Artwork and drawing-process features against this client's own baseline",
        params: IdParams,
        response: { 200: Insights },
      },
    },
    async (req) => clientInsights(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.get(
    '/api/artworks/:id/features',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.features', consent: 'insights' },
      schema: { tags: ['insights'], summary: 'The full descriptive features of one artwork', params: IdParams, response: { 200: ArtworkFeaturesResponse } },
    },
    async (req) => artworkFeatures(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork')),
  );
}
