import { useState } from 'react';
import { api } from '../api/client.ts';
import type { AuditEntry } from '../api/client.ts';
import { formatRelative, formatWhen } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { Loading, Notice } from './Notice.tsx';

const ACTIONS: Record<string, string> = {
  'client.create': 'added the record',
  'client.read': 'opened the record',
  'client.update': 'changed the details',
  'client.archive': 'archived the record',
  'client.export': 'downloaded everything in the record',
  'client.erase': 'erased the record',
  'caseload.list': 'looked at the caseload',
  'artwork.list': 'looked at the gallery',
  'artwork.upload': 'uploaded a work',
  'artwork.read': 'opened a work',
  'artwork.view': 'viewed a full image',
  'artwork.thumb': 'viewed thumbnails',
  'artwork.update': 'renamed a work',
  'artwork.delete': 'moved a work to the bin',
  'artwork.sketch': 'saved a drawing',
  'artwork.generate': 'made images in the studio',
  'artwork.inpaint': 'repainted part of an image',
  'artwork.versions': 'looked at the versions of a work',
  'artwork.strokes': 'replayed how a work was drawn',
  'artwork.features': 'looked at the features of a work',
  'invite.create': 'created an invite link',
  'invite.list': 'looked at invite links',
  'invite.revoke': 'withdrew an invite link',
  'invite.accept': 'joined through an invite link',
  'session.list': 'looked at sessions',
  'session.create': 'scheduled a session',
  'session.read': 'opened a session',
  'session.update': 'updated a session',
  'checkin.create': 'noted a mood check-in',
  'checkin.list': 'looked at mood check-ins',
  'measure.create': 'filled in a questionnaire',
  'measure.list': 'looked at questionnaires',
  'reflection.create': 'wrote a reflection',
  'reflection.list': 'read reflections',
  'alert.list': 'looked at safety alerts',
  'alert.acknowledge': 'acknowledged a safety alert',
  'homework.assign': 'assigned homework',
  'homework.list': 'looked at homework',
  'homework.update': 'updated homework',
  'homework.answer': 'answered homework questions',
  'homework.attach': 'attached a work to homework',
  'homework.history': 'looked at the homework history',
  'insights.read': 'looked at artwork insights',
  'music.compose': 'composed a piece of music',
  'music.list': 'looked at the music',
  'music.read': 'opened a piece of music',
  'music.play': 'played a piece of music',
  'music.listen': 'noted how listening felt',
  'music.recommend': 'asked what music might help',
  'music.sample': 'uploaded a recording',
  'music.samples': 'looked at recordings',
  'note.draft': 'drafted a session note',
  'note.list': 'looked at session notes',
  'note.read': 'opened a session note',
  'note.edit': 'edited a session note',
  'note.sign': 'signed a session note',
  'note.addendum': 'added an addendum to a note',
  'plan.create': 'wrote a treatment plan',
  'plan.list': 'looked at treatment plans',
  'plan.read': 'opened a treatment plan',
  'plan.update': 'updated a treatment plan',
  'consent.read': 'looked at the consent',
  'consent.sign': 'signed the consent',
  'consent.withdraw': 'withdrew part of the consent',
  'access.denied': 'was refused access',
  'audit.read': 'looked at the access history',
  'care.transfer': 'transferred this client’s care to another therapist',
  'care.history': 'looked at the care history',
  'supervisor.read': 'read the record as a supervisor',
  'supervisor.caseload': 'saw this client on a supervised caseload',
  'client.crisis_region': 'set which crisis contacts the client is shown',
};

/** Plain words for an action this list does not name yet (`thing.verb` → "verb thing"). */
function describeAction(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const [thing = action, verb = ''] = action.split('.');
  return `${verb.replace(/_/g, ' ')} ${thing.replace(/_/g, ' ')}`.trim();
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
  const audit = useLoad(() => api.audit(clientId), [clientId, refreshKey]);
  const [shown, setShown] = useState(PAGE);
  const rows = grouped(audit.data ?? []);
  return (
    <div className="stack">
      <div className="section-head">
        <h2 id="audit-heading">Access history</h2>
        <button type="button" className="button button--quiet button--small" onClick={audit.reload}>
          Refresh<span className="visually-hidden"> access history</span>
        </button>
      </div>
      <p className="muted">
        Every time someone opens or changes this record — you, your therapist, or anyone else — Hearth writes it down here, in a log that cannot be quietly
        changed.
      </p>
      {audit.loading && !audit.data ? <Loading label="Loading the access history…" /> : null}
      {audit.error ? <Notice tone="error">{audit.error}</Notice> : null}
      {rows.length > 0 ? (
        <ol className="audit-list" aria-labelledby="audit-heading">
          {rows.slice(0, shown).map(({ entry, count }) => (
            <li key={entry.seq} className="audit-list__item">
              <span className="audit-list__who">
                <strong>{entry.actorName}</strong>
                {entry.actorRole ? <span className="muted"> ({entry.actorRole})</span> : null} {describeAction(entry.action)}
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
          Show older entries
        </button>
      ) : null}
    </div>
  );
}
