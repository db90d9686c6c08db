import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatWhen } from '../format.ts';
import { useT } from '../i18n.tsx';
import { ConfirmWithPassword } from './ConfirmWithPassword.tsx';
import { CrisisContacts } from './CrisisContacts.tsx';
import { InviteStaffForm, PendingInvites } from './InviteStaffForm.tsx';
import { practiceApi } from './practice-api.ts';
import type { CrisisSettings, PracticeMe, Staff } from './practice-api.ts';
import { StaffList } from './StaffList.tsx';
import './practice.css';

/** The caseloads this therapist supervises: read-only; opening a record is recorded in its access history. */
function Supervision({ me }: { me: PracticeMe }) {
  const { t } = useT();
  if (me.supervisees.length === 0) return null;
  return (
    <section className="card" aria-labelledby="supervision-title">
      <h2 id="supervision-title">{t('practice:supervision.title')}</h2>
      <p className="muted">{t('practice:supervision.lead')}</p>
      {me.supervisees.map((s) => (
        <div key={s.therapistId} className="stack">
          <h3>{t('practice:supervision.caseloadOf', { name: s.therapistName })}</h3>
          {s.clients.length === 0 ? (
            <p className="muted">{t('practice:staff.noClients')}</p>
          ) : (
            <ul className="staff-clients">
              {s.clients.map((c) => (
                <li key={c.id} className="staff-clients__item">
                  <Link to={`/clients/${c.id}`}>{c.displayName}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

/** Care moved to or from this therapist. */
function Transfers({ me }: { me: PracticeMe }) {
  const { t } = useT();
  if (me.transfers.length === 0) return null;
  return (
    <section className="card" aria-labelledby="transfers-title">
      <h2 id="transfers-title">{t('practice:transfers.title')}</h2>
      <ul className="transfer-list">
        {me.transfers.map((x) => (
          <li key={x.id}>
            {t('practice:transfers.line', { client: x.clientName, from: x.fromName, to: x.toName, by: x.byName })}{' '}
            <time className="muted" dateTime={x.at}>
              {formatWhen(x.at)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The owner hands the practice to another active therapist (password re-entered). */
function HandOver({ staff, ownerId, onDone }: { staff: Staff['staff']; ownerId: string; onDone(): void }) {
  const { t } = useT();
  const others = staff.filter((m) => m.role !== 'operator' && m.active && m.userId !== ownerId);
  const [to, setTo] = useState(others[0]?.userId ?? '');
  if (others.length === 0) return null;
  return (
    <section className="card card--soft" aria-labelledby="handover-title">
      <h2 id="handover-title">{t('practice:owner.title')}</h2>
      <p className="muted">{t('practice:owner.lead')}</p>
      <ConfirmWithPassword
        name="handover-password"
        tone="danger"
        action={t('practice:owner.submit')}
        onConfirmed={async () => (await practiceApi.handOver(to), onDone())}
      >
        <div className="field">
          <label htmlFor="handover-to">{t('practice:owner.to')}</label>
          <select id="handover-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {others.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </div>
      </ConfirmWithPassword>
    </section>
  );
}

/** Practice: for its owner, staff, invites, crisis contacts and ownership; for every therapist, whom they supervise and care moved. */
export function PracticePage() {
  const { t } = useT();
  const [me, setMe] = useState<PracticeMe | null>(null);
  const [staff, setStaff] = useState<Staff | null>(null);
  const [crisis, setCrisis] = useState<CrisisSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const who = await practiceApi.me();
      setMe(who);
      if (who.isOwner) {
        const [s, c] = await Promise.all([practiceApi.staff(), practiceApi.crisis()]);
        setStaff(s);
        setCrisis(c);
      } else {
        setStaff(null);
      }
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const changed = (message: string) => {
    if (message) setNote(message);
    void load();
  };

  return (
    <div className="stack practice-page">
      <PageHeading
        title={t('practice:page.title')}
        lead={me ? t(me.isOwner ? 'practice:page.leadOwner' : 'practice:page.lead', { owner: me.ownerName }) : undefined}
      >
        {t('practice:page.title')}
      </PageHeading>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {note ? <Notice tone="success">{note}</Notice> : null}
      {!me && !error ? <Loading /> : null}
      {me ? <Supervision me={me} /> : null}
      {me ? <Transfers me={me} /> : null}
      {me?.isOwner && staff ? (
        <>
          <section aria-labelledby="staff-title">
            <h2 id="staff-title">{t('practice:staff.title')}</h2>
            <StaffList staff={staff.staff} ownerId={staff.staff.find((m) => m.role === 'owner')?.userId ?? ''} onChanged={changed} />
          </section>
          <section className="card card--soft" aria-labelledby="pending-title">
            <h2 id="pending-title">{t('practice:invite.pending')}</h2>
            <PendingInvites invites={staff.invites} onChanged={() => void load()} />
          </section>
          <section className="card">
            <InviteStaffForm onInvited={() => void load()} />
          </section>
          {crisis ? (
            <section className="card">
              <CrisisContacts regions={crisis.regions} onSaved={() => void load()} />
            </section>
          ) : null}
          <HandOver staff={staff.staff} ownerId={staff.staff.find((m) => m.role === 'owner')?.userId ?? ''} onDone={() => changed(t('practice:owner.done'))} />
        </>
      ) : null}
    </div>
  );
}
