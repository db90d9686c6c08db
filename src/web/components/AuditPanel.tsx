import { useState } from 'react';
import { api } from '../api/client.ts';
import type { AuditEntry } from '../api/client.ts';
import { formatRelative, formatWhen } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { Loading, Notice } from './Notice.tsx';
import { i18n, useT } from '../i18n.tsx';

/** Plain words for the actions of the log, in the app's language (read when shown). */
function actionWords(action: string): string | undefined {
  const words: Record<string, string> = {
    'client.create': i18n.t('records:action.client.create'),
    'client.read': i18n.t('records:action.client.read'),
    'client.update': i18n.t('records:action.client.update'),
    'client.archive': i18n.t('records:action.client.archive'),
    'client.export': i18n.t('records:action.client.export'),
    'client.erase': i18n.t('records:action.client.erase'),
    'caseload.list': i18n.t('records:action.caseload.list'),
    'artwork.list': i18n.t('records:action.artwork.list'),
    'artwork.upload': i18n.t('records:action.artwork.upload'),
    'artwork.read': i18n.t('records:action.artwork.read'),
    'artwork.view': i18n.t('records:action.artwork.view'),
    'artwork.thumb': i18n.t('records:action.artwork.thumb'),
    'artwork.update': i18n.t('records:action.artwork.update'),
    'artwork.delete': i18n.t('records:action.artwork.delete'),
    'artwork.sketch': i18n.t('records:action.artwork.sketch'),
    'artwork.generate': i18n.t('records:action.artwork.generate'),
    'artwork.inpaint': i18n.t('records:action.artwork.inpaint'),
    'artwork.versions': i18n.t('records:action.artwork.versions'),
    'artwork.strokes': i18n.t('records:action.artwork.strokes'),
    'artwork.features': i18n.t('records:action.artwork.features'),
    'invite.create': i18n.t('records:action.invite.create'),
    'invite.list': i18n.t('records:action.invite.list'),
    'invite.revoke': i18n.t('records:action.invite.revoke'),
    'invite.accept': i18n.t('records:action.invite.accept'),
    'session.list': i18n.t('records:action.session.list'),
    'session.create': i18n.t('records:action.session.create'),
    'session.read': i18n.t('records:action.session.read'),
    'session.update': i18n.t('records:action.session.update'),
    'checkin.create': i18n.t('records:action.checkin.create'),
    'checkin.list': i18n.t('records:action.checkin.list'),
    'measure.create': i18n.t('records:action.measure.create'),
    'measure.list': i18n.t('records:action.measure.list'),
    'reflection.create': i18n.t('records:action.reflection.create'),
    'reflection.list': i18n.t('records:action.reflection.list'),
    'alert.list': i18n.t('records:action.alert.list'),
    'alert.acknowledge': i18n.t('records:action.alert.acknowledge'),
    'homework.assign': i18n.t('records:action.homework.assign'),
    'homework.list': i18n.t('records:action.homework.list'),
    'homework.update': i18n.t('records:action.homework.update'),
    'homework.answer': i18n.t('records:action.homework.answer'),
    'homework.attach': i18n.t('records:action.homework.attach'),
    'homework.history': i18n.t('records:action.homework.history'),
    'insights.read': i18n.t('records:action.insights.read'),
    'music.compose': i18n.t('records:action.music.compose'),
    'music.list': i18n.t('records:action.music.list'),
    'music.read': i18n.t('records:action.music.read'),
    'music.play': i18n.t('records:action.music.play'),
    'music.listen': i18n.t('records:action.music.listen'),
    'music.recommend': i18n.t('records:action.music.recommend'),
    'music.sample': i18n.t('records:action.music.sample'),
    'music.samples': i18n.t('records:action.music.samples'),
    'note.draft': i18n.t('records:action.note.draft'),
    'note.list': i18n.t('records:action.note.list'),
    'note.read': i18n.t('records:action.note.read'),
    'note.edit': i18n.t('records:action.note.edit'),
    'note.sign': i18n.t('records:action.note.sign'),
    'note.addendum': i18n.t('records:action.note.addendum'),
    'plan.create': i18n.t('records:action.plan.create'),
    'plan.list': i18n.t('records:action.plan.list'),
    'plan.read': i18n.t('records:action.plan.read'),
    'plan.update': i18n.t('records:action.plan.update'),
    'consent.read': i18n.t('records:action.consent.read'),
    'consent.sign': i18n.t('records:action.consent.sign'),
    'consent.withdraw': i18n.t('records:action.consent.withdraw'),
    'access.denied': i18n.t('records:action.access.denied'),
    'audit.read': i18n.t('records:action.audit.read'),
    'care.transfer': i18n.t('records:action.care.transfer'),
    'care.history': i18n.t('records:action.care.history'),
    'supervisor.read': i18n.t('records:action.supervisor.read'),
    'supervisor.caseload': i18n.t('records:action.supervisor.caseload'),
    'client.crisis_region': i18n.t('records:action.client.crisis_region'),
  };
  return words[action];
}

