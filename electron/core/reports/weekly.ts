import type { WeeklyReport } from '../../../shared/contract/reports';
import { formatChineseDate, toIsoDate } from '../../../shared/dates';
import type { CoreContext } from '../context';
import { readSettings } from '../settings/store';
import { statsTable } from './stats';
import { isoWeekOf, weekLabel, weekRange } from './weeks';

/** The weekly report: the week's figures and the year to date (1 January of the week's year to its Sunday, today if sooner). */
export async function weeklyReport(ctx: CoreContext, week?: string): Promise<WeeklyReport> {
  const today = toIsoDate(ctx.now());
  const chosen = week ?? isoWeekOf(today);
  const range = weekRange(chosen);
  const settings = await readSettings(ctx.db);
  // the report's year is the ISO week's year: week 53 of 2026 ends on 3 January 2027 but belongs to 2026
  const yearStart = `${range.year}-01-01`;
  const lastDay = [range.to, `${range.year}-12-31`, today < range.from ? range.to : today].sort()[0] ?? range.to;
  const yearEnd = lastDay;
  return {
    countyName: settings.countyName,
    issuingAuthority: settings.issuingAuthority,
    week: chosen,
    thisWeek: await statsTable(ctx, { label: weekLabel(chosen), from: range.from, to: range.to }),
    yearToDate: await statsTable(ctx, { label: `${formatChineseDate(yearStart)}至${formatChineseDate(yearEnd)}`, from: yearStart, to: yearEnd }),
  };
}
