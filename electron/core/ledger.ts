import path from 'node:path';
import type { LedgerInfo } from '../../shared/contract/system';
import type { Result } from '../../shared/errors';
import { BackupService } from './backup/service';
import type { CoreContext } from './context';
import { openDatabase, type OpenedDatabase, type OpenOptions } from './db/open';
import { dispatch, toErrorPayload } from './dispatch';
import { handlers } from './handlers';
import { JobRegistry } from './jobs/registry';
import { APP_VERSION } from './version';
import { operatorName, signedOutSession, trustedSession } from './accounts/session';

export interface LedgerOptions extends OpenOptions {
  dbPath: string;
  operator?: string;
  exportsDir?: string;
  /** where backups go; <ledger folder>/backups when not given */
  backupsDir?: string;
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

export function backupsDirOf(options: Pick<LedgerOptions, 'dbPath' | 'backupsDir'>): string {
  return options.backupsDir ?? path.join(path.dirname(options.dbPath), 'backups');
}

export function openLedger(options: LedgerOptions): Ledger {
  const backupsDir = backupsDirOf(options);
  let opened: OpenedDatabase = openDatabase(options.dbPath, { ...options, backupsDir });
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
    backupsDir,
    backups: new BackupService(),
    readOnlyReason: null,
    replaceFile: async (install) => {
      await opened.close();
      try {
        install();
      } finally {
        // reopened whatever install did: the old file if it failed before the rename, the restored one after
        opened = openDatabase(options.dbPath, { ...options, backupsDir });
        ctx.db = opened.db;
        ctx.sqlite = opened.sqlite;
        ctx.schemaVersion = opened.schemaVersion;
      }
    },
  };
  ctx.backups.replaced(ctx);
  let closed = false;
  return {
    ctx,
    call: (method, input) => dispatch(ctx, method, input),
    info: async () => handlers['system.info'](undefined, ctx),
    close: async () => {
      // closing twice (a test's own close, then its cleanup; the shell's quit after a crash) is a no-op
      if (closed) return;
      closed = true;
      ctx.jobs.cancelAll();
      try {
        await ctx.backups.closing(ctx);
      } catch (error) {
        console.error('[core] backup on close failed', error); // the ledger itself still closes cleanly
      }
      await opened.close();
    },
  };
}
