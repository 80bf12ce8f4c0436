/**
 * One weekly-workbook run in its own process, so its peak memory is its own: `ours` is the product's export
 * (reports, ledgers through the services, styles, masking), `bare` is exceljs's streaming writer given the same rows
 * straight from SQLite with no styling. Prints { ms, maxRssMB, rows } as JSON.
 *   tsx bench/workbook-child.ts <ledger.db> ours|bare <out.xlsx>
 * The bench runs it bundled (bench/workbook-bench.ts), so neither side carries tsx's compiler in its memory.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { clueEntity } from '../shared/domain/clue';
import type { EntityDef } from '../shared/domain/field';
import { problemEntity } from '../shared/domain/problem';
import { projectEntity } from '../shared/domain/project';
import { openLedger } from '../electron/core/ledger';
import { exportWeeklyWorkbook } from '../electron/core/reports/workbook/weekly-workbook';
import { columnName } from '../electron/core/db/column-name';

const [dbPath, side, out] = process.argv.slice(2) as [string, 'ours' | 'bare', string];

async function bare(): Promise<number> {
  const db = new Database(dbPath, { readonly: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: false });
  let rows = 0;
  const ledgers: [string, string, EntityDef][] = [
    ['项目台账', 'projects', projectEntity],
    ['线索台账', 'clues', clueEntity],
    ['整改问题台账', 'problems', problemEntity],
  ];
  for (const [name, table, entity] of ledgers) {
    const sheet = workbook.addWorksheet(name);
    // the stored columns the ledger sheet shows (computed ones, such as 应存保证金, have no column to read)
    const columns = entity.fields.filter((f) => !f.hiddenInGrid && !f.computed).map((f) => columnName(f.key));
    sheet.addRow(columns).commit();
    const select = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).raw();
    for (const values of select.iterate() as Iterable<unknown[]>) {
      sheet.addRow(values).commit();
      rows++;
    }
    sheet.commit();
  }
  await workbook.commit();
  db.close();
  return rows;
}

async function ours(): Promise<number> {
  const ledger = openLedger({ dbPath, operator: '基准测试' });
  try {
    return (await exportWeeklyWorkbook(ledger.ctx, { path: out })).ledgerRows;
  } finally {
    await ledger.close();
  }
}

// what the peak is made of (V8 heap, buffers outside it), sampled while the work runs
const peak = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  for (const key of Object.keys(peak) as (keyof typeof peak)[]) peak[key] = Math.max(peak[key], Math.round(now[key] / 1048576));
}, 25);
// no top-level await: the bench runs this file bundled to CommonJS, as the app's core is
void (async () => {
  const started = performance.now();
  const rows = side === 'ours' ? await ours() : await bare();
  const ms = performance.now() - started;
  clearInterval(sampler);
  // maxRSS is in kilobytes
  console.log(JSON.stringify({ ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), rows, peakMB: peak }));
})();
