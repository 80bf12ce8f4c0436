import { LedgerError } from '../../../shared/errors';

/** Why a ledger could not be opened, in Chinese, for any error openLedger/openDatabase throws. */
export function describeOpenError(error: unknown, dbPath: string): string {
  if (error instanceof LedgerError) return error.message;
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return `台账文件“${dbPath}”已损坏，无法打开（${detail}）。请从备份恢复（backups 文件夹或导出的备份文件）。`;
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return `台账文件“${dbPath}”正被另一个程序使用，请先关闭它再试。`;
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_READONLY') {
    return `无法读写台账文件“${dbPath}”（${detail}），请检查文件和文件夹的权限。`;
  }
  if (typeof code === 'string' && /^SQLITE_(FULL|IOERR)/.test(code)) return `读写台账文件“${dbPath}”出错（磁盘已满或读写错误：${detail}）。`;
  return `无法打开台账文件“${dbPath}”：${detail}`;
}

/** A failure while reading an opened ledger (a damaged page usually), in Chinese. */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return `文件已损坏（${detail}）`;
  return `读取出错（${detail}）`;
}
