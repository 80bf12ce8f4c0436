import { WorkdayCalendar } from '../../../shared/calendar/workdays';
import type { ClueRecord } from '../../../shared/contract/clues';
import type { LedgerRecord } from '../../../shared/contract/records';
import { toIsoDate } from '../../../shared/dates';
import type { LedgerSettings } from '../../../shared/domain/settings';
import type { CoreContext } from '../context';

export const CLOSED_STATES = ['已办结', '已归档'] as const;

export interface DueContext {
  today: string;
  calendar: WorkdayCalendar;
  dueSoonWorkdays: number;
}

export function dueContext(ctx: CoreContext, settings: LedgerSettings): DueContext {
  return { today: toIsoDate(ctx.now()), calendar: new WorkdayCalendar(settings.workCalendars), dueSoonWorkdays: settings.dueSoonWorkdays };
}

export type DueFields = Pick<ClueRecord, 'dueState' | 'overdue' | 'dueSoon' | 'workdaysLeft'>;

/**
 * Overdue and due-soon are worked out on every read from today's date, never stored, so they are never stale.
 * Due soon: at most `dueSoonWorkdays` working days left (0 = due today). Returned apart from the record, so a read
 * of 100,000 clues adds them in place instead of copying every record.
 */
export function dueFields(record: LedgerRecord, due: DueContext): DueFields {
  const status = String(record['status']);
  const deadline = typeof record['deadline'] === 'string' ? record['deadline'] : null;
  if ((CLOSED_STATES as readonly string[]).includes(status)) {
    const dueState = record['closedOnTime'] === true ? '按期办结' : record['closedOnTime'] === false ? '超期办结' : '已办结';
    return { dueState, overdue: false, dueSoon: false, workdaysLeft: null };
  }
  if (!deadline) return { dueState: '', overdue: false, dueSoon: false, workdaysLeft: null };
  if (deadline < due.today) {
    const late = due.calendar.workdaysBetween(deadline, due.today);
    return { dueState: late > 0 ? `已超期${late}个工作日` : '已超期', overdue: true, dueSoon: false, workdaysLeft: -late };
  }
  const left = due.calendar.workdaysBetween(due.today, deadline);
  const dueSoon = left <= due.dueSoonWorkdays;
  const dueState = left === 0 ? '今日到期' : dueSoon ? `即将到期（剩${left}个工作日）` : `剩${left}个工作日`;
  return { dueState, overdue: false, dueSoon, workdaysLeft: left };
}

/** The last day that still counts as due soon: today plus `dueSoonWorkdays` working days. */
export function dueSoonLimit(due: DueContext): string {
  return due.calendar.addWorkdays(due.today, due.dueSoonWorkdays);
}
