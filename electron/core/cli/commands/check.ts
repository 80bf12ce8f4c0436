import fs from 'node:fs';
import { openDatabase } from '../../db/open';
import { MIGRATIONS } from '../../db/migrations';
import { checkIntegrity } from '../../system/integrity';
import { APP_VERSION } from '../../version';
import { describeOpenError, describeReadError } from '../open-errors';
import { EXIT, type Output } from '../output';

interface TableCounts {
  live: number;
  demo: number;
  deleted: number;
}

/**
 * `ledger check`: opens the ledger (migrating it if this version has new steps), runs SQLite's integrity and
 * foreign-key checks and reports the schema version and record counts. A file that is missing, empty or not a
 * ledger is left exactly as it is.
 */
export async function runCheck(dbPath: string, output: Output, now = new Date()): Promise<number> {
  if (!fs.existsSync(dbPath)) {
    output.err(`找不到台账文件“${dbPath}”。本程序第一次运行时会建立台账；也可以用 --db 指定台账文件的位置。`);
    return EXIT.cannotOpen;
  }
  const stat = fs.statSync(dbPath);
  if (stat.isFile() && stat.size === 0) {
    output.err(`台账文件“${dbPath}”是空文件（0字节），还不是台账。检查未做任何改动。`);
    return EXIT.cannotOpen;
  }

  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(dbPath, { now: () => now });
  } catch (error) {
    output.err(describeOpenError(error, dbPath));
    return EXIT.cannotOpen;
  }

  const problems: string[] = [];
  try {
    const { sqlite } = opened;
    output.out(`台账文件：${dbPath}`);
    const appliedNow = (sqlite.prepare('SELECT count(*) AS n FROM ledger_migrations WHERE applied_at = ?').get(now.toISOString()) as { n: number }).n;
    const latest = MIGRATIONS.at(-1)?.id ?? 0;
    output.out(`数据版本：第${opened.schemaVersion}版（本程序支持到第${latest}版）`);
    if (opened.migrationBackupPath) {
      output.out(`已将台账从第${opened.schemaVersion - appliedNow}版升级到第${opened.schemaVersion}版，升级前的备份：${opened.migrationBackupPath}`);
    }
    output.out(`程序版本：${APP_VERSION}`);

    try {
      const integrity = checkIntegrity(sqlite);
      problems.push(...integrity.problems);
    } catch (error) {
      problems.push(`完整性检查无法完成：${describeReadError(error)}`);
    }

    try {
      const companies = countRecords(sqlite, 'companies');
      const projects = countRecords(sqlite, 'projects');
      const clues = countRecords(sqlite, 'clues');
      const audit = (sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      output.out(`单位：${describeCounts(companies)}`);
      output.out(`项目：${describeCounts(projects)}`);
      output.out(`线索：${describeCounts(clues, '条')}`);
      output.out(`修改记录：${audit}条`);
    } catch (error) {
      problems.push(`无法统计记录数：${describeReadError(error)}`);
    }
  } finally {
    await opened.close().catch((error: unknown) => problems.push(`关闭台账时出错：${describeReadError(error)}`));
  }

  if (problems.length === 0) {
    output.out('完整性检查：通过');
    output.out('外键检查：通过');
    output.out('台账检查通过');
    return EXIT.ok;
  }
  problems.forEach((problem, index) => output.err(`问题${index + 1}：${problem}`));
  output.err(`台账检查未通过：发现${problems.length}个问题。请先复制一份台账文件，再从备份恢复或联系维护人员。`);
  return EXIT.failed;
}

function countRecords(sqlite: ReturnType<typeof openDatabase>['sqlite'], table: 'companies' | 'projects' | 'clues'): TableCounts {
  return sqlite
    .prepare(
      `SELECT
         coalesce(sum(deleted_at IS NULL), 0) AS live,
         coalesce(sum(deleted_at IS NULL AND is_demo = 1), 0) AS demo,
         coalesce(sum(deleted_at IS NOT NULL), 0) AS deleted
       FROM ${table}`,
    )
    .get() as TableCounts;
}

function describeCounts(counts: TableCounts, unit = '个'): string {
  const parts: string[] = [];
  if (counts.demo > 0) parts.push(`其中演示数据${counts.demo}${unit}`);
  parts.push(`回收站${counts.deleted}${unit}`);
  return `${counts.live}${unit}（${parts.join('；')}）`;
}
