import fs from 'node:fs';
import path from 'node:path';
import { ledgerBaseName, stampOf } from './names';

/**
 * Putting a backup in the ledger's place. The ledger is closed first (by the caller); the copy is written under a
 * temporary name, flushed, and renamed over the ledger, so a crash leaves either the old file or the new one.
 */
export function installCopy(source: string, dbPath: string): void {
  const incoming = `${dbPath}.restoring`;
  fs.copyFileSync(source, incoming); // the source is a closed backup file, not a live database
  const fd = fs.openSync(incoming, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  // a WAL left beside the old file belongs to it, not to the copy
  for (const leftover of [`${dbPath}-wal`, `${dbPath}-shm`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(incoming, dbPath);
}

/** The folder damaged ledgers are moved to, beside the ledger. */
export function setAsideFolder(dbPath: string): string {
  return path.join(path.dirname(dbPath), '已损坏的台账');
}

/**
 * Moves a damaged ledger (and its WAL, which holds part of its data) out of the way without changing a byte, so it
 * can still be examined or rescued later. Answers where it went.
 */
export function setAside(dbPath: string, at: Date): string | null {
  if (!fs.existsSync(dbPath)) return null;
  const folder = setAsideFolder(dbPath);
  fs.mkdirSync(folder, { recursive: true });
  let target = path.join(folder, `${ledgerBaseName(dbPath)}-${stampOf(at)}${path.extname(dbPath) || '.db'}`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(folder, `${ledgerBaseName(dbPath)}-${stampOf(at)}-${n}${path.extname(dbPath) || '.db'}`);
  fs.renameSync(dbPath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(`${dbPath}${suffix}`)) fs.renameSync(`${dbPath}${suffix}`, `${target}${suffix}`);
  }
  return target;
}
