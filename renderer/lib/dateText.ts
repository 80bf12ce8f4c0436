import { isRealDate } from '../../shared/dates';
import { toHalfWidth } from '../../shared/money';

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** What clerks type for a date — 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日 — as an ISO date, or null. */
export function parseDateText(text: string): string | null {
  const match = DATE_TEXT.exec(toHalfWidth(text).trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
