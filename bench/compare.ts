import { summarize, type Timing } from './stats';

export interface Comparison {
  ours: Timing;
  bare: Timing;
}

/**
 * Times the core and the bare library doing the same work, `runs` times each after a warm-up, in alternating
 * blocks so that disk or CPU drift (other programs on a 2-core machine) hits both alike.
 */
export async function compare(ours: () => Promise<unknown>, bare: () => unknown, options: { runs: number; warmup?: number; block?: number }): Promise<Comparison> {
  const warmup = options.warmup ?? 3;
  const block = options.block ?? 5;
  for (let i = 0; i < warmup; i++) {
    await ours();
    bare();
  }
  const oursSamples: number[] = [];
  const bareSamples: number[] = [];
  while (oursSamples.length < options.runs) {
    for (let i = 0; i < block && oursSamples.length < options.runs; i++) {
      const started = performance.now();
      await ours();
      oursSamples.push(performance.now() - started);
    }
    for (let i = 0; i < block && bareSamples.length < options.runs; i++) {
      const started = performance.now();
      bare();
      bareSamples.push(performance.now() - started);
    }
  }
  return { ours: summarize(oursSamples), bare: summarize(bareSamples) };
}
