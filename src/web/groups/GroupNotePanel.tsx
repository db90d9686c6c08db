import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { groupsApi } from './groups-api.ts';
import type { GroupDto, GroupSessionDto } from './groups-api.ts';

/** The therapist's note of one group session: attendance, the note, a short line per member. */
export function GroupNotePanel({ session, group }: { session: GroupSessionDto; group: GroupDto }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [lines, setLines] = useState<Record<string, string>>({});
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const [msg, setMsg] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  useEffect(() => {
    if (!open) return;
    groupsApi.note(session.id).then(
      (n) => {
        setBody(n.body);
        setLines(Object.fromEntries(n.lines.map((l) => [l.memberId, l.line])));
        setPresent(Object.fromEntries(n.attendance.map((a) => [a.memberId, a.present])));
      },
      (e: unknown) => setMsg({ tone: 'error', text: messageOf(e) }),
    );
  }, [open, session.id]);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await groupsApi.attendance(session.id, { attendance: group.members.map((m) => ({ memberId: m.id, present: present[m.id] === true })) });
      await groupsApi.saveNote(session.id, { body, lines: group.members.map((m) => ({ memberId: m.id, line: lines[m.id] ?? '' })) });
      setMsg({ tone: 'success', text: t('groups:note.saved') });
    } catch (err) {
      setMsg({ tone: 'error', text: messageOf(err) });
    }
  };
  return (
    <details className="group-note" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('groups:note.summary')}</summary>
      <form className="form" onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>{t('groups:note.attendance')}</legend>
          {group.members.map((m) => (
            <label key={m.id} className="check">
              <input type="checkbox" checked={present[m.id] === true} onChange={(e) => setPresent({ ...present, [m.id]: e.target.checked })} />{' '}
              {m.clientName ?? m.displayName}
            </label>
          ))}
        </fieldset>
        <Field
          label={t('groups:note.body')}
          multiline
          rows={4}
          name={`note-${session.id}`}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={20000}
        />
        {group.members.map((m) => (
          <Field
            key={m.id}
            label={t('groups:note.line', { name: m.clientName ?? m.displayName ?? '' })}
            name={`line-${m.id}`}
            value={lines[m.id] ?? ''}
            onChange={(e) => setLines({ ...lines, [m.id]: e.target.value })}
            maxLength={500}
          />
        ))}
        {msg ? <Notice tone={msg.tone}>{msg.text}</Notice> : null}
        <button type="submit" className="button button--primary">
          {t('groups:note.save')}
        </button>
      </form>
    </details>
  );
}
