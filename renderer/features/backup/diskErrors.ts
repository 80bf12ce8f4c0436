import type { Bridge } from '../../../shared/contract/client';
import type { Result } from '../../../shared/errors';

/** The event the read-only banner listens for: a call failed because the disk is full or failing. */
export const DISK_ERROR_EVENT = 'ledger-disk-error';

/**
 * Wraps the bridge so any call answered with an IO error (a full disk, a failing disk, or a write refused because
 * the ledger turned read-only) tells the banner, whichever page made the call.
 */
export function watchDiskErrors(bridge: Bridge): Bridge {
  const watched: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [domainName, verbs] of Object.entries(bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)) {
    const wrapped: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
    for (const [verb, call] of Object.entries(verbs)) {
      wrapped[verb] = async (input) => {
        const result = await call(input);
        if (!result.ok && result.error.code === 'IO') window.dispatchEvent(new CustomEvent(DISK_ERROR_EVENT, { detail: result.error.message }));
        return result;
      };
    }
    watched[domainName] = wrapped;
  }
  return watched as unknown as Bridge;
}
