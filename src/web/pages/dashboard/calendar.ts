/** Calendar windows in the browser's local time: a day, or a week from Monday. Pure (no DOM). */

export type View = 'day' | 'week';

/** Local midnight of `d`. */
export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The window shown: the day of `anchor`, or its week from Monday (local time, so DST-safe by calendar days). */
export function windowFor(view: View, anchor: Date): { from: Date; to: Date } {
  const day = startOfDay(anchor);
  if (view === 'day') return { from: day, to: new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1) };
  const back = (day.getDay() + 6) % 7; // Monday = 0
  const from = new Date(day.getFullYear(), day.getMonth(), day.getDate() - back);
  return { from, to: new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7) };
}

/** The anchor one day or week earlier (`step` −1) or later (+1). */
export function shift(view: View, anchor: Date, step: -1 | 1): Date {
  return new Date(anchor.getFullYear(), anchor.getMonth(), anchor.getDate() + step * (view === 'day' ? 1 : 7));
}
