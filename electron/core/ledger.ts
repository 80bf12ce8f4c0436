import path from 'node:path';
import type { LedgerInfo } from '../../shared/contract/system';
import type { Result } from '../../shared/errors';
import type { CoreContext } from './context';
import { openDatabase, type OpenOptions } from './db/open';
import { dispatch, toErrorPayload } from './dispatch';
import { handlers } from './handlers';
import { JobRegistry } from './jobs/registry';
import { APP_VERSION } from './version';
import { operatorName, signedOutSession, trustedSession } from './accounts/session';

export interface LedgerOptions extends OpenOptions {
  dbPath: string;
  operator?: string;
  exportsDir?: string;
  /** the app's core: nobody is signed in until an account signs in. Without it (CLI, core tests) the ledger is
   * opened by a trusted local administrator named by `operator`, as before accounts existed. */
  requireLogin?: boolean;
}

/** An open ledger: the same object serves the core process, the CLI and the core tests. */
export interface Ledger {
  ctx: CoreContext;
  call(method: string, input?: unknown): Promise<Result<unknown>>;
  info(): Promise<LedgerInfo>;
  close(): Promise<void>;
}

export function openLedger(options: LedgerOptions): Ledger {
  const opened = openDatabase(options.dbPath, options);
  const now = options.now ?? (() => new Date());
  const session = options.requireLogin ? signedOutSession(now().getTime()) : trustedSession(options.operator ?? '本机用户', now().getTime());
  const ctx: CoreContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    dbPath: options.dbPath,
    exportsDir: options.exportsDir ?? path.join(path.dirname(options.dbPath), '导出'),
    schemaVersion: opened.schemaVersion,
    appVersion: APP_VERSION,
    get operator() {
      return session.account ? operatorName(session.account) : '未登录';
    },
    session,
    now,
    jobs: new JobRegistry((error) => toErrorPayload(error, 'job')),
  };
  return {
    ctx,
    call: (method, input) => dispatch(ctx, method, input),
    info: async () => handlers['system.info'](undefined, ctx),
    close: () => {
      ctx.jobs.cancelAll();
      return opened.close();
    },
  };
}
