import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { toLocalInput } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { DIRECTIVE_MODES, modeLabel, workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { DirectiveItem, HomeworkItem } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

interface AssignHomeworkProps {
  clientId: string;
  onAssigned(h: HomeworkItem): void;
  onCancel(): void;
}

/** Choose a directive from the catalogue (search, filter by mode), add a due date and a personal note. */
export function AssignHomework({ clientId, onAssigned, onCancel }: AssignHomeworkProps) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [mode, setMode] = useState('');
  const catalogue = useLoad(() => workspaceApi.directives({ text, mode }), [text, mode]);
  const [chosen, setChosen] = useState<DirectiveItem | null>(null);
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return setError(t('workspace:assign.chooseFirst'));
    setError(null);
    setBusy(true);
    try {
      // A due date means the end of that day, in the therapist's time zone.
      const dueAt = due ? new Date(`${due}T23:59:00`).toISOString() : undefined;
      onAssigned(
        await workspaceApi.assignHomework(clientId, { directiveId: chosen.id, ...(dueAt ? { dueAt } : {}), ...(note.trim() ? { note: note.trim() } : {}) }),
      );
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const found = catalogue.data ?? [];
  return (
    <form className="form ws-subform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="assign-heading">
      <h4 id="assign-heading">{t('workspace:assign.heading')}</h4>
      <div className="ws-filters">
        <Field
          label={t('workspace:assign.search')}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('workspace:assign.searchExample')}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor="directive-mode">{t('workspace:assign.mode')}</label>
          <select id="directive-mode" className="ws-select" value={mode} onChange={(e) => setMode(e.target.value)}>
            <option value="">{t('workspace:assign.allModes')}</option>
            {DIRECTIVE_MODES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {catalogue.loading && !catalogue.data ? <Loading label={t('workspace:assign.searching')} /> : null}
      {catalogue.error ? <Notice tone="error">{catalogue.error}</Notice> : null}
      <fieldset className="ws-directives">
        <legend>
          {t('workspace:assign.directive')} <span className="muted">({t('workspace:assign.foundShort', { count: found.length })})</span>
        </legend>
        <p className="visually-hidden" aria-live="polite">
          {catalogue.data ? t('workspace:assign.found', { count: found.length }) : ''}
        </p>
        {catalogue.data && found.length === 0 ? <p className="muted">{t('workspace:assign.nothing')}</p> : null}
        <ul className="ws-directive-list">
          {found.map((d) => (
            <li key={d.id}>
              <label className={`ws-directive${chosen?.id === d.id ? ' ws-directive--chosen' : ''}`}>
                <input type="radio" name="directive" value={d.id} checked={chosen?.id === d.id} onChange={() => setChosen(d)} />
                <span className="ws-directive__body">
                  <span className="ws-directive__title">{d.title}</span>
                  <span className="muted">
                    {modeLabel(d.mode)} · {t('workspace:assign.minutes', { min: d.durationMinutes.min, max: d.durationMinutes.max })}
                  </span>
                  <span className="ws-directive__goal">{d.goal}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen ? (
        <div className="ws-directive-detail">
          <p className="ws-directive__title">{chosen.title}</p>
          <p className="muted">{t('workspace:assign.clientReads')}</p>
          <ol>
            {chosen.instructions.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          {chosen.unsuitableFor.length > 0 ? <p className="muted">{t('workspace:assign.takeCare', { list: chosen.unsuitableFor.join('; ') })}</p> : null}
        </div>
      ) : null}
      <div className="ws-filters">
        <Field label={t('workspace:assign.due')} type="date" value={due} min={toLocalInput(new Date()).slice(0, 10)} onChange={(e) => setDue(e.target.value)} />
        <Field
          label={t('workspace:assign.note')}
          multiline
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={2000}
          hint={t('workspace:assign.noteHint')}
        />
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('workspace:assign.assigning') : t('workspace:assign.assign')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
