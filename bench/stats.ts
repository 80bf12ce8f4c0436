/** Summary of timing samples in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median: round(median), p95: round(at(0.95)), min: round(sorted[0] as number), max: round(sorted.at(-1) as number), runs: samples.length };
}

export function round(ms: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(ms * factor) / factor;
}
