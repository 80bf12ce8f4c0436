import type { WeeklyReport } from '../../../shared/contract/reports';
import { formatChineseDate, toIsoDate } from '../../../shared/dates';
import type { CoreContext } from '../context';
import { readSettings } from '../settings/store';
import { statsTable } from './stats';
import { isoWeekOf, weekLabel, weekRange } from './weeks';

/** The weekly report: the week's figures and the year to date (1 January to the week's Sunday, or today if sooner). */
export async function weeklyReport(ctx: CoreContext, week?: string): Promise<WeeklyReport> {
  const today = toIsoDate(ctx.now());
  const chosen = week ?? isoWeekOf(today);
  const range = weekRange(chosen);
  const settings = await readSettings(ctx.db);
  const yearStart = `${range.to.slice(0, 4)}-01-01`;
  const yearEnd = range.to < today ? range.to : today < range.from ? range.to : today;
  return {
    countyName: settings.countyName,
    issuingAuthority: settings.issuingAuthority,
    week: chosen,
    thisWeek: await statsTable(ctx, { label: weekLabel(chosen), from: range.from, to: range.to }),
    yearToDate: await statsTable(ctx, { label: `${formatChineseDate(yearStart)}至${formatChineseDate(yearEnd)}`, from: yearStart, to: yearEnd }),
  };
}
