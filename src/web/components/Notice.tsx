import type { ReactNode } from 'react';
import { useT } from '../i18n.tsx';

interface NoticeProps {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
  id?: string;
}

/**
 * A message about the form or section it sits in. Errors are announced at once (role=alert);
 * confirmations politely (role=status).
 */
export function Notice({ tone, children, id }: NoticeProps) {
  return (
    <div id={id} className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="notice__icon" aria-hidden="true">
        {tone === 'error' ? '!' : tone === 'success' ? '✓' : 'i'}
      </span>
      <span>{children}</span>
    </div>
  );
}

/** A polite live region that stays in the page, so later messages in it are announced. */
export function LiveStatus({ message }: { message: string | null }) {
  return (
    <p className="live-status" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common:loading')}
    </p>
  );
}
