import dayjs from 'dayjs';

export type PeriodKind = 'week' | 'month' | 'year' | 'custom';

export const PERIOD_LABELS: Record<PeriodKind, string> = { week: '本周', month: '本月', year: '本年', custom: '自定义' };

/** The period as ISO dates: this week runs Monday to Sunday (the zh-cn locale's week), to its last day. */
export function periodRange(kind: Exclude<PeriodKind, 'custom'>, today = dayjs()): [string, string] {
  return [today.startOf(kind).format('YYYY-MM-DD'), today.endOf(kind).format('YYYY-MM-DD')];
}
