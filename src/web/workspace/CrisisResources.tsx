import { useEffect, useRef } from 'react';
import { useT } from '../i18n.tsx';
import type { Crisis } from './workspace-api.ts';
import './checkin.css';

/**
 * The crisis resources the server returns when a client's words were screened positive. Shown
 * at once, prominently, and focused so screen readers read it first. Hearth is not a crisis
 * service, and it says so.
 */
export function CrisisResources({ crisis, audience = 'client' }: { crisis: Crisis; audience?: 'client' | 'therapist' }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (audience === 'therapist') return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [crisis, audience]);

  if (audience === 'therapist') {
    return (
      <div className="ws-crisis ws-crisis--compact" role="alert">
        <p>
          <strong>{t('workspace:crisis.raised')}</strong> {t('workspace:crisis.therapist', { contacts: crisis.contacts.map((c) => c.label).join(', ') })}
        </p>
      </div>
    );
  }
  return (
    <div ref={ref} className={`ws-crisis ws-crisis--${crisis.level}`} role="alert" tabIndex={-1} aria-labelledby="crisis-heading">
      <h3 id="crisis-heading" className="ws-crisis__heading">
        {crisis.heading}
      </h3>
      <p>{crisis.message}</p>
      <ul className="ws-crisis__contacts">
        {crisis.contacts.map((c) => (
          <li key={c.label}>
            <strong>{c.label}</strong>
            <span>{c.detail}</span>
          </li>
        ))}
      </ul>
      <p className="ws-crisis__fine">{t('workspace:crisis.fine')}</p>
    </div>
  );
}
