import { api } from '../api/client.ts';
import type { Artwork, TherapySession } from '../api/client.ts';
import { Gallery } from '../components/Gallery.tsx';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { UploadForm } from '../components/UploadForm.tsx';
import { ConsentBanner } from '../consent/ConsentBanner.tsx';
import { ClientReminders } from '../reminders/ClientReminders.tsx';
import { useT } from '../i18n.tsx';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { ClientCheckin } from '../workspace/ClientCheckin.tsx';
import { ClientHomework } from '../workspace/ClientHomework.tsx';
import { ClientMeasuresDue } from '../workspace/ClientMeasuresDue.tsx';
import { ClientPlan } from '../workspace/ClientPlan.tsx';
import './client-home.css';

const RECENT = 6;

/**
 * The client's own space, calm first: one tap to "Calm now", then what is next (session,
 * questionnaire, homework), a check-in, making something, and their recent works. Consent,
 * downloads and the access history live on the privacy page.
 */
export function ClientHomePage({ clientId }: { clientId: string }) {
  const { t, locale } = useT();
  const { me } = useSession();
  const sessions = useLoad(() => api.sessions(clientId), [clientId]);
  const artworks = useLoad(() => api.artworks(clientId), [clientId]);
  const next = nextSession(sessions.data ?? []);
  const uploaded = (art: Artwork) => artworks.set((old) => [art, ...(old ?? [])]);
  const hour = new Date().getHours();
  const works = artworks.data ?? [];

  return (
    <>
      <PageHeading title={t('daily:client.title')} lead={t('daily:client.lead')}>
        {t('daily:client.greeting', { part: hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening', name: me.displayName })}
      </PageHeading>
      <ConsentBanner clientId={clientId} />
      <section className="card card--soft home-calm" aria-labelledby="calm-heading">
        <div>
          <h2 id="calm-heading">{t('daily:client.calmHeading')}</h2>
          <p>{t('daily:client.calmText')}</p>
        </div>
        <Link to="/calm" className="button button--primary button--large home-calm__button">
          {t('daily:calm.title')}
        </Link>
      </section>
      <section className="card home-next" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('daily:client.nextHeading')}</h2>
        <ClientReminders clientId={clientId} />
        {sessions.loading && !sessions.data ? <Loading label={t('common:loading')} /> : null}
        {sessions.error ? <Notice tone="error">{sessions.error}</Notice> : null}
        {sessions.data ? (
          next ? (
            <div className="next-session">
              <p className="next-session__when">
                {new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(next.scheduledAt))}
              </p>
              <p className="next-session__time">{new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(next.scheduledAt))}</p>
              <p className="muted">
                {next.status === 'in_progress' ? t('daily:client.happeningNow') : relative(next.scheduledAt, locale)}
                {next.title ? ` · ${next.title}` : ''}
              </p>
            </div>
          ) : (
            <p>{t('daily:client.noSession')}</p>
          )
        ) : null}
      </section>
      <ClientMeasuresDue clientId={clientId} />
      <ClientHomework clientId={clientId} />
      <ClientCheckin clientId={clientId} />
      <section className="card card--soft" aria-labelledby="make-heading">
        <h2 id="make-heading">{t('daily:client.makeHeading')}</h2>
        <p>{t('daily:client.makeText')}</p>
        <div className="actions">
          <Link to="/studio" className="button button--primary">
            {t('daily:client.studio')}
          </Link>
          <Link to="/music" className="button button--secondary">
            {t('daily:client.music')}
          </Link>
          <Link to="/guided" className="button button--secondary">
            {t('daily:calm.guided')}
          </Link>
        </div>
      </section>
      <section className="card" aria-labelledby="gallery-heading">
        <div className="section-head">
          <h2 id="gallery-heading">{t('daily:client.recentHeading')}</h2>
          {works.length > 0 ? <span className="muted">{t('common:works', { count: works.length })}</span> : null}
        </div>
        {artworks.loading && !artworks.data ? <Loading label={t('common:loading')} /> : null}
        {artworks.error ? <Notice tone="error">{artworks.error}</Notice> : null}
        {artworks.data ? <Gallery artworks={works.slice(0, RECENT)} empty={t('daily:client.galleryEmpty')} /> : null}
        {works.length > RECENT ? (
          <details className="home-more">
            <summary>{t('daily:client.showAll', { count: works.length })}</summary>
            <Gallery artworks={works.slice(RECENT)} empty="" />
          </details>
        ) : null}
        <details className="home-more">
          <summary>{t('daily:client.addDrawing')}</summary>
          <UploadForm clientId={clientId} onUploaded={uploaded} heading={t('daily:client.addDrawing')} intro={t('daily:client.addDrawingIntro')} />
        </details>
      </section>
      <ClientPlan clientId={clientId} />
      <p className="home-privacy">
        <Link to="/privacy">{t('daily:client.privacyLink')}</Link>
      </p>
    </>
  );
}

function nextSession(list: TherapySession[]): TherapySession | undefined {
  const live = list.find((s) => s.status === 'in_progress');
  if (live) return live;
  const now = Date.now() - 60 * 60_000;
  return list.filter((s) => s.status === 'scheduled' && Date.parse(s.scheduledAt) >= now).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
}

/** "in 3 days", "tomorrow", "in 2 hours" in the reader's language. */
function relative(iso: string, locale: string): string {
  const diff = Date.parse(iso) - Date.now();
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs >= 86_400_000) return rtf.format(Math.round(diff / 86_400_000), 'day');
  if (abs >= 3_600_000) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  return rtf.format(Math.round(diff / 60_000), 'minute');
}
