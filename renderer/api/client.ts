import { createClient, type Bridge, type LedgerClient } from '../../shared/contract/client';
import type { Result } from '../../shared/errors';

declare global {
  interface Window {
    /** Put here by the preload (in Electron) or by the test host (in end-to-end tests). */
    ledger: Bridge;
  }
}

let client: LedgerClient | null = null;

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
  if (!client) {
    if (typeof window.ledger !== 'object' || window.ledger === null) {
      throw new Error('未连接到台账服务（window.ledger 不存在）');
    }
    client = createClient(announcingRefusals(window.ledger));
  }
  return client;
}
