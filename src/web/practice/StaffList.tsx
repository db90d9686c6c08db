import { useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { ConfirmWithPassword } from './ConfirmWithPassword.tsx';
import { practiceApi } from './practice-api.ts';
import type { StaffMember } from './practice-api.ts';

const isTherapist = (m: StaffMember) => m.role !== 'operator';

/** Moves one client to another active therapist (the owner's act; access changes at once). */
function TransferClient({
  client,
  from,
  staff,
  onMoved,
}: {
  client: StaffMember['clients'][number];
  from: StaffMember;
  staff: StaffMember[];
  onMoved(): void;
}) {
  const { t } = useT();
  const targets = staff.filter((m) => isTherapist(m) && m.active && m.userId !== from.userId);
  const [to, setTo] = useState(targets[0]?.userId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `transfer-${client.id}`;
  if (targets.length === 0) return <li className="staff-clients__item">{client.displayName}</li>;
  const move = async () => {
    setBusy(true);
    setError(null);
    try {
      await practiceApi.transfer(client.id, to);
      onMoved();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <li className="staff-clients__item">
      <span className="staff-clients__name">
        {client.displayName}
        {client.status === 'archived' ? <span className="muted"> ({t('practice:staff.archived')})</span> : null}
      </span>
      <label htmlFor={selectId} className="visually-hidden">
        {t('practice:transfer.toLabel', { name: client.displayName })}
      </label>
      <select id={selectId} value={to} onChange={(e) => setTo(e.target.value)}>
        {targets.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.displayName}
          </option>
        ))}
      </select>
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void move()}>
        {t('practice:transfer.submit')}
        <span className="visually-hidden"> {client.displayName}</span>
      </button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </li>
  );
}

/** Whose caseloads this member may read, as a supervisor. */
function Supervisees({ member, staff, onSaved }: { member: StaffMember; staff: StaffMember[]; onSaved(): void }) {
  const { t } = useT();
  const others = staff.filter((m) => isTherapist(m) && m.active && m.userId !== member.userId);
  const [chosen, setChosen] = useState(new Set(member.superviseeIds));
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (others.length === 0) return null;
  const save = async () => {
    setError(null);
    try {
      await practiceApi.setSupervisees(member.userId, [...chosen]);
      setNote(t('practice:supervision.saved'));
      onSaved();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <fieldset className="staff-supervisees">
      <legend>{t('practice:supervision.legend', { name: member.displayName })}</legend>
      {others.map((o) => (
        <label key={o.userId} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.has(o.userId)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(o.userId);
              else next.delete(o.userId);
              setChosen(next);
              setNote(null);
            }}
          />{' '}
          {o.displayName}
        </label>
      ))}
      <div className="actions">
        <button type="button" className="button button--secondary button--small" onClick={() => void save()}>
          {t('practice:supervision.save')}
          <span className="visually-hidden"> {member.displayName}</span>
        </button>
      </div>
      {note ? <Notice tone="success">{note}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </fieldset>
  );
}

/** One staff member: role, status, caseload (each client can be moved), supervision, deactivation. */
function StaffCard({ member, staff, ownerId, onChanged }: { member: StaffMember; staff: StaffMember[]; ownerId: string; onChanged(note: string): void }) {
  const { t } = useT();
  const titleId = `staff-${member.userId}`;
  const self = member.userId === ownerId;
  return (
    <li className="staff-card card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {member.displayName} <span className="staff-card__role">· {t(`practice:role.${member.role}`)}</span>
        {member.active ? null : <span className="staff-card__status"> · {t('practice:staff.deactivated')}</span>}
      </h3>
      <p className="muted">{member.email}</p>
      {isTherapist(member) ? (
        member.clients.length > 0 ? (
          <>
            <h4>{t('practice:staff.caseload', { count: member.clients.length })}</h4>
            <ul className="staff-clients">
              {member.clients.map((c) => (
                <TransferClient
                  key={c.id}
                  client={c}
                  from={member}
                  staff={staff}
                  onMoved={() => onChanged(t('practice:transfer.done', { name: c.displayName }))}
                />
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('practice:staff.noClients')}</p>
        )
      ) : null}
      {isTherapist(member) && member.active ? <Supervisees member={member} staff={staff} onSaved={() => onChanged('')} /> : null}
      {!self && member.active ? (
        member.clients.length > 0 ? (
          <p className="fine-print">{t('practice:staff.transferFirst', { name: member.displayName })}</p>
        ) : (
          <details className="staff-card__danger">
            <summary>{t('practice:staff.deactivate', { name: member.displayName })}</summary>
            <p className="fine-print">{t('practice:staff.deactivateLead')}</p>
            <ConfirmWithPassword
              name={`deactivate-${member.userId}`}
              tone="danger"
              action={t('practice:staff.deactivate', { name: member.displayName })}
              onConfirmed={async () => {
                await practiceApi.deactivate(member.userId);
                onChanged(t('practice:staff.deactivatedNote', { name: member.displayName }));
              }}
            />
          </details>
        )
      ) : null}
      {!member.active ? (
        <details className="staff-card__danger">
          <summary>{t('practice:staff.reactivate', { name: member.displayName })}</summary>
          <ConfirmWithPassword
            name={`reactivate-${member.userId}`}
            action={t('practice:staff.reactivate', { name: member.displayName })}
            onConfirmed={async () => {
              await practiceApi.reactivate(member.userId);
              onChanged(t('practice:staff.reactivatedNote', { name: member.displayName }));
            }}
          />
        </details>
      ) : null}
    </li>
  );
}

/** The practice's staff, for its owner. */
export function StaffList({ staff, ownerId, onChanged }: { staff: StaffMember[]; ownerId: string; onChanged(note: string): void }) {
  return (
    <ul className="staff-list">
      {staff.map((m) => (
        <StaffCard key={m.userId} member={m} staff={staff} ownerId={ownerId} onChanged={onChanged} />
      ))}
    </ul>
  );
}
