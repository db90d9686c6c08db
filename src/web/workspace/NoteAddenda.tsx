import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { NoteItem } from './workspace-api.ts';

/** The dated addenda of a signed note, and a form to add one. */
export function NoteAddenda({ note, onChanged }: { note: NoteItem; onChanged(n: NoteItem): void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t('workspace:addenda.empty'));
    setError(null);
    setBusy(true);
    try {
      onChanged(await workspaceApi.addAddendum(note.id, text.trim()));
      setText('');
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ws-addenda" aria-labelledby="addenda-heading">
      <h5 id="addenda-heading" className="ws-h5">
        {t('workspace:addenda.heading')}
      </h5>
      {note.addenda.length === 0 ? <p className="muted">{t('workspace:addenda.none')}</p> : null}
      <ol className="ws-list">
        {note.addenda.map((a) => (
          <li key={a.id} className="ws-list__item ws-list__item--stacked">
            <span className="muted">{t('workspace:addenda.added', { when: formatDateTime(a.createdAt) })}</span>
            <p className="prewrap">{a.text}</p>
          </li>
        ))}
      </ol>
      <form className="form" onSubmit={(e) => void add(e)} noValidate>
        <Field
          label={t('workspace:addenda.label')}
          multiline
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
          hint={t('workspace:addenda.hint')}
          maxLength={20_000}
        />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t('workspace:addenda.adding') : t('workspace:addenda.add')}
        </button>
      </form>
      {error && text.trim() ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
