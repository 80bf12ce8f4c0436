import { PUBLISHED_CALENDARS, type YearCalendar } from './published';

/**
 * Working days: Monday to Friday, less public holidays, plus make-up workdays. Deadlines for clues count working
 * days from the day after assignment (the assignment day itself is day 0), as the platforms count them.
 */
export class WorkdayCalendar {
  private readonly holidays = new Set<string>();
  private readonly makeUp = new Set<string>();

  /** `custom` years (from Settings) replace the bundled year of the same number. */
  constructor(custom: readonly YearCalendar[] = []) {
    const byYear = new Map<number, YearCalendar>();
    for (const year of PUBLISHED_CALENDARS) byYear.set(year.year, year);
    for (const year of custom) byYear.set(year.year, year);
    for (const year of byYear.values()) {
      for (const day of year.holidays) this.holidays.add(day);
      for (const day of year.makeUpWorkdays) this.makeUp.add(day);
    }
  }

  isWorkday(iso: string): boolean {
    if (this.makeUp.has(iso)) return true;
    if (this.holidays.has(iso)) return false;
    const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The date `count` working days after `from` (from itself not counted). */
  addWorkdays(from: string, count: number): string {
    let day = from;
    let remaining = count;
    while (remaining > 0) {
      day = nextDay(day);
      if (this.isWorkday(day)) remaining--;
    }
    return day;
  }

  /** Working days after `from` up to and including `to` (0 when to ≤ from). */
  workdaysBetween(from: string, to: string): number {
    let count = 0;
    for (let day = nextDay(from); day <= to; day = nextDay(day)) if (this.isWorkday(day)) count++;
    return count;
  }
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
