import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';

// ISO weeks (Monday first, week 1 holds the year's first Thursday) are how the city and province number the weekly
// report, and what the core's `week` input means; the locale's own week numbering is not relied on.
dayjs.extend(isoWeek);

/** The ISO week a day falls in, as the core expects it: 2026-11-27 → "2026-W48". */
export function isoWeekOf(day: Dayjs): string {
  return `${day.isoWeekYear()}-W${String(day.isoWeek()).padStart(2, '0')}`;
}

/** "2026年第48周", the way the report and its file name say it. */
export function isoWeekLabel(day: Dayjs): string {
  return `${day.isoWeekYear()}年第${day.isoWeek()}周`;
}

/** Monday to Sunday of the week a day falls in, as shown beside the picker. */
export function isoWeekSpan(day: Dayjs): string {
  const monday = day.startOf('isoWeek');
  return `${monday.format('M月D日')}至${monday.add(6, 'day').format('M月D日')}`;
}
