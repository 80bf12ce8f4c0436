import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/contract/backups';
import { countRecordsInFile } from './counts';
import { ledgerBaseName, parseBackupName } from './names';
import { backupsToRemove } from './rotation';

/** The backups of one ledger in a folder, newest first, with the record counts read from each copy. */
export function listBackups(folder: string, dbPath: string, options: { counts?: boolean } = {}): BackupEntry[] {
  if (!fs.existsSync(folder)) return [];
  const base = ledgerBaseName(dbPath);
  const entries: BackupEntry[] = [];
  for (const fileName of fs.readdirSync(folder)) {
    const parsed = parseBackupName(fileName);
    if (!parsed || parsed.base !== base) continue;
    const file = path.join(folder, fileName);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    entries.push({
      path: file,
      fileName,
      at: parsed.at.toISOString(),
      reason: parsed.reason,
      sizeBytes: stat.size,
      counts: options.counts === false ? null : countRecordsInFile(file),
    });
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.fileName.localeCompare(a.fileName));
}

/** Applies rotation to a ledger's automatic backups; answers the removed names. */
export function rotateBackups(folder: string, dbPath: string): string[] {
  const entries = listBackups(folder, dbPath, { counts: false });
  const remove = backupsToRemove(entries.map((e) => ({ fileName: e.fileName, at: new Date(e.at), reason: e.reason })));
  for (const fileName of remove) fs.rmSync(path.join(folder, fileName), { force: true });
  return remove;
}
