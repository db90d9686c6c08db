import { useId } from 'react';
import { useT } from '../i18n.tsx';
import './reminders.css';

/** The reminder times a therapist can pick on the session form, in minutes before. */
export const REMINDER_CHOICES = [1440, 60] as const;

/**
 * "Remind the client inside Hearth": the day before and/or an hour before (both on by default).
 * `value` is the chosen minutes; an empty list means no reminders.
 */
export function ReminderChoice({ value, onChange }: { value: readonly number[]; onChange(next: number[]): void }) {
  const { t } = useT();
  const id = useId();
  const label = (m: number) => (m === 1440 ? t('reminders:schedule.dayBefore') : t('reminders:schedule.hourBefore'));
  const toggle = (m: number, on: boolean) => onChange(REMINDER_CHOICES.filter((x) => (x === m ? on : value.includes(x))));
  return (
    <fieldset className="field reminder-choice" aria-describedby={`${id}-hint`}>
      <legend>{t('reminders:schedule.label')}</legend>
      {REMINDER_CHOICES.map((m) => (
        <label key={m} className="checkbox">
          <input type="checkbox" checked={value.includes(m)} onChange={(e) => toggle(m, e.target.checked)} /> {label(m)}
        </label>
      ))}
      <p className="muted" id={`${id}-hint`}>
        {t('reminders:schedule.hint')}
      </p>
    </fieldset>
  );
}
