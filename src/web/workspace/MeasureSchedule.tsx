import { useState } from 'react';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { i18n, useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { MEASURE_FREQUENCIES } from '../../domain/measures/schedule.ts';
import type { MeasureFrequency } from '../../domain/measures/schedule.ts';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { Frequency, ScheduleItem } from './workspace-api.ts';

/** Plain words for where a scheduled questionnaire stands, in the app's language. */
export function dueText(s: ScheduleItem): string {
  const t = i18n.t.bind(i18n);
  if (s.frequency === 'off') return t('workspace:schedule.off');
  if (s.overdue) return t('workspace:schedule.overdueSince', { when: formatWhen(s.nextDueAt!) });
  if (s.due) return t('workspace:schedule.dueNow');
  if (s.nextDueAt) return t('workspace:schedule.nextDue', { when: formatWhen(s.nextDueAt) });
  return s.frequency === 'every_session' ? t('workspace:schedule.beforeNext') : t('workspace:schedule.scheduled');
}

/** The schedule choices in words. */
function frequencyLabel(t: ReturnType<typeof useT>['t'], f: MeasureFrequency): string {
  const labels: Record<MeasureFrequency, string> = {
    every_session: t('workspace:schedule.every_session'),
    weekly: t('workspace:schedule.weekly'),
    every_two_weeks: t('workspace:schedule.every_two_weeks'),
    monthly: t('workspace:schedule.monthly'),
    off: t('workspace:schedule.notScheduled'),
  };
  return labels[f];
}

/**
 * How often the client is asked for PHQ-9 and GAD-7, with next due / overdue. A change saves at
 * once and starts counting from now; the client sees due questionnaires on their home screen.
 */
export function MeasureSchedule({ clientId, clientName, refreshKey }: { clientId: string; clientName: string; refreshKey: number }) {
  const { t } = useT();
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
      setStatus(
        t('workspace:schedule.changed', {
          measure: s.title,
          frequency: frequencyLabel(t, frequency),
          due: dueText(next.find((x) => x.measure === s.measure)!),
        }),
      );
    } catch (e) {
      setError(workspaceMessage(e));
    } finally {
      setBusy(null);
    }
  };

  if (list.loading && !list.data) return <Loading label={t('workspace:schedule.loading')} />;
  if (list.error || !list.data) return <Notice tone="error">{list.error ?? t('workspace:schedule.loadFailed')}</Notice>;
  return (
    <section className="ws-schedule" aria-labelledby="schedule-heading">
      <h4 id="schedule-heading">{t('workspace:schedule.heading')}</h4>
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="ws-schedule__list">
        {list.data.map((s) => (
          <li key={s.measure} className="ws-schedule__item">
            <div className="field">
              <label htmlFor={`schedule-${s.measure}`}>{t('workspace:schedule.howOften', { name: clientName, measure: s.title })}</label>
              <select
                id={`schedule-${s.measure}`}
                className="ws-select"
                value={s.frequency}
                disabled={busy === s.measure}
                onChange={(e) => void change(s, e.target.value as Frequency)}
              >
                {MEASURE_FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {frequencyLabel(t, f)}
                  </option>
                ))}
              </select>
            </div>
            <p className={s.overdue ? 'ws-schedule__due ws-schedule__due--overdue' : s.due ? 'ws-schedule__due' : 'muted'}>
              {s.due ? (
                <span className={`tag ${s.overdue ? 'tag--alert' : 'tag--ok'} ws-inline-tag`}>
                  {s.overdue ? t('workspace:schedule.overdue') : t('workspace:schedule.due')}
                </span>
              ) : null}{' '}
              {dueText(s)}
              {s.lastAnsweredAt && !s.due ? ` ${t('workspace:schedule.lastAnswered', { when: formatWhen(s.lastAnsweredAt) })}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
