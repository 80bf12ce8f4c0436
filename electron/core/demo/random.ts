/**
 * A small seeded generator (mulberry32) so the demo county comes out the same for the same seed on every machine:
 * the demo never touches Math.random.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** a float in [0, 1) */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** an integer in [min, max], both included */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** a float in [min, max) */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** a shuffled copy (Fisher–Yates) */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** n distinct items, in random order */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
}

/**
 * Splits an integer total into integer parts proportional to the weights, each at least `min` and at most its cap
 * (largest remainder first). Throws when the caps cannot hold the total.
 */
export function allocate(total: number, weights: readonly number[], options: { min?: number; caps?: readonly number[] } = {}): number[] {
  const min = options.min ?? 0;
  const caps = weights.map((_, i) => options.caps?.[i] ?? Number.POSITIVE_INFINITY);
  if (caps.some((cap) => cap < min)) throw new RangeError('allocate: a cap is below the minimum');
  const parts = weights.map(() => min);
  let left = total - min * weights.length;
  if (left < 0) throw new RangeError(`allocate: ${total} cannot give each of ${weights.length} parts ${min}`);
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const raw = weights.map((w) => (left * w) / weightSum);
  for (let i = 0; i < parts.length; i++) {
    const add = Math.min(Math.floor(raw[i] ?? 0), (caps[i] ?? 0) - min);
    parts[i] = min + add;
    left -= add;
  }
  const order = parts.map((_, i) => i).sort((a, b) => (raw[b] ?? 0) - (parts[b] ?? 0) - ((raw[a] ?? 0) - (parts[a] ?? 0)) || a - b);
  while (left > 0) {
    let added = false;
    for (const i of order) {
      if (left === 0) break;
      if ((parts[i] ?? 0) < (caps[i] ?? 0)) {
        parts[i] = (parts[i] ?? 0) + 1;
        left--;
        added = true;
      }
    }
    if (!added) throw new RangeError(`allocate: the caps cannot hold ${total}`);
  }
  return parts;
}
