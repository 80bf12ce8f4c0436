import { PUBLISHED_CALENDARS, type YearCalendar } from '../../../shared/calendar/published';
import { parseDateText } from '../../lib/dateText';

/**
 * A list of dates as the clerk reads and types it: one day or one run of days per line, e.g.
 *   2026-01-01 至 2026-01-03
 *   2026-02-14
 * Runs are written out from the holiday notice as they appear there; they are stored as single days.
 */
export function datesToText(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const lines: string[] = [];
  let start: string | null = null;
  let previous: string | null = null;
  const flush = () => {
    if (start && previous) lines.push(start === previous ? start : `${start} 至 ${previous}`);
  };
  for (const day of sorted) {
    if (previous && nextDay(previous) === day) {
      previous = day;
      continue;
    }
    flush();
    start = day;
    previous = day;
  }
  flush();
  return lines.join('\n');
}

export type ParsedDates = { ok: true; dates: string[] } | { ok: false; message: string };

const SEPARATORS = /[\n,，、;；]+/;
const RANGE = /\s*(?:至|到|~|～)\s*/;

/** The text back to single ISO days; a line that is not a date (or a run of dates) is named in the message. */
export function textToDates(text: string): ParsedDates {
  const dates = new Set<string>();
  for (const token of text.split(SEPARATORS).map((t) => t.trim()).filter(Boolean)) {
    const [fromText, toText, ...rest] = token.split(RANGE);
    const from = parseDateText(fromText ?? '');
    const to = toText === undefined ? from : parseDateText(toText);
    if (!from || !to || rest.length > 0) return { ok: false, message: `“${token}”不是有效日期（如2026-10-01，或2026-10-01 至 2026-10-07）` };
    if (to < from) return { ok: false, message: `“${token}”的结束日期早于开始日期` };
    for (let day = from; day <= to; day = nextDay(day)) {
      dates.add(day);
      if (dates.size > 1000) return { ok: false, message: `“${token}”包含的天数过多` };
    }
  }
  return { ok: true, dates: [...dates].sort() };
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function bundledYear(year: number): YearCalendar | undefined {
  return PUBLISHED_CALENDARS.find((c) => c.year === year);
}

const sameDays = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Whether a year's days are the bundled notice's: such a year need not be stored in the settings. */
export function isBundledAsIs(calendar: YearCalendar): boolean {
  const bundled = bundledYear(calendar.year);
  return bundled !== undefined && sameDays(bundled.holidays, calendar.holidays) && sameDays(bundled.makeUpWorkdays, calendar.makeUpWorkdays);
}

/** Every year the clerk should see: the bundled ones, replaced by the clerk's own where entered, in year order. */
export function effectiveCalendars(custom: readonly YearCalendar[]): YearCalendar[] {
  const byYear = new Map<number, YearCalendar>();
  for (const year of PUBLISHED_CALENDARS) byYear.set(year.year, year);
  for (const year of custom) byYear.set(year.year, year);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
