import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { CrisisResources } from './CrisisResources.tsx';
import { homeworkStatusLabel, modeLabel, workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { Crisis, HomeworkItem } from './workspace-api.ts';
import './workspace.css';
import './checkin.css';
import { i18n, useT } from '../i18n.tsx';

/** The client's homework on their home screen: what to do, their therapist's note, and the questions to answer. */
export function ClientHomework({ clientId }: { clientId: string }) {
  const { t } = useT();
  const list = useLoad(() => workspaceApi.homework(clientId), [clientId]);
  const [status, setStatus] = useState<string | null>(null);
  const [crisis, setCrisis] = useState<Crisis | null>(null);
  const open = (list.data ?? []).filter((h) => h.status === 'assigned' || h.status === 'in_progress');

  const answered = (h: HomeworkItem, c: Crisis | null) => {
    list.set((old) => old?.map((x) => (x.id === h.id ? h : x)));
    setCrisis(c);
    setStatus(h.status === 'completed' ? t('workspace:clientHw.done', { title: h.title }) : t('workspace:clientHw.saved', { title: h.title }));
  };

  return (
    <section className="card" aria-labelledby="my-homework-heading">
      <h2 id="my-homework-heading">{t('workspace:clientHw.heading')}</h2>
      {crisis ? <CrisisResources crisis={crisis} /> : null}
      <LiveStatus message={status} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {list.data && open.length === 0 ? <p className="muted">{t('workspace:clientHw.nothing')}</p> : null}
      {open.map((h) => (
        <HomeworkCard key={h.id} homework={h} onAnswered={answered} />
      ))}
    </section>
  );
}

function HomeworkCard({ homework: h, onAnswered }: { homework: HomeworkItem; onAnswered(h: HomeworkItem, c: Crisis | null): void }) {
  const { t } = useT();
  const [answers, setAnswers] = useState<string[]>(() => h.reflectionQuestions.map(() => ''));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const given = h.reflectionQuestions.map((q, i) => ({ question: q, text: answers[i]?.trim() ?? '' })).filter((a) => a.text);
    if (given.length === 0) return setError(t('workspace:clientHw.answerOne'));
    setError(null);
    setBusy(true);
    try {
      const res = await workspaceApi.answerHomework(h.id, given, true);
      onAnswered(res.homework, res.crisis);
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="ws-homework" aria-labelledby={`hw-${h.id}`}>
      <h3 id={`hw-${h.id}`}>{h.title}</h3>
      <p className="muted">
        {modeLabel(h.mode)} · {homeworkStatusLabel(h.status)}
        {h.dueAt ? ` · ${t('workspace:clientHw.by', { date: formatDate(h.dueAt) })}` : ''}
      </p>
      {h.note ? <blockquote className="ws-quote">{h.note}</blockquote> : null}
      <ol>
        {h.instructions.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {placeFor(h) ? (
        <p className="actions">
          <Link to={placeFor(h)!.to} className="button button--secondary">
            {placeFor(h)!.label}
            <span className="visually-hidden"> {t('workspace:clientHw.for', { title: h.title })}</span>
          </Link>
        </p>
      ) : null}
      {h.reflectionQuestions.length > 0 ? (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('workspace:clientHw.answersFor', { title: h.title })}>
          {h.reflectionQuestions.map((q, i) => (
            <Field
              key={i}
              label={q}
              multiline
              rows={2}
              value={answers[i] ?? ''}
              onChange={(e) => setAnswers((old) => old.map((a, j) => (j === i ? e.target.value : a)))}
            />
          ))}
          {error ? <Notice tone="error">{error}</Notice> : null}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('workspace:note.saving') : t('workspace:clientHw.saveDone')}
          </button>
        </form>
      ) : null}
    </article>
  );
}

/** Where a homework item is done: the studio or music page, told which homework it is for. */
export function placeFor(h: Pick<HomeworkItem, 'id' | 'mode'>): { to: string; label: string } | null {
  const q = `?homework=${encodeURIComponent(h.id)}`;
  if (h.mode.startsWith('studio')) return { to: `/studio${q}`, label: i18n.t('workspace:clientHw.openStudio') };
  if (h.mode === 'music') return { to: `/music${q}`, label: i18n.t('workspace:clientHw.openMusic') };
  if (h.mode === 'guided-imagery') return { to: `/guided${q}`, label: i18n.t('workspace:clientHw.openGuided') };
  return null;
}
