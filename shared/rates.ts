/**
 * Rates in the reports (办结率, 按期办结率, 满意率, coverage): integer arithmetic, rounded half up to two decimals of a
 * percent, e.g. 296 / 304 → "97.37%". "—" when there is nothing to divide by.
 */
export function rateBasisPoints(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator * 20_000 + denominator) / (2 * denominator));
}

export function formatRate(numerator: number, denominator: number): string {
  const bp = rateBasisPoints(numerator, denominator);
  if (bp === null) return '—';
  return `${Math.floor(bp / 100)}.${(bp % 100).toString().padStart(2, '0')}%`;
}
