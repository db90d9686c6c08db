/**
 * The therapist's day and week windows are whole local calendar days, also across a daylight-
 * saving change (a 23- or 25-hour day), and the week starts on Monday.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shift, startOfDay, windowFor } from '../../src/web/pages/dashboard/calendar.ts';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin'; // DST starts 2026-03-29 and ends 2026-10-25
});
afterAll(() => {
  // Put back exactly what was there: assigning undefined would set the string "undefined" for the
  // rest of the worker (files share workers since isolate: false).
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('dashboard calendar windows', () => {
  it('a day runs from local midnight to the next local midnight, 23 h on the day the clocks go forward', () => {
    const { from, to } = windowFor('day', new Date(2026, 2, 29, 15, 30));
    expect([from.getHours(), from.getMinutes(), from.getDate()]).toEqual([0, 0, 29]);
    expect([to.getHours(), to.getDate()]).toEqual([0, 30]);
    expect(to.getTime() - from.getTime()).toBe(23 * 3_600_000);
    const autumn = windowFor('day', new Date(2026, 9, 25, 1));
    expect(autumn.to.getTime() - autumn.from.getTime()).toBe(25 * 3_600_000);
  });

  it('a week starts on Monday at midnight and holds seven calendar days, whatever day it is asked from', () => {
    for (let d = 23; d <= 29; d++) {
      // 23 March 2026 is a Monday; the 29th (a Sunday) is the DST change.
      const { from, to } = windowFor('week', new Date(2026, 2, d, 23, 59));
      expect(from.getDay()).toBe(1);
      expect(from.getDate()).toBe(23);
      expect(to.getDay()).toBe(1);
      expect(to.getDate()).toBe(30);
      expect(startOfDay(to).getTime()).toBe(to.getTime());
    }
  });

  it('steps by one calendar day or week', () => {
    const a = new Date(2026, 2, 28, 10);
    expect(shift('day', a, 1).getDate()).toBe(29);
    expect(shift('day', a, -1).getDate()).toBe(27);
    expect(shift('week', a, 1).getDate()).toBe(4);
    expect(shift('week', a, 1).getMonth()).toBe(3);
    expect(windowFor('week', shift('week', a, -1)).from.getDate()).toBe(16);
  });
});
