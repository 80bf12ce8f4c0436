import { PUBLISHED_CALENDARS, type YearCalendar } from './published';

/**
 * Working days: Monday to Friday, less public holidays, plus make-up workdays. Deadlines for clues count working
 * days from the day after assignment (the assignment day itself is day 0), as the platforms count them.
 */
export class WorkdayCalendar {
  private readonly holidays = new Set<string>();
  private readonly makeUp = new Set<string>();
  /** day numbers where the calendar departs from Monday–Friday, sorted: make-up weekend days and weekday holidays */
  private readonly extraWorkdays: number[];
  private readonly weekdayHolidays: number[];

  /** `custom` years (from Settings) replace the bundled year of the same number. */
  constructor(custom: readonly YearCalendar[] = []) {
    const byYear = new Map<number, YearCalendar>();
    for (const year of PUBLISHED_CALENDARS) byYear.set(year.year, year);
    for (const year of custom) byYear.set(year.year, year);
    for (const year of byYear.values()) {
      for (const day of year.holidays) this.holidays.add(day);
      for (const day of year.makeUpWorkdays) this.makeUp.add(day);
    }
    this.extraWorkdays = [...this.makeUp].map(dayNumber).filter((n) => !isWeekday(n)).sort((a, b) => a - b);
    this.weekdayHolidays = [...this.holidays].filter((day) => !this.makeUp.has(day)).map(dayNumber).filter(isWeekday).sort((a, b) => a - b);
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
    if (to <= from) return 0;
    return this.workdayOrdinal(dayNumber(to)) - this.workdayOrdinal(dayNumber(from));
  }

  /**
   * Working days from a fixed origin up to and including day `n`, worked out rather than counted: every read of
   * 100,000 clues asks how many working days each is overdue, and counting day by day took most of a second.
   */
  private workdayOrdinal(n: number): number {
    return weekdaysUpTo(n) + countAtMost(this.extraWorkdays, n) - countAtMost(this.weekdayHolidays, n);
  }
}

const DAY_MS = 86_400_000;
/** Day 0 is Monday 3 January 2000; earlier days are negative. */
const ORIGIN = Date.parse('2000-01-03T00:00:00Z');
/** Weekdays among the first k days of a week that starts on a Monday. */
const WEEKDAYS_IN_FIRST = [0, 1, 2, 3, 4, 5, 5];

function dayNumber(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - ORIGIN) / DAY_MS);
}

function isWeekday(n: number): boolean {
  return ((n % 7) + 7) % 7 < 5;
}

/** Monday–Friday days in [0, n] (for negative n, a count that still differs correctly from any other). */
function weekdaysUpTo(n: number): number {
  const weeks = Math.floor((n + 1) / 7);
  return weeks * 5 + (WEEKDAYS_IN_FIRST[n + 1 - weeks * 7] ?? 0);
}

/** How many of the sorted numbers are ≤ n. */
function countAtMost(sorted: readonly number[], n: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= n) low = mid + 1;
    else high = mid;
  }
  return low;
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
