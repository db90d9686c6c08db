import { useState } from 'react';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { MEASURE_FREQUENCIES, MEASURE_FREQUENCY_LABEL } from '../../domain/measures/schedule.ts';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { Frequency, ScheduleItem } from './workspace-api.ts';

/** Plain words for where a scheduled questionnaire stands. */
export function dueText(s: ScheduleItem): string {
  if (s.frequency === 'off') return 'Not scheduled.';
  if (s.overdue) return `Overdue — due since ${formatWhen(s.nextDueAt!)}.`;
  if (s.due) return 'Due now.';
  if (s.nextDueAt) return `Next due ${formatWhen(s.nextDueAt)}.`;
  return s.frequency === 'every_session' ? 'Due the day before the next session (none is planned yet).' : 'Scheduled.';
}

/**
 * How often the client is asked for PHQ-9 and GAD-7, with next due / overdue. A change saves at
 * once and starts counting from now; the client sees due questionnaires on their home screen.
 */
export function MeasureSchedule({ clientId, clientName, refreshKey }: { clientId: string; clientName: string; refreshKey: number }) {
  const list = useLoad(() => workspaceApi.measureSchedule(clientId), [clientId, refreshKey]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const change = async (s: ScheduleItem, frequency: Frequency) => {
    setError(null);
    setBusy(s.measure);
    try {
      const next = await workspaceApi.setMeasureSchedule(clientId, s.measure, frequency);
      list.set(() => next);
      setStatus(`${s.title}: ${MEASURE_FREQUENCY_LABEL[frequency].toLowerCase()}. ${dueText(next.find((x) => x.measure === s.measure)!)}`);
    } catch (e) {
      setError(workspaceMessage(e));
    } finally {
      setBusy(null);
    }
  };

  if (list.loading && !list.data) return <Loading label="Loading the questionnaire schedule…" />;
  if (list.error || !list.data) return <Notice tone="error">{list.error ?? 'The schedule could not be loaded.'}</Notice>;
  return (
    <section className="ws-schedule" aria-labelledby="schedule-heading">
      <h4 id="schedule-heading">Schedule</h4>
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="ws-schedule__list">
        {list.data.map((s) => (
          <li key={s.measure} className="ws-schedule__item">
            <div className="field">
              <label htmlFor={`schedule-${s.measure}`}>
                How often {clientName} answers {s.title}
              </label>
              <select
                id={`schedule-${s.measure}`}
                className="ws-select"
                value={s.frequency}
                disabled={busy === s.measure}
                onChange={(e) => void change(s, e.target.value as Frequency)}
              >
                {MEASURE_FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {MEASURE_FREQUENCY_LABEL[f]}
                  </option>
                ))}
              </select>
            </div>
            <p className={s.overdue ? 'ws-schedule__due ws-schedule__due--overdue' : s.due ? 'ws-schedule__due' : 'muted'}>
              {s.due ? <span className={`tag ${s.overdue ? 'tag--alert' : 'tag--ok'} ws-inline-tag`}>{s.overdue ? 'Overdue' : 'Due'}</span> : null} {dueText(s)}
              {s.lastAnsweredAt && !s.due ? ` Last answered ${formatWhen(s.lastAnsweredAt)}.` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
