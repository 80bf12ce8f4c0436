/** ISO weeks (Monday to Sunday), which is how the city and province number the weekly report. */

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO week of a date, e.g. 2026-11-27 → "2026-W48". */
export function isoWeekOf(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = t + (3 - weekday) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const firstThursday = Date.parse(`${year}-01-04T00:00:00Z`) + (3 - ((new Date(`${year}-01-04T00:00:00Z`).getUTCDay() + 6) % 7)) * DAY;
  const week = 1 + Math.round((thursday - firstThursday) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of an ISO week. */
export function weekRange(week: string): { from: string; to: string; year: number; number: number } {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  const year = Number(match[1]);
  const number = Number(match[2]);
  const jan4 = Date.parse(`${year}-01-04T00:00:00Z`);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const monday = mondayOfWeek1 + (number - 1) * 7 * DAY;
  return { from: iso(monday), to: iso(monday + 6 * DAY), year, number };
}

/** "2026年第48周" */
export function weekLabel(week: string): string {
  const { year, number } = weekRange(week);
  return `${year}年第${number}周`;
}
