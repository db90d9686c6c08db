import { useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import type { Artwork } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { navigate } from '../router.ts';
import { useLoad } from '../use-load.ts';
import { CrisisResources } from '../workspace/CrisisResources.tsx';
import type { Crisis } from '../workspace/workspace-api.ts';
import { NoteAttach } from './NoteAttach.tsx';
import { Slideshow } from './Slideshow.tsx';
import { inputOf, storiesApi, storiesBase } from './stories-api.ts';
import type { Chapter, Piece, Series } from './stories-api.ts';
import './stories.css';

type Draft = Pick<Series, 'title' | 'description' | 'musicId' | 'chapters'>;

/** A new chapter showing `a` (its id is the server's once saved). */
const chapterFor = (a: Artwork): Chapter => ({
  id: `new-${a.id}-${Math.random().toString(36).slice(2)}`,
  artworkId: a.id,
  thumbUrl: a.thumbUrl,
  imageUrl: `/api/artworks/${a.id}/image`,
  title: a.title,
  words: '',
  musicId: null,
});

/** One series: its chapters as a timeline to order and write in, a slideshow, the storybook PDF. */
export function SeriesPage({ clientId, seriesId, role }: { clientId: string; seriesId: string; role: 'client' | 'therapist' }) {
  const { t } = useT();
  const base = storiesBase(role, clientId);
  const stories = useLoad(() => storiesApi.stories(clientId), [clientId]);
  const works = useLoad(() => storiesApi.artworks(clientId), [clientId]);
  const pieces = useLoad(() => storiesApi.pieces(clientId).catch(() => [] as Piece[]), [clientId]);
  const saved = stories.data?.series.find((s) => s.id === seriesId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [crisis, setCrisis] = useState<Crisis | null>(null);
  const [showing, setShowing] = useState(false);

  useEffect(() => {
    if (saved && !dirty) setDraft({ title: saved.title, description: saved.description, musicId: saved.musicId, chapters: saved.chapters });
  }, [saved, dirty]);

  if (stories.loading && !stories.data) return <Loading />;
  if (stories.error) return <Notice tone="error">{stories.error}</Notice>;
  if (!saved || !draft) return <Notice tone="error">{t('stories:series.notFound')}</Notice>;

  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
    setStatus(null);
  };
  const setChapter = (i: number, next: Partial<Chapter>) => change({ chapters: draft.chapters.map((c, j) => (j === i ? { ...c, ...next } : c)) });
  const move = (i: number, by: -1 | 1) => {
    const to = i + by;
    if (to < 0 || to >= draft.chapters.length) return;
    const chapters = [...draft.chapters];
    [chapters[i], chapters[to]] = [chapters[to]!, chapters[i]!];
    change({ chapters });
    setStatus(t('stories:series.moved', { title: chapters[to]!.title || t('stories:series.chapterN', { n: to + 1 }), n: to + 1 }));
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await storiesApi.update(clientId, seriesId, inputOf(draft));
      setCrisis(out.crisis);
      stories.set((old) => old && { ...old, series: old.series.map((s) => (s.id === seriesId ? out.series : s)) });
      setDirty(false);
      setStatus(t('stories:series.saved'));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!window.confirm(t('stories:series.confirmDelete', { title: saved.title }))) return;
    try {
      await storiesApi.remove(clientId, seriesId);
      navigate(base);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const inSeries = new Set(draft.chapters.map((c) => c.artworkId));
  const available = (works.data ?? []).filter((a) => !inSeries.has(a.id));
  const pieceLabel = (p: Piece) => p.prompt.slice(0, 60) || p.id.slice(0, 8);

  return (
    <>
      <PageHeading title={saved.title} lead={t('stories:series.lead')}>
        {saved.title}
      </PageHeading>
      <p>
        <Link to={base}>{t('stories:series.back')}</Link>
      </p>
      {crisis ? <CrisisResources crisis={crisis} audience={role} /> : null}
      <LiveStatus message={status} />
      <div className="series-actions">
        <button type="button" className="button button--primary" onClick={() => setShowing(true)} disabled={draft.chapters.length === 0}>
          {t('stories:series.play')}
        </button>
        <a className="button button--secondary" href={saved.pdfUrl} download>
          {t('stories:series.pdf')}
        </a>
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy || !dirty || !draft.title.trim()}>
          {busy ? t('stories:series.saving') : t('stories:series.save')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          {t('stories:series.delete')}
        </button>
      </div>
      {dirty ? <p className="muted">{t('stories:series.unsaved')}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}

      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('stories:series.aboutHeading')}</h2>
        <div className="form">
          <Field label={t('stories:page.titleLabel')} value={draft.title} onChange={(e) => change({ title: e.target.value })} maxLength={200} required />
          <Field
            label={t('stories:page.descriptionLabel')}
            multiline
            rows={2}
            value={draft.description}
            onChange={(e) => change({ description: e.target.value })}
            maxLength={2000}
          />
          <label className="field story-field">
            <span>{t('stories:series.musicLabel')}</span>
            <select value={draft.musicId ?? ''} onChange={(e) => change({ musicId: e.target.value || null })}>
              <option value="">{t('stories:series.noMusic')}</option>
              {(pieces.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {pieceLabel(p)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>

      <section aria-labelledby="timeline-heading" className="timeline-section">
        <h2 id="timeline-heading">{t('stories:series.timelineHeading')}</h2>
        {draft.chapters.length === 0 ? <p className="muted">{t('stories:series.noChapters')}</p> : null}
        <ol className="timeline">
          {draft.chapters.map((c, i) => (
            <li key={c.id} className="timeline__chapter card" data-testid="chapter">
              <p className="timeline__number">{t('stories:series.chapterN', { n: i + 1 })}</p>
              {c.thumbUrl ? <img src={c.thumbUrl} alt="" className="timeline__thumb" /> : <p className="muted">{t('stories:series.noPicture')}</p>}
              <Field
                label={t('stories:series.chapterTitle', { n: i + 1 })}
                value={c.title}
                onChange={(e) => setChapter(i, { title: e.target.value })}
                maxLength={200}
              />
              <Field
                label={role === 'client' ? t('stories:series.chapterWords', { n: i + 1 }) : t('stories:series.chapterWordsClient', { n: i + 1 })}
                multiline
                rows={3}
                value={c.words}
                onChange={(e) => setChapter(i, { words: e.target.value })}
                maxLength={4000}
              />
              <label className="field story-field">
                <span>{t('stories:series.chapterMusic', { n: i + 1 })}</span>
                <select value={c.musicId ?? ''} onChange={(e) => setChapter(i, { musicId: e.target.value || null })}>
                  <option value="">{t('stories:series.seriesMusic')}</option>
                  {(pieces.data ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {pieceLabel(p)}
                    </option>
                  ))}
                </select>
              </label>
              <div className="actions actions--tight">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={t('stories:series.earlierLabel', { n: i + 1 })}
                >
                  {t('stories:series.earlier')}
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => move(i, 1)}
                  disabled={i === draft.chapters.length - 1}
                  aria-label={t('stories:series.laterLabel', { n: i + 1 })}
                >
                  {t('stories:series.later')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => change({ chapters: draft.chapters.filter((_, j) => j !== i) })}
                  aria-label={t('stories:series.removeLabel', { n: i + 1 })}
                >
                  {t('stories:series.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading">{t('stories:series.addHeading')}</h2>
        {works.loading && !works.data ? <Loading /> : null}
        {works.data && available.length === 0 ? <p className="muted">{t('stories:series.noMoreWorks')}</p> : null}
        <ul className="pick-grid">
          {available.map((a) => (
            <li key={a.id}>
              <button type="button" className="pick-grid__button" onClick={() => change({ chapters: [...draft.chapters, chapterFor(a)] })}>
                <img src={a.thumbUrl} alt="" />
                <span>{t('stories:series.addWork', { title: a.title || t('stories:series.untitled') })}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      {role === 'therapist' ? <NoteAttach clientId={clientId} seriesId={seriesId} /> : null}
      {showing ? <Slideshow title={draft.title} chapters={draft.chapters} musicId={draft.musicId} onClose={() => setShowing(false)} /> : null}
    </>
  );
}
