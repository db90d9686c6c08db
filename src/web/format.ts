/** Dates and sizes in plain words, in the language the app speaks now (the user's choice, else the browser's). */
import { currentLocale, i18n } from './i18n.tsx';

const dateTime = (): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(currentLocale(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
const dateOnly = (): Intl.DateTimeFormat => new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
const time = (): Intl.DateTimeFormat => new Intl.DateTimeFormat(currentLocale(), { hour: 'numeric', minute: '2-digit' });

export const formatDateTime = (iso: string): string => dateTime().format(new Date(iso));
/** "Today, 3:20 PM" for today, else the full date and time. */
export function formatWhen(iso: string, now = new Date()): string {
  const d = new Date(iso);
  return d.toDateString() === now.toDateString() ? i18n.t('common:todayAt', { time: time().format(d) }) : dateTime().format(d);
}
export const formatDate = (iso: string): string => dateOnly().format(new Date(iso));

/** "5 minutes ago", "in 2 days" … relative to now. */
export function formatRelative(iso: string, now = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  const abs = Math.abs(diff);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [unit, ms] of units) if (abs >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, 'minute');
}

/** "512 bytes", "48 KB", "1.5 MB" with the locale's decimal mark. */
export function formatBytes(n: number): string {
  const num = (x: number, digits = 0) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
  if (n < 1024) return i18n.t('common:bytes', { n });
  if (n < 1024 * 1024) return `${num(Math.round(n / 1024))} KB`;
  return `${num(n / 1024 / 1024, 1)} MB`;
}

/** The value for an <input type="datetime-local"> in local time. */
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