/** Plain words for an action this list does not name yet (`thing.verb` → "verb thing"). */
function describeAction(action: string): string {
  const known = actionWords(action);
  if (known) return known;
  const [thing = action, verb = ''] = action.split('.');
  return `${verb.replace(/_/g, ' ')} ${thing.replace(/_/g, ' ')}`.trim();
}

/** A role in the app's language. */
function roleWord(role: string): string {
  const words: Record<string, string> = {
    client: i18n.t('pages:shell.role.client'),
    therapist: i18n.t('pages:shell.role.therapist'),
    admin: i18n.t('pages:shell.role.admin'),
  };
  return words[role] ?? role;
}

interface Row {
  entry: AuditEntry;
  count: number;
}

/** Repeated entries in a row (e.g. many thumbnails) read better as one line with a count. */
function grouped(entries: AuditEntry[]): Row[] {
  const rows: Row[] = [];
  for (const e of entries) {
    const last = rows[rows.length - 1];
    if (last && last.entry.actorName === e.actorName && last.entry.action === e.action && Math.abs(Date.parse(last.entry.at) - Date.parse(e.at)) < 5 * 60_000)
      last.count++;
    else rows.push({ entry: e, count: 1 });
  }
  return rows;
}

const PAGE = 20;

/** Who accessed this client's record, newest first (from the tamper-evident audit log). */
export function AuditPanel({ clientId, refreshKey }: { clientId: string; refreshKey: number }) {
  const { t } = useT();
  const audit = useLoad(() => api.audit(clientId), [clientId, refreshKey]);
  const [shown, setShown] = useState(PAGE);
  const rows = grouped(audit.data ?? []);
  return (
    <div className="stack">
      <div className="section-head">
        <h2 id="audit-heading">{t('records:audit.heading')}</h2>
        <button type="button" className="button button--quiet button--small" onClick={audit.reload}>
          {t('records:audit.refresh')}
          <span className="visually-hidden"> {t('records:audit.refreshWhat')}</span>
        </button>
      </div>
      <p className="muted">{t('records:audit.lead')}</p>
      {audit.loading && !audit.data ? <Loading label={t('records:audit.loading')} /> : null}
      {audit.error ? <Notice tone="error">{audit.error}</Notice> : null}
      {rows.length > 0 ? (
        <ol className="audit-list" aria-labelledby="audit-heading">
          {rows.slice(0, shown).map(({ entry, count }) => (
            <li key={entry.seq} className="audit-list__item">
              <span className="audit-list__who">
                <strong>{entry.actorName}</strong>
                {entry.actorRole ? <span className="muted"> ({roleWord(entry.actorRole)})</span> : null} {describeAction(entry.action)}
                {count > 1 ? <span className="muted"> ×{count}</span> : null}
              </span>
              <time className="audit-list__when muted" dateTime={entry.at} title={formatRelative(entry.at)}>
                {formatWhen(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      ) : null}
      {rows.length > shown ? (
        <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + PAGE * 2)}>
          {t('records:audit.older')}
        </button>
      ) : null}
    </div>
  );
}
