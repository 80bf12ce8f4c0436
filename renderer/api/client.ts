import { createClient, type Bridge, type LedgerClient } from '../../shared/contract/client';
import type { Result } from '../../shared/errors';
import { watchDiskErrors } from '../features/backup/diskErrors';
import { prefetch, takeArrived, takePrefetched } from './prefetch';

declare global {
  interface Window {
    /** Put here by the preload (in Electron) or by the test host (in end-to-end tests). */
    ledger: Bridge;
  }
}

let client: LedgerClient | null = null;

type RawBridge = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;

function bridge(): RawBridge {
  if (typeof window.ledger !== 'object' || window.ledger === null) {
    throw new Error('未连接到台账服务（window.ledger 不存在）');
  }
  return window.ledger as unknown as RawBridge;
}

/** One bridge call by name, e.g. rawCall('projects.list', { limit: 100 }). */
function rawCall(method: string, input: unknown): Promise<Result<unknown>> {
  const [domain = '', verb = ''] = method.split('.');
  const fn = bridge()[domain]?.[verb];
  if (!fn) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的操作：${method}` } });
  return fn(input);
}

/** The bridge with the first script's prefetched answers in front of it (see prefetch.ts). */
function bridgeTakingPrefetched(): Bridge {
  const wrapped: RawBridge = {};
  for (const [domain, verbs] of Object.entries(bridge())) {
    wrapped[domain] = {};
    for (const verb of Object.keys(verbs)) {
      const method = `${domain}.${verb}`;
      wrapped[domain][verb] = async (input) => (await takePrefetched(method, input)) ?? rawCall(method, input);
    }
  }
  return wrapped as unknown as Bridge;
}

/** Fired on window when the core refuses a call (FORBIDDEN): the session may have locked or ended in the core. */
export const SESSION_REFUSED_EVENT = 'ledger:refused';

/** The bridge with every refusal announced, so the sign-in and lock screens follow the core, the source of truth. */
function announcingRefusals(bridge: Bridge): Bridge {
  const wrapped: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domainName, verbs] of Object.entries(bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)) {
    wrapped[domainName] = Object.fromEntries(
      Object.entries(verbs).map(([verb, call]) => [
        verb,
        async (input: unknown) => {
          const result = await call(input);
          if (!result.ok && result.error.code === 'FORBIDDEN') window.dispatchEvent(new CustomEvent(SESSION_REFUSED_EVENT, { detail: result.error.message }));
          return result;
        },
      ]),
    );
  }
  return wrapped as unknown as Bridge;
}

/** The typed client over the bridge; created on first use so a page without the bridge fails with a clear message. */
export function api(): LedgerClient {
  client ??= createClient(watchDiskErrors(announcingRefusals(bridgeTakingPrefetched())));
  return client;
}

/**
 * Starts calls the first page will make, before the page has loaded (renderer/main.tsx). A call marked
 * 'afterEarlier' is sent once every call before it has been answered (see firstCalls.ts).
 */
export function prefetchCalls(calls: readonly (readonly [method: string, input: unknown, after?: 'afterEarlier'])[]): void {
  try {
    bridge();
  } catch {
    return; // the page will say so when it makes its own first call
  }
  const answers: Promise<unknown>[] = [];
  for (const [method, input, after] of calls) {
    answers.push(prefetch(rawCall, method, input, after ? Promise.allSettled([...answers]) : undefined));
  }
}

/**
 * The opening page's prefetched answer if it is already here (e.g. the first page of clues), else undefined: the page
 * then calls as usual. Typed by the caller, who asks with the exact method and input the first script used.
 */
export function arrivedAnswer<T>(method: string, input: unknown): T | undefined {
  return takeArrived(method, input) as T | undefined;
}
