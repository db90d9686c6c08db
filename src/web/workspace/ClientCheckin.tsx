import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { LiveStatus, Notice } from '../components/Notice.tsx';
import { CrisisResources } from './CrisisResources.tsx';
import { MoodGrid } from './MoodGrid.tsx';
import type { MoodValue } from './MoodGrid.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { Crisis } from './workspace-api.ts';
import './workspace.css';
import './checkin.css';
import '../music/music.css';
import { useT } from '../i18n.tsx';

/**
 * The client's own check-in (mood word, distress 0–10, an optional note) and a reflection box.
 * If the words suggest they may be in danger, the crisis resources appear at once.
 */
export function ClientCheckin({ clientId }: { clientId: string }) {
  const [mood, setMood] = useState<MoodValue | null>(null);
  const { t } = useT();
  const id = useId();
  // Unset until the client chooses: a preset number would be recorded as theirs.
  const [distress, setDistress] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [reflection, setReflection] = useState('');
  const [crisis, setCrisis] = useState<Crisis | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<{ form: 'checkin' | 'reflection'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (form: 'checkin' | 'reflection', work: () => Promise<{ crisis: Crisis | null }>, done: string) => {
    setError(null);
    setBusy(true);
    try {
      const res = await work();
      setCrisis(res.crisis);
      setStatus(done);
      return true;
    } catch (e) {
      setError({ form, message: workspaceMessage(e) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const checkIn = async (e: FormEvent) => {
    e.preventDefault();
    if (!mood) return setError({ form: 'checkin', message: t('workspace:checkin.moodMissing') });
    if (distress === null) return setError({ form: 'checkin', message: t('daily:checkin.distressMissing') });
    const ok = await run(
      'checkin',
      () => workspaceApi.addCheckin(clientId, { moment: 'standalone', ...mood, distress, ...(note.trim() ? { note: note.trim() } : {}) }),
      t('workspace:checkin.thanks'),
    );
    if (ok) {
      setNote('');
      setMood(null);
      setDistress(null);
    }
  };
  const reflect = async (e: FormEvent) => {
    e.preventDefault();
    if (!reflection.trim()) return setError({ form: 'reflection', message: t('workspace:checkin.reflectionMissing') });
    if (await run('reflection', () => workspaceApi.addReflection(clientId, reflection.trim()), t('workspace:checkin.reflectionSaved'))) setReflection('');
  };

  return (
    <section className="card ws-checkin" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{t('workspace:checkin.heading')}</h2>
      {crisis ? <CrisisResources crisis={crisis} /> : null}
      <LiveStatus message={status} />
      <form className="form" onSubmit={(e) => void checkIn(e)} noValidate aria-label={t('workspace:checkin.submit')}>
        <MoodGrid legend={t('workspace:checkin.feel')} value={mood} onChange={setMood} />
        <fieldset className="distress">
          <legend className="mood-check__question">{t('daily:checkin.distress')}</legend>
          <p className="muted distress__hint" id={`${id}-hint`}>
            {t('daily:checkin.distressHint')}
          </p>
          <div className="distress__scale">
            {Array.from({ length: 11 }, (_, n) => (
              <label key={n} className="distress__option">
                <input
                  type="radio"
                  className="overlay-input"
                  name={`${id}-distress`}
                  checked={distress === n}
                  onChange={() => setDistress(n)}
                  aria-describedby={`${id}-hint`}
                  aria-label={t('daily:checkin.distressValue', { n })}
                />
                <span className="distress__chip" aria-hidden="true">
                  {n}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('workspace:checkin.note')} multiline rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
        {error?.form === 'checkin' ? <Notice tone="error">{error.message}</Notice> : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('workspace:checkin.submit')}
        </button>
      </form>
      <form className="form ws-checkin__reflect" onSubmit={(e) => void reflect(e)} noValidate aria-labelledby="reflect-heading">
        <h3 id="reflect-heading">{t('workspace:checkin.reflection')}</h3>
        <Field
          label={t('workspace:checkin.mind')}
          hint={t('workspace:checkin.private')}
          multiline
          rows={4}
          value={reflection}
          onChange={(e) => setReflection(e.target.value)}
          maxLength={10_000}
        />
        {error?.form === 'reflection' ? <Notice tone="error">{error.message}</Notice> : null}
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('workspace:checkin.saveReflection')}
        </button>
      </form>
      <p className="fine-print">{t('workspace:checkin.notCrisis')}</p>
    </section>
  );
}
