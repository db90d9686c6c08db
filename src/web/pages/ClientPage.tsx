import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Artwork, Client } from '../api/client.ts';
import { AuditPanel } from '../components/AuditPanel.tsx';
import { ClientDetails } from '../components/ClientDetails.tsx';
import { Gallery } from '../components/Gallery.tsx';
import { InvitePanel } from '../components/InvitePanel.tsx';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SessionsPanel } from '../components/SessionsPanel.tsx';
import { UploadForm } from '../components/UploadForm.tsx';
import { ConsentSummary } from '../consent/ConsentSummary.tsx';
import { DownloadEverything } from '../export/DownloadEverything.tsx';
import { useLoad } from '../use-load.ts';
import { AlertsPanel } from '../workspace/AlertsPanel.tsx';
import { ClientWorkspace } from '../workspace/ClientWorkspace.tsx';

/** One client, for their therapist: details, invite, sessions, gallery and access history. */
export function ClientPage({ clientId }: { clientId: string }) {
  const client = useLoad(() => api.client(clientId), [clientId]);
  const artworks = useLoad(() => api.artworks(clientId), [clientId]);
  const [status, setStatus] = useState<string | null>(null);
  const [auditKey, setAuditKey] = useState(0);
  const touched = () => setAuditKey((k) => k + 1);

  if (client.loading && !client.data) return <Loading label="Loading the client’s record…" />;
  if (client.error || !client.data) {
    return (
      <section className="card">
        <PageHeading title="Client not found">Client not found</PageHeading>
        <Notice tone="error">{client.error ?? 'That client was not found.'}</Notice>
        <p>
          <Link to="/">Back to your caseload</Link>
        </p>
      </section>
    );
  }

  const c = client.data;
  const changed = (updated: Client, message: string) => {
    client.set(() => updated);
    setStatus(message);
    touched();
  };
  const uploaded = (art: Artwork) => {
    artworks.set((old) => [art, ...(old ?? [])]);
    touched();
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Caseload</Link> <span aria-hidden="true">›</span> <span aria-current="page">{c.displayName}</span>
      </nav>
      <PageHeading title={c.displayName} lead={[c.pronouns, c.status === 'archived' ? 'Archived' : null].filter(Boolean).join(' · ') || undefined}>
        {c.displayName}
      </PageHeading>
      <LiveStatus message={status} />
      <AlertsPanel clientId={c.id} />
      <div className="columns">
        <section className="card" aria-labelledby="details-heading">
          <ClientDetails key={c.updatedAt} client={c} onChanged={changed} />
        </section>
        <section className="card" aria-label="Invite">
          <InvitePanel client={c} />
        </section>
      </div>
      <section className="card" aria-label="Sessions">
        <SessionsPanel client={c} />
      </section>
      <ClientWorkspace client={c} />
      <section className="card" aria-labelledby="gallery-heading">
        <div className="section-head">
          <h2 id="gallery-heading">Gallery</h2>
          <span className="muted">{artworks.data ? `${artworks.data.length} ${artworks.data.length === 1 ? 'work' : 'works'}` : ''}</span>
          <Link to={`/clients/${c.id}/live`} className="button button--secondary button--small">
            Watch live
          </Link>
        </div>
        {artworks.loading && !artworks.data ? <Loading label="Loading the gallery…" /> : null}
        {artworks.error ? <Notice tone="error">{artworks.error}</Notice> : null}
        {artworks.data ? <Gallery artworks={artworks.data} empty={`No works yet. When ${c.displayName} uploads a drawing, it appears here.`} /> : null}
      </section>
      {c.status === 'active' ? (
        <section className="card">
          <UploadForm clientId={c.id} onUploaded={uploaded} heading={`Add a work for ${c.displayName}`} intro="For art made on paper in session: take a photo and upload it here." />
        </section>
      ) : null}
      <ConsentSummary clientId={c.id} clientName={c.displayName} />
      <DownloadEverything clientId={c.id} whose={`${c.displayName}’s`} onDownloaded={touched} />
      <section className="card" aria-labelledby="audit-heading">
        <AuditPanel clientId={c.id} refreshKey={auditKey} />
      </section>
    </>
  );
}
