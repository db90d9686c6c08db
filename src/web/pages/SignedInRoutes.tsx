import { useEffect } from 'react';
import { TwoFactorGate } from '../account/TwoFactorGate.tsx';
import { AppShell } from '../components/AppShell.tsx';
import { matchPath, navigate } from '../router.ts';
import { i18n } from '../i18n.tsx';
import { useSession } from '../session.ts';
import { AccountPage } from './AccountPage.tsx';
import { BackendsPage } from './BackendsPage.tsx';
import { ArtworkPage } from './ArtworkPage.tsx';
import { CaseloadPage } from './CaseloadPage.tsx';
import { isChartTab } from './chart/chart-tabs.ts';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { ClientHomePage } from './ClientHomePage.tsx';
import { ClientPage } from './ClientPage.tsx';
import { ConsentPage } from './ConsentPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { CalmNowPage } from './calm/CalmNowPage.tsx';
import { PrivacyPage } from './PrivacyPage.tsx';
import { PracticePage } from '../practice/PracticePage.tsx';
import { GuidedImageryPage } from '../music/GuidedImageryPage.tsx';
import { MusicPage } from '../music/MusicPage.tsx';
import { LiveCanvasPage } from '../studio/LiveCanvasPage.tsx';
import { StudioPage } from '../studio/StudioPage.tsx';
import { GroupCanvasPage } from '../groups/GroupCanvasPage.tsx';
import { GroupPage } from '../groups/GroupPage.tsx';
import { GroupsPage } from '../groups/GroupsPage.tsx';
import { storiesPageFor } from '../stories/StoriesRoutes.tsx';
import { supportsPageFor } from '../supports/SupportsPage.tsx';

/** The pages a signed-in therapist or client can open, by path. */
export function SignedInRoutes({ path }: { path: string }) {
  const { me } = useSession();
  const stale = path === '/sign-in' || path === '/setup';
  useEffect(() => {
    if (stale) navigate('/', { replace: true });
  }, [stale]);

  return (
    <AppShell>
      <TwoFactorGate>{pageFor(path, me.role, me.clientId)}</TwoFactorGate>
    </AppShell>
  );
}

function pageFor(path: string, role: string, clientId: string | null) {
  if (path === '/' || path === '/sign-in' || path === '/setup') {
    if (role === 'therapist') return <DashboardPage />;
    if (role === 'client' && clientId) return <ClientHomePage clientId={clientId} />;
    return <NotFoundPage message={i18n.t('pages:routes.operator')} />;
  }
  if (path === '/account') return <AccountPage />;
  if (path === '/practice' && (role === 'therapist' || role === 'admin')) return <PracticePage />;
  if (path === '/clients' && role === 'therapist') return <CaseloadPage />;
  if (path === '/settings/model-servers' && (role === 'therapist' || role === 'admin')) return <BackendsPage />;
  if (path === '/consent' && role === 'client' && clientId) return <ConsentPage clientId={clientId} />;
  if (path === '/privacy' && role === 'client' && clientId) return <PrivacyPage clientId={clientId} />;
  if (path === '/calm' && role === 'client') return <CalmNowPage />;
  if (path === '/music' && role === 'client') return <MusicPage />;
  if (path === '/guided' && role === 'client') return <GuidedImageryPage />;
  if (path === '/studio' && role === 'client') return <StudioPage key="new" />;
  const studio = matchPath('/studio/:id', path);
  if (studio && role === 'client') return <StudioPage key={studio.id} artworkId={studio.id!} />;
  const stories = storiesPageFor(path, role, clientId);
  if (stories) return stories;
  const supports = supportsPageFor(path, role, clientId);
  if (supports) return supports;
  const liveCanvas = matchPath('/clients/:id/live', path);
  if (liveCanvas && role === 'therapist') return <LiveCanvasPage key={liveCanvas.id} clientId={liveCanvas.id!} />;
  const chart = matchPath('/clients/:id/:tab', path);
  if (chart && role === 'therapist' && isChartTab(chart.tab)) return <ClientPage key={chart.id} clientId={chart.id!} tab={chart.tab} />;
  const client = matchPath('/clients/:id', path);
  if (client && role === 'therapist') return <ClientPage key={client.id} clientId={client.id!} tab="overview" />;
  if (path === '/groups' && (role === 'therapist' || role === 'client')) return <GroupsPage />;
  const group = matchPath('/groups/:id', path);
  if (group && (role === 'therapist' || role === 'client')) return <GroupPage key={group.id} groupId={group.id!} />;
  const groupSession = matchPath('/group-sessions/:id', path);
  if (groupSession && (role === 'therapist' || role === 'client')) return <GroupCanvasPage key={groupSession.id} sessionId={groupSession.id!} />;
  const artwork = matchPath('/artworks/:id', path);
  if (artwork && (role === 'therapist' || role === 'client')) return <ArtworkPage key={artwork.id} artworkId={artwork.id!} />;
  return <NotFoundPage />;
}
