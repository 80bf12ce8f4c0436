import type Database from 'better-sqlite3';

/** SQLite's full integrity check plus foreign keys; lists each problem in Chinese. */
export function checkIntegrity(sqlite: Database.Database): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`文件损坏：${row.integrity_check}`);
  const foreignKeys = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of foreignKeys) problems.push(`${row.table}表第${row.rowid}行引用的${row.parent}记录不存在`);
  return { ok: problems.length === 0, problems };
}
