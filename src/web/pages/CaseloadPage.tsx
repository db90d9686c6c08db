import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Client } from '../api/client.ts';
import { AddClientForm } from '../components/AddClientForm.tsx';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { AlertsPanel } from '../workspace/AlertsPanel.tsx';
import { useT } from '../i18n.tsx';

/** The therapist's clients, with a way to add one and to include archived clients. */
export function CaseloadPage() {
  const { t } = useT();
  const { me } = useSession();
  const [archived, setArchived] = useState(false);
  const list = useLoad(() => api.clients(archived), [archived]);
  const [status, setStatus] = useState<string | null>(null);

  const added = (c: Client) => {
    list.set((old) => [...(old ?? []), c].sort((a, b) => a.displayName.localeCompare(b.displayName)));
    setStatus(t('pages:caseload.added', { name: c.displayName }));
  };

  const clients = list.data ?? [];
  return (
    <>
      <PageHeading title={t('pages:caseload.title')} lead={t('pages:caseload.lead', { name: me.displayName })}>
        {t('pages:caseload.heading')}
      </PageHeading>
      <AlertsPanel />
      <div className="columns columns--aside">
        <section className="card" aria-labelledby="clients-heading">
          <div className="section-head">
            <h2 id="clients-heading">{t('daily:nav.clients')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
              {t('pages:caseload.showArchived')}
            </label>
          </div>
          <LiveStatus message={status} />
          {list.loading && !list.data ? <Loading label={t('pages:caseload.loading')} /> : null}
          {list.error ? <Notice tone="error">{list.error}</Notice> : null}
          {!list.loading && !list.error && clients.length === 0 ? (
            <div className="empty">
              <p className="empty__title">{archived ? t('pages:caseload.none') : t('pages:caseload.noneActive')}</p>
              <p>{t('pages:caseload.emptyHint')}</p>
            </div>
          ) : null}
          {clients.length > 0 ? (
            <ul className="client-list">
              {clients.map((c) => (
                <li key={c.id} className="client-list__item">
                  <Link to={`/clients/${c.id}`} className="client-list__link">
                    <span className="avatar" aria-hidden="true">
                      {initials(c.displayName)}
                    </span>
                    <span className="client-list__text">
                      <span className="client-list__name">{c.displayName}</span>
                      <span className="client-list__meta">
                        {[c.pronouns, c.artworkCount === 1 ? '1 work' : `${c.artworkCount} works`].filter(Boolean).join(' · ')}
                      </span>
                    </span>
                    <span className="tags">
                      {c.status === 'archived' ? <span className="tag tag--muted">{t('pages:client.archived')}</span> : null}
                      <span className={`tag ${c.hasAccount ? 'tag--ok' : 'tag--waiting'}`}>
                        {c.hasAccount ? t('pages:caseload.joined') : t('pages:caseload.notJoined')}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <aside className="card" aria-label={t('pages:addClient.heading')}>
          <AddClientForm onAdded={added} />
        </aside>
      </div>
    </>
  );
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '·';
}
