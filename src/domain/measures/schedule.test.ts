import { describe, expect, it } from 'vitest';
import { measureDue } from './schedule.ts';

const DAY = 86_400_000;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

describe('measureDue', () => {
  it('is never due when off', () => {
    expect(measureDue({ frequency: 'off', startsAt: t0, lastResponseAt: null, sessions: [{ scheduledAt: t0, status: 'in_progress' }], now: at(30) })).toEqual({
      due: false,
      overdue: false,
      nextDueAt: null,
    });
  });

  it('runs interval schedules from the start, then from the latest answer, overdue after three days', () => {
    const base = { frequency: 'every_two_weeks' as const, startsAt: t0, sessions: [] };
    expect(measureDue({ ...base, lastResponseAt: null, now: t0 })).toMatchObject({ due: true, overdue: false });
    expect(measureDue({ ...base, lastResponseAt: at(-1), now: t0 })).toMatchObject({ due: true }); // answered before the schedule: does not count
    expect(measureDue({ ...base, lastResponseAt: at(1), now: at(14.9) })).toEqual({ due: false, overdue: false, nextDueAt: at(15) });
    expect(measureDue({ ...base, lastResponseAt: at(1), now: at(15) })).toMatchObject({ due: true, overdue: false });
    expect(measureDue({ ...base, lastResponseAt: at(1), now: at(18) })).toMatchObject({ due: true, overdue: true });
    expect(measureDue({ ...base, frequency: 'monthly', lastResponseAt: at(1), now: at(30.5) })).toMatchObject({ due: false });
    expect(measureDue({ ...base, frequency: 'weekly', lastResponseAt: at(1), now: at(8) })).toMatchObject({ due: true });
  });

  it('opens a window a day before each session and closes it with an answer', () => {
    const sessions = [
      { scheduledAt: at(7), status: 'scheduled' as const },
      { scheduledAt: at(3), status: 'cancelled' as const },
      { scheduledAt: at(14), status: 'scheduled' as const },
    ];
    const base = { frequency: 'every_session' as const, startsAt: t0, sessions };
    expect(measureDue({ ...base, lastResponseAt: null, now: at(2.5) })).toEqual({ due: false, overdue: false, nextDueAt: at(6) });
    expect(measureDue({ ...base, lastResponseAt: null, now: at(6.5) })).toEqual({ due: true, overdue: false, nextDueAt: at(6) });
    expect(measureDue({ ...base, lastResponseAt: at(6.6), now: at(6.7) })).toEqual({ due: false, overdue: false, nextDueAt: at(13) });
    const done = sessions.map((s, i) => (i === 0 ? { ...s, status: 'completed' as const } : s));
    expect(measureDue({ ...base, sessions: done, lastResponseAt: null, now: at(8) })).toMatchObject({ due: true, overdue: true });
    expect(measureDue({ ...base, sessions: [], lastResponseAt: null, now: at(8) })).toEqual({ due: false, overdue: false, nextDueAt: null });
  });
});
