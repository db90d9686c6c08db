import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { groupsApi, workImageUrl } from './groups-api.ts';
import type { GroupDto } from './groups-api.ts';
import { GroupNotePanel } from './GroupNotePanel.tsx';
import './groups.css';

/** One group: members (by their chosen names; the therapist also sees whose record), sessions, works. */
export function GroupPage({ groupId }: { groupId: string }) {
  const { t } = useT();
  const { me } = useSession();
  const group = useLoad(() => groupsApi.read(groupId), [groupId]);
  const works = useLoad(() => groupsApi.works(groupId).then((r) => r.works), [groupId]);
  const g = group.data;
  const therapist = me.role === 'therapist';
  return (
    <>
      <PageHeading title={g?.name ?? t('groups:title')}>{g?.name ?? t('groups:title')}</PageHeading>
      {group.error ? <Notice tone="error">{group.error}</Notice> : null}
      {g ? (
        <>
          <section className="card" aria-labelledby="members-h">
            <h2 id="members-h">{t('groups:members.heading')}</h2>
            <ul className="member-list">
              {g.members.map((m, i) => (
                <li key={m.id}>
                  <span className="swatch" style={{ background: m.colour }} aria-hidden="true" />
                  {m.displayName ?? t('groups:members.unnamed', { n: i + 1 })}
                  {m.me ? <span className="muted"> {t('groups:members.you')}</span> : null}
                  {therapist && m.clientName ? <span className="muted"> — {m.clientName}</span> : null}
                  {therapist && m.consent === false ? <span className="tag"> {t('groups:members.noConsent')}</span> : null}
                </li>
              ))}
            </ul>
            {!therapist ? <MyName group={g} onSaved={(next) => group.set(() => next)} /> : null}
          </section>
          <section className="card" aria-labelledby="sessions-h">
            <h2 id="sessions-h">{t('groups:sessions.heading')}</h2>
            {g.sessions.length === 0 ? <p>{t('groups:sessions.none')}</p> : null}
            <ul className="session-list">
              {g.sessions.map((s) => (
                <li key={s.id}>
                  <strong>{s.title || t('groups:sessions.untitled')}</strong> · {formatDateTime(s.scheduledAt)} · {t(`groups:status.${s.status}`)}{' '}
                  {s.status === 'in_progress' ? <Link to={`/group-sessions/${s.id}`}>{t('groups:sessions.openCanvas')}</Link> : null}
                  {therapist && s.status === 'scheduled' ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => void groupsApi.setStatus(s.id, 'in_progress').then(group.reload)}
                    >
                      {t('groups:sessions.start')}
                    </button>
                  ) : null}
                  {therapist && s.status !== 'scheduled' && s.status !== 'cancelled' ? <GroupNotePanel session={s} group={g} /> : null}
                </li>
              ))}
            </ul>
            {therapist ? <Schedule groupId={groupId} onDone={group.reload} /> : null}
          </section>
          <section className="card" aria-labelledby="works-h">
            <h2 id="works-h">{t('groups:works.heading')}</h2>
            {works.data && works.data.length === 0 ? <p>{t('groups:works.none')}</p> : null}
            <ul className="work-list">
              {(works.data ?? []).map((w) => (
                <li key={w.id}>
                  <img
                    src={workImageUrl(w.id)}
                    width={240}
                    height={150}
                    alt={t('groups:works.alt', { names: w.contributors.map((c) => c.displayName ?? '—').join(', ') })}
                  />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}

function MyName({ group, onSaved }: { group: GroupDto; onSaved: (g: GroupDto) => void }) {
  const { t } = useT();
  const mine = group.members.find((m) => m.me);
  const [name, setName] = useState(mine?.displayName ?? '');
  const [msg, setMsg] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const next = await groupsApi.setMyName(group.id, name);
      onSaved(next);
      setMsg(next.crisis ? { tone: 'error', text: next.crisis.message } : { tone: 'success', text: t('groups:members.saved') });
    } catch (err) {
      setMsg({ tone: 'error', text: messageOf(err) });
    }
  };
  return (
    <form className="form form--inline" onSubmit={(e) => void submit(e)}>
      <Field
        label={t('groups:members.myName')}
        hint={t('groups:members.myNameHint')}
        name="displayName"
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={40}
        required
      />
      <button type="submit" className="button button--primary">
        {t('groups:members.saveName')}
      </button>
      {msg ? <Notice tone={msg.tone}>{msg.text}</Notice> : null}
    </form>
  );
}

function Schedule({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState(() => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await groupsApi.schedule(groupId, { title, scheduledAt: new Date(when).toISOString() });
      setTitle('');
      onDone();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="schedule-h">
      <h3 id="schedule-h">{t('groups:sessions.schedule')}</h3>
      <Field label={t('groups:sessions.title')} name="title" autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
      <Field label={t('groups:sessions.when')} name="when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit" className="button button--primary">
        {t('groups:sessions.scheduleSubmit')}
      </button>
    </form>
  );
}
