import fs from 'node:fs';
import type { RecoveryStatus, RestoreResult } from '../../../shared/contract/backups';
import { contract, isMethodName } from '../../../shared/contract';
import { LedgerError, type ErrorPayload, type Result } from '../../../shared/errors';
import { SQLITE_HEADER } from '../db/identity';
import { acquireLedgerLock } from '../db/lock';
import { issuesToFields, toErrorPayload } from '../dispatch';
import { JobRegistry } from '../jobs/registry';
import { backupsDirOf, openLedger, type Ledger, type LedgerOptions } from '../ledger';
import { APP_VERSION } from '../version';
import { fieldErrors } from '../../../shared/errors';
import { countRecordsInFile } from './counts';
import { listBackups } from './list';
import { newestGoodBackup } from './newest-good';
import { checkRestorable } from './restore';
import { installCopy, setAside } from './swap';

/**
 * Whether a ledger that failed to open is damaged (so a backup should be offered) rather than refused for a reason a
 * backup does not cure: locked by another program, written by a newer version, another program's SQLite file.
 */
export function isDamage(error: unknown, dbPath: string): boolean {
  if (error instanceof LedgerError) {
    if (error.code !== 'LEDGER_REFUSED') return false;
    return hasDamagedHeader(dbPath); // a ledger whose first page was overwritten reads as "not SQLite"
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code);
}

function hasDamagedHeader(dbPath: string): boolean {
  const stat = fs.statSync(dbPath, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size === 0) return false;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(dbPath, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header.toString('latin1') !== SQLITE_HEADER;
}

/** Methods a ledger in recovery answers; everything else is refused until a backup is restored. */
const RECOVERY_METHODS = new Set(['recovery.status', 'recovery.started', 'backups.list', 'backups.restore', 'jobs.status', 'jobs.cancel', 'system.info']);

/**
 * The core when the ledger cannot be opened: instead of dying it serves the recovery screen — what is wrong, the
 * backups, and restore. Restoring moves the damaged file (and its WAL) aside untouched, puts the backup in its place
 * and opens it; from then on every call goes to the opened ledger, without restarting the core.
 */
export function openInRecovery(options: LedgerOptions, failure: unknown): Ledger {
  // held while the screen is up, so a second program cannot restore into the same place at the same time
  const releaseLock = acquireLedgerLock(options.dbPath);
  const backupsDir = backupsDirOf(options);
  const now = options.now ?? (() => new Date());
  const jobs = new JobRegistry((error) => toErrorPayload(error, 'job'));
  const problem = failure instanceof Error ? failure.message : String(failure);
  let opened: Ledger | null = null;
  // once the restore job's end was reported, job ids belong to the opened ledger's registry (they restart at job-1)
  let restoreReported = false;

  const status = (): RecoveryStatus => ({
    mode: 'damaged',
    dbPath: options.dbPath,
    problem: `台账文件无法打开：${problem}`,
    damagedCounts: countRecordsInFile(options.dbPath),
    newestGood: newestGoodBackup(backupsDir, options.dbPath),
  });

  const restore = (source: string) =>
    jobs.start('从备份恢复台账', async (job): Promise<RestoreResult> => {
      job.progress(0, 2, '正在检查备份文件');
      checkRestorable(source, options.dbPath);
      job.throwIfCancelled();
      job.progress(1, 2, '正在替换台账文件');
      const setAsidePath = setAside(options.dbPath, now());
      installCopy(source, options.dbPath);
      releaseLock(); // the opened ledger takes its own
      opened = openLedger(options);
      job.progress(2, 2, '恢复完成');
      return { restoredFrom: source, undoBackup: null, setAsidePath };
    });

  const answer = (method: string, input: unknown): unknown => {
    switch (method) {
      case 'recovery.status':
        return status();
      case 'recovery.started':
        return { ok: false, problems: [problem] };
      case 'backups.list':
        return listBackups(backupsDir, options.dbPath);
      case 'backups.restore':
        return restore((input as { path: string }).path);
      case 'jobs.status':
        return jobs.status((input as { jobId: string }).jobId);
      case 'jobs.cancel':
        return jobs.cancel((input as { jobId: string }).jobId);
      default: // system.info: what the shell shows in 关于 and the title while the screen offers recovery
        return { appVersion: APP_VERSION, dbPath: options.dbPath, schemaVersion: 0, operator: options.operator ?? '本机用户', counts: { companies: 0, projects: 0, clues: 0, deleted: 0 } };
    }
  };

  const refuse: ErrorPayload = { code: 'LEDGER_REFUSED', message: '台账文件已损坏，尚未恢复：请先在恢复页面中选择备份恢复。' };

  return {
    get ctx() {
      if (!opened) throw new LedgerError('LEDGER_REFUSED', refuse.message);
      return opened.ctx;
    },
    async call(method, input): Promise<Result<unknown>> {
      // the restore job's own progress is polled after the switch: its registry lives here
      if (opened && (restoreReported || !(method === 'jobs.status' && knowsJob(jobs, input)))) return opened.call(method, input);
      if (!isMethodName(method) || !RECOVERY_METHODS.has(method)) return { ok: false, error: refuse };
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: fieldErrors(issuesToFields(parsed.error.issues)).toPayload() };
      try {
        const value = answer(method, parsed.data);
        if (opened && method === 'jobs.status') restoreReported = (value as { state: string }).state !== 'running';
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toErrorPayload(error, method) };
      }
    },
    info: async () => (opened ? opened.info() : (answer('system.info', undefined) as Awaited<ReturnType<Ledger['info']>>)),
    close: async () => {
      jobs.cancelAll();
      if (opened) await opened.close();
      else releaseLock();
    },
  };
}

function knowsJob(jobs: JobRegistry, input: unknown): boolean {
  const jobId = (input as { jobId?: unknown } | undefined)?.jobId;
  if (typeof jobId !== 'string') return false;
  try {
    jobs.status(jobId);
    return true;
  } catch {
    return false;
  }
}
