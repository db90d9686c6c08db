import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatDate } from '../format.ts';
import { useT } from '../i18n.tsx';
import { navigate } from '../router.ts';
import { useLoad } from '../use-load.ts';
import { CrisisResources } from '../workspace/CrisisResources.tsx';
import type { Crisis } from '../workspace/workspace-api.ts';
import { storiesApi, storiesBase } from './stories-api.ts';
import './stories.css';

/** A client's stories: their series, a new one, and the ways to look at their works (then/now, the gallery room). */
export function StoriesPage({ clientId, role }: { clientId: string; role: 'client' | 'therapist' }) {
  const { t } = useT();
  const stories = useLoad(() => storiesApi.stories(clientId), [clientId]);
  const client = useLoad(() => (role === 'therapist' ? storiesApi.client(clientId).then((c) => c.displayName) : Promise.resolve(null)), [clientId, role]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [crisis, setCrisis] = useState<Crisis | null>(null);
  const base = storiesBase(role, clientId);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const out = await storiesApi.create(clientId, { title, description, chapters: [] });
      if (out.crisis) setCrisis(out.crisis);
      else navigate(`${base}/${out.series.id}`);
      stories.reload();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const series = stories.data?.series ?? [];
  const heading = role === 'therapist' && client.data ? t('stories:page.titleFor', { name: client.data }) : t('stories:page.title');
  return (
    <>
      <PageHeading title={heading} lead={t('stories:page.lead')}>
        {heading}
      </PageHeading>
      {role === 'therapist' ? (
        <p>
          <Link to={`/clients/${clientId}`}>{t('stories:page.backToChart')}</Link>
        </p>
      ) : null}
      {crisis ? <CrisisResources crisis={crisis} audience={role} /> : null}
      <div className="stories-grid">
        <section className="card" aria-labelledby="series-heading">
          <h2 id="series-heading">{t('stories:page.seriesHeading')}</h2>
          {stories.loading && !stories.data ? <Loading /> : null}
          {stories.error ? <Notice tone="error">{stories.error}</Notice> : null}
          {stories.data && series.length === 0 ? <p className="muted">{t('stories:page.noSeries')}</p> : null}
          <ul className="series-list">
            {series.map((s) => {
              const cover = s.chapters.find((c) => c.thumbUrl)?.thumbUrl;
              return (
                <li key={s.id} className="series-list__item">
                  <Link to={`${base}/${s.id}`} className="series-list__link">
                    {cover ? (
                      <img src={cover} alt="" className="series-list__thumb" />
                    ) : (
                      <span className="series-list__thumb series-list__thumb--empty" aria-hidden="true" />
                    )}
                    <span>
                      <span className="series-list__title">{s.title}</span>
                      <span className="muted series-list__meta">
                        {t('stories:page.chapterCount', { count: s.chapters.length })} · {formatDate(s.updatedAt)}
                      </span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
        <div className="stack">
          <section className="card" aria-labelledby="new-series-heading">
            <h2 id="new-series-heading">{t('stories:page.newHeading')}</h2>
            <form className="form" onSubmit={(e) => void create(e)}>
              <Field
                label={t('stories:page.titleLabel')}
                hint={t('stories:page.titleHint')}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                required
                maxLength={200}
              />
              <Field
                label={t('stories:page.descriptionLabel')}
                multiline
                rows={3}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
                maxLength={2000}
              />
              {error ? <Notice tone="error">{error}</Notice> : null}
              <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
                {t('stories:page.create')}
              </button>
            </form>
          </section>
          <section className="card" aria-labelledby="look-heading">
            <h2 id="look-heading">{t('stories:page.lookHeading')}</h2>
            <ul className="plain-list stack">
              <li>
                <Link to={`${base}/then-now`}>{t('stories:page.thenNowLink')}</Link>
                <span className="muted"> — {t('stories:page.thenNowHint')}</span>
              </li>
              <li>
                <Link to={`${base}/gallery`}>{t('stories:page.galleryLink')}</Link>
                <span className="muted"> — {t('stories:page.galleryHint')}</span>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}

/** For a therapist: which client's stories to open. */
export function TherapistStoriesIndex() {
  const { t } = useT();
  const clients = useLoad(() => storiesApi.clients(), []);
  return (
    <>
      <PageHeading title={t('stories:index.title')} lead={t('stories:index.lead')}>
        {t('stories:index.title')}
      </PageHeading>
      <section className="card" aria-label={t('stories:index.title')}>
        {clients.loading && !clients.data ? <Loading /> : null}
        {clients.error ? <Notice tone="error">{clients.error}</Notice> : null}
        {clients.data && clients.data.length === 0 ? <p className="muted">{t('stories:index.none')}</p> : null}
        <ul className="plain-list stack">
          {(clients.data ?? []).map((c) => (
            <li key={c.id}>
              <Link to={`/clients/${c.id}/stories`}>{c.displayName}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
