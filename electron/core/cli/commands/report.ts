import type { WeeklyReport } from '../../../../shared/contract/reports';
import { formatFenAsWanYuan } from '../../../../shared/money';
import { STATS_COLUMNS } from '../../../../shared/reports/stats-columns';
import { openLedger, type Ledger } from '../../ledger';
import { exportWeeklyWorkbook } from '../../reports/workbook/weekly-workbook';
import { describeOpenError } from '../open-errors';
import { EXIT, type Output } from '../output';

export async function withLedger(dbPath: string, output: Output, work: (ledger: Ledger) => Promise<number>): Promise<number> {
  let ledger: Ledger;
  try {
    ledger = openLedger({ dbPath, operator: '命令行' });
  } catch (error) {
    output.err(describeOpenError(error, dbPath));
    return EXIT.cannotOpen;
  }
  try {
    return await work(ledger);
  } finally {
    await ledger.close();
  }
}

/**
 * `ledger report weekly`: the very figures of the app's 周报统计 page (the same core method), as JSON or as a
 * short table of the 合计 rows.
 */
export function runWeeklyReport(dbPath: string, output: Output, options: { week: string | null; json: boolean }): Promise<number> {
  return withLedger(dbPath, output, async (ledger) => {
    const result = await ledger.call('reports.weekly', options.week ? { week: options.week } : {});
    if (!result.ok) {
      output.err(result.error.message);
      return EXIT.failed;
    }
    const report = result.value as WeeklyReport;
    if (options.json) {
      output.out(JSON.stringify(report, null, 2));
      return EXIT.ok;
    }
    output.out(`${report.countyName}根治欠薪工作周报（${report.thisWeek.period.label}）`);
    for (const [name, table] of [['本周', report.thisWeek], ['本年累计', report.yearToDate]] as const) {
      const cells = STATS_COLUMNS.filter((c) => c.kind !== 'text').map((c) => {
        const value = table.total[c.key];
        return `${c.group ? `${c.group}·` : ''}${c.header}：${c.kind === 'wan' ? formatFenAsWanYuan(Number(value)) : String(value)}`;
      });
      output.out(`\n${name}（${table.period.from}至${table.period.to}）合计：\n  ${cells.join('\n  ')}`);
    }
    return EXIT.ok;
  });
}

/** `ledger export weekly --out file.xlsx`: the same workbook as the app's 导出周报 button. */
export function runWeeklyExport(dbPath: string, output: Output, options: { week: string | null; out: string }): Promise<number> {
  return withLedger(dbPath, output, async (ledger) => {
    try {
      const result = await exportWeeklyWorkbook(ledger.ctx, {
        path: options.out,
        ...(options.week ? { week: options.week } : {}),
        onProgress: (done, total) => {
          if (done === total || done % 10_000 === 0) output.err(`已写入台账${done}/${total}行`);
        },
      });
      output.out(`已导出周报（${result.week}）：${result.path}\n工作表：${result.sheets.join('、')}；台账共${result.ledgerRows}行`);
      return EXIT.ok;
    } catch (error) {
      output.err(`导出失败：${(error as Error).message}`);
      return EXIT.failed;
    }
  });
}
