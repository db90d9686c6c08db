import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Client } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { navigate } from '../router.ts';
import { useLoad } from '../use-load.ts';
import { AlertsPanel } from '../workspace/AlertsPanel.tsx';
import { Tabs } from '../workspace/Tabs.tsx';
import { ChartHeader } from './chart/ChartHeader.tsx';
import { ChartPanel } from './chart/ChartPanel.tsx';
import { CHART_TABS, chartPath, tabFromHash } from './chart/chart-tabs.ts';
import type { ChartTab } from './chart/chart-tabs.ts';
import '../workspace/workspace.css';
import '../workspace/charts.css';
import '../workspace/records.css';
import './chart/chart.css';
import { SupervisionNotice } from '../practice/SupervisionNotice.tsx';

const TAB_KEY = {
  overview: 'daily:chart.tab.overview',
  works: 'daily:chart.tab.works',
  music: 'daily:chart.tab.music',
  measures: 'daily:chart.tab.measures',
  notes: 'daily:chart.tab.notes',
  plan: 'daily:chart.tab.plan',
  homework: 'daily:chart.tab.homework',
  record: 'daily:chart.tab.record',
} as const;

/**
 * One client's chart for their therapist: a compact header (who, next session, open alerts) over
 * tabs, each with its own address so a link (from the to-do list, a bookmark) opens the right place.
 */
export function ClientPage({ clientId, tab }: { clientId: string; tab: ChartTab }) {
  const { t } = useT();
  const client = useLoad(() => api.client(clientId), [clientId]);
  const [status, setStatus] = useState<string | null>(null);

  // Old links to `/clients/:id#notes` land on the tab that holds that panel now.
  useEffect(() => {
    const moved = tabFromHash(location.hash);
    if (moved) navigate(chartPath(clientId, moved), { replace: true });
  }, [clientId]);

  if (client.loading && !client.data) return <Loading label={t('daily:chart.loading')} />;
  if (client.error || !client.data) {
    return (
      <section className="card">
        <PageHeading title={t('daily:chart.notFound')}>{t('daily:chart.notFound')}</PageHeading>
        <Notice tone="error">{client.error ?? t('daily:chart.notFound')}</Notice>
        <p>
          <Link to="/clients">{t('daily:chart.backToClients')}</Link>
        </p>
      </section>
    );
  }

  const c = client.data;
  const changed = (updated: Client, message: string) => {
    client.set(() => updated);
    setStatus(message);
  };
  return (
    <>
      <nav aria-label={t('daily:chart.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('daily:home.title')}</Link> <span aria-hidden="true">›</span> <Link to="/clients">{t('daily:chart.clients')}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{c.displayName}</span>
      </nav>
      <ChartHeader client={c} headingLevel={tab === 'music' ? 'p' : 'h1'} />
      <SupervisionNotice clientId={c.id} />
      <LiveStatus message={status} />
      <AlertsPanel clientId={c.id} />
      <Tabs
        label={t('daily:chart.tabsLabel', { name: c.displayName })}
        tabs={CHART_TABS.map((id) => ({ id, label: t(TAB_KEY[id]) }))}
        current={tab}
        onChange={(id) => navigate(chartPath(c.id, id as ChartTab), { keepScroll: true })}
        className="ws chart-tabs"
      >
        <ChartPanel tab={tab} client={c} onChanged={changed} />
      </Tabs>
    </>
  );
}
