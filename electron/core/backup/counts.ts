import Database from 'better-sqlite3';
import type { RecordCounts } from '../../../shared/contract/backups';

const TABLES: Record<keyof RecordCounts, string> = {
  companies: 'companies',
  projects: 'projects',
  clues: 'clues',
  clueWorkers: 'clue_workers',
  inspections: 'inspections',
  problems: 'problems',
};

/** Live records in an open ledger; a table an older ledger does not have yet counts 0. */
export function countRecords(sqlite: Database.Database): RecordCounts {
  const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
  const counts = {} as RecordCounts;
  for (const [key, table] of Object.entries(TABLES) as [keyof RecordCounts, string][]) {
    counts[key] = tables.has(table) ? (sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n : 0;
  }
  return counts;
}

/** The counts of a ledger file opened read-only (a backup, or a damaged ledger); null when it cannot be read. */
export function countRecordsInFile(file: string): RecordCounts | null {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return countRecords(sqlite);
  } catch {
    return null;
  } finally {
    sqlite?.close();
  }
}
