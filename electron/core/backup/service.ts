import type { BackupEntry, BackupReason, QuickCheckResult } from '../../../shared/contract/backups';
import type { CoreContext } from '../context';
import { takeBackup, type CopyProgress, type TakenCopy } from './copy';
import { countRecordsInFile } from './counts';
import { rotateBackups } from './list';
import { quickCheckInWorker } from './quick-check';
import { statSync } from 'node:fs';

/** How often the hourly backup looks whether anything changed since the last copy. */
const HOURLY_MS = 60 * 60_000;

/**
 * The automatic backups of one open ledger: once after start-up (after the first paint and a clean quick_check),
 * every hour while there were changes, and on close; plus the manual ones. Backups run one at a time. "Changes" is
 * the audit log's high-water mark: every change writes its audit row in the same transaction.
 */
export class BackupService {
  private chain: Promise<unknown> = Promise.resolve();
  private lastMark: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private startup: Promise<QuickCheckResult> | null = null;
  /** what quick_check found wrong after start-up; null while the file is sound */
  damage: string[] | null = null;

  /** After the first paint: quick_check in a worker, then the start-up backup and the hourly timer. */
  started(ctx: CoreContext): Promise<QuickCheckResult> {
    this.startup ??= quickCheckInWorker(ctx.dbPath).then((result) => {
      if (!result.ok) {
        this.damage = result.problems;
        return result;
      }
      // not awaited: the clerk works on while the copy is taken in steps
      void this.take(ctx, '启动').catch((error: unknown) => console.error('[core] start-up backup failed', error));
      this.timer ??= setInterval(() => void this.hourly(ctx), HOURLY_MS);
      this.timer.unref?.();
      return result;
    });
    return this.startup;
  }

  /** One backup, after any already under way; into the backups folder (rotated) or a chosen folder. */
  take(ctx: CoreContext, reason: BackupReason, options: { folder?: string; progress?: CopyProgress } = {}): Promise<BackupEntry> {
    const run = async (): Promise<BackupEntry> => {
      const mark = changeMark(ctx);
      const folder = options.folder ?? ctx.backupsDir;
      const taken = await takeBackup(ctx.sqlite, { folder, dbPath: ctx.dbPath, at: ctx.now(), reason, ...(options.progress ? { progress: options.progress } : {}) });
      if (!options.folder) {
        this.lastMark = mark;
        rotateBackups(ctx.backupsDir, ctx.dbPath);
      }
      return entryOf(taken);
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** On close: a last copy when anything changed since the previous one. */
  async closing(ctx: CoreContext): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.chain;
    if (this.damage !== null || ctx.readOnlyReason !== null) return; // a copy of a damaged or failing file helps no one
    if (changeMark(ctx) === this.lastMark) return;
    await this.take(ctx, '关闭');
  }

  /**
   * The file as it is now is the baseline for "were there changes": called when the ledger is opened (an unchanged
   * session takes no copy on close) and after a restore, when the file is another one and the old damage is gone.
   */
  replaced(ctx: CoreContext): void {
    this.damage = null;
    this.lastMark = changeMark(ctx);
  }

  private async hourly(ctx: CoreContext): Promise<void> {
    if (this.damage !== null || ctx.readOnlyReason !== null || changeMark(ctx) === this.lastMark) return;
    await this.take(ctx, '每小时').catch((error: unknown) => console.error('[core] hourly backup failed', error));
  }
}

function changeMark(ctx: CoreContext): number | null {
  return (ctx.sqlite.prepare('SELECT max(id) AS mark FROM audit_log').get() as { mark: number | null }).mark;
}

export function entryOf(taken: TakenCopy): BackupEntry {
  return {
    path: taken.path,
    fileName: taken.fileName,
    at: taken.at.toISOString(),
    reason: taken.reason,
    sizeBytes: statSync(taken.path).size,
    counts: countRecordsInFile(taken.path),
  };
}
