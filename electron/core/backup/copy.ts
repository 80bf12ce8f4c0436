import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../../shared/contract/backups';
import { LedgerError } from '../../../shared/errors';
import { LEDGER_APPLICATION_ID } from '../db/identity';
import { freeName } from './names';

/**
 * Taking a copy of the live ledger: always through SQLite (the online backup API, or VACUUM INTO before migrations),
 * never a file copy, which could catch a half-written page or miss what still sits in the WAL. The copy is written
 * under a temporary name, switched to rollback-journal mode so it is one self-contained file, checked with
 * integrity_check, and only then given its real name: a kill or a full disk mid-copy leaves no file that looks like
 * a good backup.
 */

export interface TakenCopy {
  path: string;
  fileName: string;
  at: Date;
  reason: BackupReason;
}

export interface CopyProgress {
  (done: number, total: number): void;
}

/** Pages copied per step of the online backup; between steps the core answers other calls. */
const PAGES_PER_STEP = 4096;
/** Upper bound of the memory map used while checking a copy (address space, not memory). */
const MMAP_BYTES = 2 ** 31;

function target(folder: string, dbPath: string, at: Date, reason: BackupReason): { final: string; partial: string; fileName: string } {
  fs.mkdirSync(folder, { recursive: true });
  const fileName = freeName((name) => fs.existsSync(path.join(folder, name)), dbPath, at, reason);
  const final = path.join(folder, fileName);
  const partial = `${final}.partial`;
  // a .partial can only be what a killed copy left (one program writes a ledger at a time): out of the way, or
  // VACUUM INTO refuses ("output file already exists") and the ledger would not open after the kill
  for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) removeQuietly(leftover);
  return { final, partial, fileName };
}

/** Online backup (better-sqlite3 `backup()`), stepping so the core stays responsive. */
export async function takeBackup(
  sqlite: Database.Database,
  options: { folder: string; dbPath: string; at: Date; reason: BackupReason; progress?: CopyProgress },
): Promise<TakenCopy> {
  const { final, partial, fileName } = target(options.folder, options.dbPath, options.at, options.reason);
  try {
    await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        options.progress?.(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    sealCopy(partial);
    fs.renameSync(partial, final);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
  return { path: final, fileName, at: options.at, reason: options.reason };
}

/** VACUUM INTO: synchronous, for the copy taken before migrations while the ledger is being opened. */
export function takeBackupSync(sqlite: Database.Database, options: { folder: string; dbPath: string; at: Date; reason: BackupReason }): TakenCopy {
  const { final, partial, fileName } = target(options.folder, options.dbPath, options.at, options.reason);
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    sealCopy(partial);
    fs.renameSync(partial, final);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
  return { path: final, fileName, at: options.at, reason: options.reason };
}

/** Makes the copy one self-contained file and proves it sound; throws (Chinese) when it is not. */
function sealCopy(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = integrityProblems(copy);
    if (problems.length > 0) throw new LedgerError('IO', `备份副本未通过完整性检查（${problems[0]}），已删除该副本。请检查磁盘后重试。`);
  } finally {
    copy.close();
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd); // the copy is on disk before it gets the name that says it is good
  } finally {
    fs.closeSync(fd);
  }
}

export function integrityProblems(sqlite: Database.Database): string[] {
  // reading the file through a memory map instead of page by page makes the check about a fifth faster
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
}

/**
 * Whether a file is a sound ledger backup: opens it read-only, checks it is one of our ledgers and passes
 * integrity_check. Answers the problem in Chinese, or null when it is good.
 */
export function backupProblem(file: string): string | null {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    if ((copy.pragma('application_id', { simple: true }) as number) !== LEDGER_APPLICATION_ID) return '它不是本程序的台账备份';
    const problems = integrityProblems(copy);
    return problems.length > 0 ? `备份文件已损坏（${problems[0]}）` : null;
  } catch (error) {
    return `无法读取备份文件（${(error as Error).message}）`;
  } finally {
    copy?.close();
  }
}

function removeQuietly(file: string): void {
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}-journal`, { force: true });
}
