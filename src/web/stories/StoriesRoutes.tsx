import { Suspense, lazy } from 'react';
import { Loading } from '../components/Notice.tsx';
import { matchPath } from '../router.ts';
import { SeriesPage } from './SeriesPage.tsx';
import { StoriesPage, TherapistStoriesIndex } from './StoriesPage.tsx';
import { ThenNowPage } from './ThenNowPage.tsx';

/** The 3D room is its own chunk: three.js loads only when someone opens the gallery. */
const GalleryPage = lazy(() => import('../gallery3d/GalleryPage.tsx'));

function page(kind: string, clientId: string, role: 'client' | 'therapist') {
  if (kind === '') return <StoriesPage clientId={clientId} role={role} />;
  if (kind === 'then-now') return <ThenNowPage clientId={clientId} role={role} />;
  if (kind === 'gallery')
    return (
      <Suspense fallback={<Loading />}>
        <GalleryPage clientId={clientId} role={role} />
      </Suspense>
    );
  return <SeriesPage key={kind} clientId={clientId} seriesId={kind} role={role} />;
}

/**
 * The stories pages for a path, or null when the path is not one of them: `/stories[/…]` for a
 * client, `/stories` (choose a client) and `/clients/:id/stories[/…]` for a therapist.
 */
export function storiesPageFor(path: string, role: string, clientId: string | null) {
  if (role === 'client' && clientId) {
    if (path === '/stories') return page('', clientId, 'client');
    const m = matchPath('/stories/:kind', path);
    if (m) return page(m.kind!, clientId, 'client');
  }
  if (role === 'therapist') {
    if (path === '/stories') return <TherapistStoriesIndex />;
    const top = matchPath('/clients/:id/stories', path);
    if (top) return page('', top.id!, 'therapist');
    const m = matchPath('/clients/:id/stories/:kind', path);
    if (m) return page(m.kind!, m.id!, 'therapist');
  }
  return null;
}
