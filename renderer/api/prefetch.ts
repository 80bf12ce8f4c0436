import type { Result } from '../../shared/errors';

/**
 * Calls started by the first script, before React and the pages have loaded, so the first grid page is on its way
 * while the rest of the program is still being parsed. A page asking for the same method and input takes the answer
 * instead of calling again — once; later calls go to the core as usual.
 */

/** Older answers are not handed out: the page would show what the ledger held before a change made meanwhile. */
const FRESH_MS = 10_000;

interface Prefetched {
  answer: Promise<Result<unknown>>;
  at: number;
  /** the answer once it has arrived, so a page's first render can take it without waiting a turn */
  arrived?: Result<unknown>;
}

const started = new Map<string, Prefetched>();

/** The same key for {limit, view} and {view, limit}. */
function keyOf(method: string, input: unknown): string {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]))
      : value;
  return `${method} ${JSON.stringify(sorted(input ?? {}))}`;
}

type RawCall = (method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Starts one call, or, given `after`, starts it once `after` has settled: the core answers one call at a time, in the
 * order they reach it, so a slow call sent alongside the first page could be answered before it.
 */
export function prefetch(call: RawCall, method: string, input: unknown, after?: Promise<unknown>): Promise<Result<unknown>> {
  const answer = after ? after.then(() => call(method, input)) : call(method, input);
  const entry: Prefetched = { answer, at: performance.now() };
  started.set(keyOf(method, input), entry);
  answer.then((result) => (entry.arrived = result), () => undefined);
  return answer;
}

/** The prefetched answer for this call, if one was started recently; taken once. A refusal is not reused. */
export async function takePrefetched(method: string, input: unknown): Promise<Result<unknown> | undefined> {
  const key = keyOf(method, input);
  const entry = started.get(key);
  if (!entry) return undefined;
  started.delete(key);
  if (performance.now() - entry.at > FRESH_MS) return undefined;
  const answer = await entry.answer.catch(() => undefined);
  return answer?.ok ? answer : undefined;
}

/**
 * The prefetched value for this call if it has already arrived (and succeeded), taken once; otherwise undefined and
 * the call is left for takePrefetched. Lets the opening page render its first rows in its first render.
 */
export function takeArrived(method: string, input: unknown): unknown {
  const key = keyOf(method, input);
  const entry = started.get(key);
  if (!entry?.arrived?.ok || performance.now() - entry.at > FRESH_MS) return undefined;
  started.delete(key);
  return entry.arrived.value;
}
