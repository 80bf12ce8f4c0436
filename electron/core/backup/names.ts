import path from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/contract/backups';

/**
 * Backup file names say whose ledger, when (local time, to the second) and why: ledger-20261127-093000-手动.db.
 * The name is the only place the time and reason live, so a copy on a USB stick still says what it is.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function stampOf(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

export function ledgerBaseName(dbPath: string): string {
  return path.basename(dbPath, path.extname(dbPath));
}

export function backupFileName(dbPath: string, at: Date, reason: BackupReason, suffix = ''): string {
  return `${ledgerBaseName(dbPath)}-${stampOf(at)}-${reason}${suffix}.db`;
}

const PATTERN = new RegExp(`^(.+)-(\\d{8})-(\\d{6})-(${BACKUP_REASONS.join('|')})(?:-[^.]*)?\\.db$`);

/** The time and reason a backup's name records, or null for any other file. */
export function parseBackupName(fileName: string): { base: string; at: Date; reason: BackupReason } | null {
  const match = PATTERN.exec(fileName);
  if (!match) return null;
  const [, base = '', day = '', time = '', reason = ''] = match;
  const at = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  );
  return { base, at, reason: reason as BackupReason };
}

/** A name not yet taken in the folder: two backups in the same second get -2, -3… */
export function freeName(taken: (name: string) => boolean, dbPath: string, at: Date, reason: BackupReason): string {
  let name = backupFileName(dbPath, at, reason);
  for (let n = 2; taken(name); n++) name = backupFileName(dbPath, at, reason, `-${n}`);
  return name;
}
