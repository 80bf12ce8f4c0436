import { createClient, type Bridge, type LedgerClient } from '../../shared/contract/client';
import { watchDiskErrors } from '../features/backup/diskErrors';

declare global {
  interface Window {
    /** Put here by the preload (in Electron) or by the test host (in end-to-end tests). */
    ledger: Bridge;
  }
}

let client: LedgerClient | null = null;

/** The typed client over the bridge; created on first use so a page without the bridge fails with a clear message. */
export function api(): LedgerClient {
  if (!client) {
    if (typeof window.ledger !== 'object' || window.ledger === null) {
      throw new Error('未连接到台账服务（window.ledger 不存在）');
    }
    client = createClient(watchDiskErrors(window.ledger));
  }
  return client;
}
