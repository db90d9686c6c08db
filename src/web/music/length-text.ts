/** A piece's length in words, in the listener's language. */
import type { useT } from '../i18n.tsx';

/** "30 seconds", "5 minutes", "1 hour 5 minutes", "2:30 minutes" — a length in words. */
export function lengthText(seconds: number, t: ReturnType<typeof useT>['t']): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  const s = seconds % 60;
  if (seconds < 60) return t('music:library.seconds', { s: seconds });
  if (h > 0) return t('music:library.hoursMinutes', { h, m });
  return s === 0 ? t('music:library.minutes', { m }) : t('music:library.length', { m: Math.floor(seconds / 60), s: String(s).padStart(2, '0') });
}
