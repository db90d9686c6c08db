import { api } from '../api/client.ts';
import type { Artwork, TherapySession } from '../api/client.ts';
import { Gallery } from '../components/Gallery.tsx';
import { AuditPanel } from '../components/AuditPanel.tsx';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { UploadForm } from '../components/UploadForm.tsx';
import { ConsentBanner } from '../consent/ConsentBanner.tsx';
import { DownloadEverything } from '../export/DownloadEverything.tsx';
import { formatDay, formatRelative, formatTime } from '../format.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { ClientCheckin } from '../workspace/ClientCheckin.tsx';
import { ClientHomework } from '../workspace/ClientHomework.tsx';
import { ClientMeasuresDue } from '../workspace/ClientMeasuresDue.tsx';
import { ClientPlan } from '../workspace/ClientPlan.tsx';

/** The client's own space: a greeting, their next session, upload, and their gallery. */
export function ClientHomePage({ clientId }: { clientId: string }) {
  const { me } = useSession();
  const sessions = useLoad(() => api.sessions(clientId), [clientId]);
  const artworks = useLoad(() => api.artworks(clientId), [clientId]);
  const next = nextSession(sessions.data ?? []);

  const uploaded = (art: Artwork) => artworks.set((old) => [art, ...(old ?? [])]);

  return (
    <>
      <PageHeading title="My space" lead={<>This is your private space. Only you and your therapist can see what you put here. <Link to="/consent">My consent</Link> shows what you agree to.</>}>
        {greeting()}, {me.displayName}
      </PageHeading>
      <ConsentBanner clientId={clientId} />
      <ClientMeasuresDue clientId={clientId} />
      <section className="card card--soft" aria-labelledby="studio-heading">
        <h2 id="studio-heading">Studio</h2>
        <p>Draw, or start from a photo or a few words, and make pictures together with Hearth.</p>
        <div className="actions">
          <Link to="/studio" className="button button--primary">
            Open the studio
          </Link>
        </div>
      </section>
      <div className="columns columns--aside-first">
        <section className="card card--soft" aria-labelledby="next-heading">
          <h2 id="next-heading">Your next session</h2>
          {sessions.loading && !sessions.data ? <Loading label="Loading…" /> : null}
          {sessions.error ? <Notice tone="error">{sessions.error}</Notice> : null}
          {sessions.data ? (
            next ? (
              <div className="next-session">
                <p className="next-session__when">{formatDay(next.scheduledAt)}</p>
                <p className="next-session__time">{formatTime(next.scheduledAt)}</p>
                <p className="muted">
                  {next.status === 'in_progress' ? 'Happening now' : formatRelative(next.scheduledAt)}
                  {next.title ? ` · ${next.title}` : ''}
                </p>
              </div>
            ) : (
              <p>Nothing is scheduled yet. Your therapist will set up your next session.</p>
            )
          ) : null}
        </section>
        <section className="card">
          <UploadForm clientId={clientId} onUploaded={uploaded} heading="Add a drawing" intro="Upload something you drew, or a photo of art you made on paper. Give it a title if you like." />
        </section>
      </div>
      <section className="card card--soft" aria-labelledby="music-heading">
        <h2 id="music-heading">Music and calm</h2>
        <p>Compose calming music from a few words, or rest a while with a picture, music and a breathing guide.</p>
        <div className="actions">
          <Link to="/music" className="button button--primary">
            Music
          </Link>
          <Link to="/guided" className="button button--secondary">
            Guided imagery
          </Link>
        </div>
      </section>
      <div className="columns">
        <ClientCheckin clientId={clientId} />
        <ClientHomework clientId={clientId} />
      </div>
      <ClientPlan clientId={clientId} />
      <section className="card" aria-labelledby="gallery-heading">
        <h2 id="gallery-heading">My gallery</h2>
        {artworks.loading && !artworks.data ? <Loading label="Loading your gallery…" /> : null}
        {artworks.error ? <Notice tone="error">{artworks.error}</Notice> : null}
        {artworks.data ? <Gallery artworks={artworks.data} empty="Nothing here yet. Your first drawing will appear here." /> : null}
      </section>
      <DownloadEverything clientId={clientId} whose="your" />
      <section className="card" aria-labelledby="audit-heading">
        <AuditPanel clientId={clientId} refreshKey={0} />
      </section>
    </>
  );
}

function nextSession(list: TherapySession[]): TherapySession | undefined {
  const live = list.find((s) => s.status === 'in_progress');
  if (live) return live;
  const now = Date.now() - 60 * 60_000;
  return list.filter((s) => s.status === 'scheduled' && Date.parse(s.scheduledAt) >= now).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
}

function greeting(): string {
  const h = new Date().getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}
