import { useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { matchPath } from '../router.ts';
import { useLoad } from '../use-load.ts';
import { MyTraditions } from './MyTraditions.tsx';
import { SuggestedDirectives } from './SuggestedDirectives.tsx';
import { SupportBuilder } from './SupportBuilder.tsx';
import { SupportView } from './SupportView.tsx';
import type { Support } from './supports-api.ts';
import { supportsApi } from './supports-api.ts';
import './supports.css';

/**
 * A client's visual supports. The therapist prepares them here (builder, edit, delete, print);
 * the client (or a carer) sees the same supports large, ticks a routine off and prints them.
 */
export function SupportsPage({ clientId, role }: { clientId: string; role: 'client' | 'therapist' }) {
  const { t, locale } = useT();
  const list = useLoad(() => supportsApi.list(clientId), [clientId]);
  const client = useLoad(() => (role === 'therapist' ? supportsApi.client(clientId).then((c) => c.displayName) : Promise.resolve(null)), [clientId, role]);
  const works = useLoad(
    () => (role === 'therapist' ? supportsApi.artworks(clientId).then((ws) => ws.map((w) => ({ id: w.id, title: w.title }))) : Promise.resolve([])),
    [clientId, role],
  );
  const [editing, setEditing] = useState<Support | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const remove = async (s: Support) => {
    if (!window.confirm(t('supports:page.confirmDelete', { title: s.title }))) return;
    try {
      await supportsApi.remove(clientId, s.id);
      list.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const heading = role === 'therapist' && client.data ? t('supports:page.titleFor', { name: client.data }) : t('supports:page.title');
  const supports = list.data ?? [];
  return (
    <>
      <PageHeading title={heading} lead={role === 'therapist' ? t('supports:page.leadTherapist') : t('supports:page.leadClient')}>
        {heading}
      </PageHeading>
      {role === 'therapist' ? (
        <p>
          <Link to={`/clients/${clientId}`}>{t('supports:page.backToChart')}</Link>
        </p>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {role === 'therapist' ? (
        <section className="card" aria-labelledby="support-builder-heading">
          <h2 id="support-builder-heading">{editing ? t('supports:builder.editHeading') : t('supports:builder.heading')}</h2>
          {saved ? <Notice tone="success">{t('supports:builder.saved', { title: saved })}</Notice> : null}
          <SupportBuilder
            key={editing?.id ?? 'new'}
            clientId={clientId}
            works={works.data ?? []}
            editing={editing}
            onSaved={(s) => {
              setSaved(s.title);
              setEditing(null);
              list.reload();
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </section>
      ) : null}
      <section aria-labelledby="supports-list-heading" className="stack">
        <h2 id="supports-list-heading">{t('supports:page.listHeading')}</h2>
        {list.loading && !list.data ? <Loading /> : null}
        {list.error ? <Notice tone="error">{list.error}</Notice> : null}
        {list.data && supports.length === 0 ? (
          <p className="muted">{role === 'therapist' ? t('supports:page.noneTherapist') : t('supports:page.noneClient')}</p>
        ) : null}
        {supports.map((s) => (
          <article key={s.id} className="card support-card" aria-labelledby={`support-${s.id}`}>
            <header className="support-card__head">
              <h3 id={`support-${s.id}`}>{s.title}</h3>
              <span className="muted">{t(`supports:kind.${s.kind}`)}</span>
            </header>
            <SupportView support={s} />
            <div className="support-row">
              <a className="button" href={`${s.pdfUrl}?lang=${locale}`} download>
                {t('supports:page.print')}
                <span className="visually-hidden"> ({s.title})</span>
              </a>
              {role === 'therapist' ? (
                <>
                  <button type="button" className="button button--quiet" onClick={() => setEditing(s)}>
                    {t('supports:page.edit')}
                    <span className="visually-hidden"> ({s.title})</span>
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => void remove(s)}>
                    {t('supports:page.delete')}
                    <span className="visually-hidden"> ({s.title})</span>
                  </button>
                </>
              ) : null}
            </div>
          </article>
        ))}
      </section>
      {role === 'therapist' ? <SuggestedDirectives clientId={clientId} /> : null}
      <MyTraditions clientId={clientId} role={role} />
    </>
  );
}

/** For a therapist: which client's supports to open. */
export function TherapistSupportsIndex() {
  const { t } = useT();
  const clients = useLoad(() => supportsApi.clients(), []);
  return (
    <>
      <PageHeading title={t('supports:index.title')} lead={t('supports:index.lead')}>
        {t('supports:index.title')}
      </PageHeading>
      <section className="card" aria-label={t('supports:index.title')}>
        {clients.loading && !clients.data ? <Loading /> : null}
        {clients.error ? <Notice tone="error">{clients.error}</Notice> : null}
        {clients.data && clients.data.length === 0 ? <p className="muted">{t('supports:index.none')}</p> : null}
        <ul className="plain-list stack">
          {(clients.data ?? []).map((c) => (
            <li key={c.id}>
              <Link to={`/clients/${c.id}/supports`}>{c.displayName}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The supports pages for a path, or null: `/supports` (client: theirs; therapist: choose a client) and `/clients/:id/supports`. */
export function supportsPageFor(path: string, role: string, clientId: string | null) {
  if (path === '/supports' && role === 'client' && clientId) return <SupportsPage clientId={clientId} role="client" />;
  if (path === '/supports' && role === 'therapist') return <TherapistSupportsIndex />;
  const m = matchPath('/clients/:id/supports', path);
  if (m && role === 'therapist') return <SupportsPage key={m.id} clientId={m.id!} role="therapist" />;
  return null;
}
