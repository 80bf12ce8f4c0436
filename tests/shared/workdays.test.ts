import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkdayCalendar } from '../../shared/calendar/workdays';

describe('working-day calendar', () => {
  const calendar = new WorkdayCalendar();

  it('skips weekends', () => {
    expect(calendar.addWorkdays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 → Monday
    expect(calendar.addWorkdays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    expect(calendar.isWorkday('2026-10-05')).toBe(false); // a Monday off
    expect(calendar.isWorkday('2026-10-10')).toBe(true); // a Saturday worked
    // 2026-09-30 (Wed) + 1 working day: 10-01…10-07 are off, 10-08 (Thu) is the first working day
    expect(calendar.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    // 10-08, 10-09, 10-10 (make-up Saturday) → the third working day is the Saturday
    expect(calendar.addWorkdays('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('counts a make-up Sunday before the Spring Festival', () => {
    expect(calendar.isWorkday('2026-02-14')).toBe(true);
    expect(calendar.addWorkdays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkdays('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('takes a year entered in Settings over the bundled one', () => {
    const custom = new WorkdayCalendar([{ year: 2026, holidays: ['2026-11-30'], makeUpWorkdays: ['2026-11-29'] }]);
    expect(custom.isWorkday('2026-11-30')).toBe(false);
    expect(custom.isWorkday('2026-11-29')).toBe(true);
    expect(custom.isWorkday('2026-10-05')).toBe(true); // the bundled 2026 was replaced
  });

  it('counts working days between two dates', () => {
    expect(calendar.workdaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(calendar.workdaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(calendar.workdaysBetween('2026-11-30', '2026-11-27')).toBe(0);
  });

  it('works out working days between any two dates exactly as counting them one by one does', () => {
    const custom = new WorkdayCalendar([{ year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-05-03'], makeUpWorkdays: ['2027-01-09', '2027-01-04'] }]);
    const day = fc.integer({ min: Date.parse('1998-06-01'), max: Date.parse('2028-12-31') }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    const countOneByOne = (c: WorkdayCalendar, from: string, to: string) => {
      let count = 0;
      for (let d = c.addWorkdays(from, 0); d < to; ) {
        d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        if (c.isWorkday(d)) count++;
      }
      return count;
    };
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.boolean(), (from, span, useCustom) => {
        const c = useCustom ? custom : calendar;
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + span * 86_400_000).toISOString().slice(0, 10);
        expect(c.workdaysBetween(from, to)).toBe(countOneByOne(c, from, to));
      }),
      { numRuns: 500 },
    );
  });
});
