import { useState } from 'react';
import { Link } from '../../components/Link.tsx';
import { useT } from '../../i18n.tsx';
import type { Dashboard } from './dashboard-api.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Find a client by name as one types; each result opens their chart. */
export function ClientSearch({ clients }: { clients: Dashboard['clients'] }) {
  const { t, locale } = useT();
  const [q, setQ] = useState('');
  const want = fold(q.trim());
  const hits = want ? clients.filter((c) => fold(c.displayName).includes(want)) : clients.slice(0, 6);
  const when = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="client-search">{t('daily:search.label')}</label>
        <input
          id="client-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
          placeholder={t('daily:search.placeholder')}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {want ? t('daily:search.count', { count: hits.length }) : ''}
      </p>
      {hits.length > 0 ? (
        <ul className="dash-list">
          {hits.map((c) => (
            <li key={c.id}>
              <Link to={`/clients/${c.id}`} className="dash-list__link">
                <span className="dash-list__main">{c.displayName}</span>
                <span className="dash-list__meta">
                  {c.nextSessionAt ? t('daily:search.next', { when: when.format(new Date(c.nextSessionAt)) }) : t('daily:search.noNext')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{want ? t('daily:search.none') : t('daily:search.empty')}</p>
      )}
      <p>
        <Link to="/clients">{t('daily:search.all')}</Link>
      </p>
    </div>
  );
}
