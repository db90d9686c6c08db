import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Artwork, Client } from '../../api/client.ts';
import { AuditPanel } from '../../components/AuditPanel.tsx';
import { ClientDetails } from '../../components/ClientDetails.tsx';
import { Gallery } from '../../components/Gallery.tsx';
import { InvitePanel } from '../../components/InvitePanel.tsx';
import { Loading, Notice } from '../../components/Notice.tsx';
import { SessionsPanel } from '../../components/SessionsPanel.tsx';
import { UploadForm } from '../../components/UploadForm.tsx';
import { ConsentSummary } from '../../consent/ConsentSummary.tsx';
import { DownloadEverything } from '../../export/DownloadEverything.tsx';
import { useT } from '../../i18n.tsx';
import { MusicPage } from '../../music/MusicPage.tsx';
import { useLoad } from '../../use-load.ts';
import { CheckinsPanel } from '../../workspace/CheckinsPanel.tsx';
import { HomeworkPanel } from '../../workspace/HomeworkPanel.tsx';
import { InsightsPanel } from '../../workspace/InsightsPanel.tsx';
import { MeasuresPanel } from '../../workspace/MeasuresPanel.tsx';
import { NotesPanel } from '../../workspace/NotesPanel.tsx';
import { PlanSession } from '../../workspace/PlanSession.tsx';
import { PlansPanel } from '../../workspace/PlansPanel.tsx';
import { ReflectionsPanel } from '../../workspace/ReflectionsPanel.tsx';
import type { ChartTab } from './chart-tabs.ts';
import { CareHistory } from '../../practice/CareHistory.tsx';
import { CrisisRegionField } from '../../practice/CrisisRegionField.tsx';

interface PanelProps {
  tab: ChartTab;
  client: Client;
  onChanged(client: Client, message: string): void;
}

/** What one tab of the chart holds. Only the open tab is rendered (and loads its data). */
export function ChartPanel({ tab, client: c, onChanged }: PanelProps) {
  const { t } = useT();
  switch (tab) {
    case 'overview':
      return (
        <div className="chart-panel">
          <div className="chart-section">
            <SessionsPanel client={c} />
          </div>
          <div className="columns">
            <section className="chart-section" aria-labelledby="details-heading">
              <ClientDetails key={c.updatedAt} client={c} onChanged={onChanged} />
            </section>
            <section className="chart-section" aria-label={t('pages:chart.invite')}>
              <InvitePanel client={c} />
            </section>
          </div>
        </div>
      );
    case 'works':
      return <WorksPanel client={c} />;
    case 'music':
      return <MusicPage key={c.id} clientId={c.id} />;
    case 'measures':
      return (
        <div className="chart-panel">
          <MeasuresPanel client={c} />
          <CheckinsPanel clientId={c.id} />
        </div>
      );
    case 'notes':
      return <NotesPanel client={c} />;
    case 'plan':
      return (
        <div className="chart-panel">
          <PlansPanel client={c} />
          <PlanSession client={c} />
        </div>
      );
    case 'homework':
      return <HomeworkPanel client={c} />;
    case 'record':
      return <RecordPanel client={c} />;
  }
}

function WorksPanel({ client: c }: { client: Client }) {
  const { t } = useT();
  const artworks = useLoad(() => api.artworks(c.id), [c.id]);
  const uploaded = (art: Artwork) => artworks.set((old) => [art, ...(old ?? [])]);
  return (
    <div className="chart-panel">
      <section className="chart-section" aria-labelledby="gallery-heading">
        <div className="section-head">
          <h2 id="gallery-heading">{t('daily:chart.gallery')}</h2>
          <span className="muted">{artworks.data ? t('common:works', { count: artworks.data.length }) : ''}</span>
        </div>
        {artworks.loading && !artworks.data ? <Loading label={t('daily:chart.galleryLoading')} /> : null}
        {artworks.error ? <Notice tone="error">{artworks.error}</Notice> : null}
        {artworks.data ? <Gallery artworks={artworks.data} empty={t('daily:chart.galleryEmpty', { name: c.displayName })} /> : null}
      </section>
      {c.status === 'active' ? (
        <section className="chart-section">
          <UploadForm clientId={c.id} onUploaded={uploaded} heading={t('daily:chart.addWork', { name: c.displayName })} intro={t('daily:chart.addWorkIntro')} />
        </section>
      ) : null}
      <ReflectionsPanel client={c} />
      <InsightsPanel client={c} />
    </div>
  );
}

function RecordPanel({ client: c }: { client: Client }) {
  const [auditKey, setAuditKey] = useState(0);
  return (
    <div className="chart-panel">
      <ConsentSummary clientId={c.id} clientName={c.displayName} />
      <CareHistory clientId={c.id} />
      <CrisisRegionField clientId={c.id} />
      <DownloadEverything clientId={c.id} name={c.displayName} onDownloaded={() => setAuditKey((k) => k + 1)} />
      <section className="card" aria-labelledby="audit-heading">
        <AuditPanel clientId={c.id} refreshKey={auditKey} />
      </section>
    </div>
  );
}
