import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { idCardCheckChar } from '../shared/validators/idcard';
import { commitImport } from '../electron/core/import/commit';
import { openLedger } from '../electron/core/ledger';
import type { Comparison } from './compare';
import { round, summarize } from './stats';

/**
 * Importing clues from Excel: the core's whole import (zip checks, streaming read, every cell checked, references
 * and duplicates looked up, then one transaction writing each clue with its yearly number, its 登记 log entry and its
 * audit row) against the bare libraries doing the least the same file needs — exceljs streaming read of the same file
 * and one prepared INSERT per row in one transaction (WAL, synchronous=FULL).
 */
const HEADER = ['平台编号', '线索来源', '接收日期', '行业领域', '发生地乡镇', '投诉人', '投诉人身份证号', '投诉人电话', '被投诉单位（未登记时填写）', '涉及人数', '涉及金额', '欠薪期间', '反映问题'];
const SOURCES = ['国家平台', '省平台', '12345热线', '12333', '来访'];
const TOWNSHIPS = ['城关镇', '西川镇', '东关镇'];

/** A valid ID number (real birth date, computed check character), different for each row. */
function idNumber(n: number): string {
  const day = (n % 28) + 1;
  const first17 = `620522${1960 + (n % 40)}01${String(day).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${idCardCheckChar(first17) ?? ''}`;
}

/** The 100,000-row file both sides read: clue intake columns as a clerk's sheet has them. */
export async function writeClueFile(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('线索');
  sheet.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) {
    sheet
      .addRow([
        `GJ2026${String(i).padStart(8, '0')}`,
        SOURCES[i % SOURCES.length],
        `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        '工程建设',
        TOWNSHIPS[i % TOWNSHIPS.length],
        `投诉人${i}`,
        idNumber(i),
        `138${String(i).padStart(8, '0')}`,
        `某建筑劳务公司${i % 500}`,
        (i % 20) + 1,
        ((i % 5000) * 100 + 0.5).toFixed(2),
        '2025年10月至2026年1月',
        '拖欠工资',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** Bare exceljs streaming read + a prepared INSERT per row, all in one transaction. */
async function bareImport(file: string, dbPath: string): Promise<number> {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE clues (id INTEGER PRIMARY KEY, ${HEADER.map((_, i) => `c${i} TEXT`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO clues (${HEADER.map((_, i) => `c${i}`).join(', ')}) VALUES (${HEADER.map(() => '?').join(', ')})`);
  let rows = 0;
  db.exec('BEGIN');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore' });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (row.number === 1) continue;
      const values = row.values as unknown[];
      insert.run(HEADER.map((_, i) => (values[i + 1] === undefined ? null : String(values[i + 1]))));
      rows++;
    }
  }
  db.exec('COMMIT');
  db.close();
  return rows;
}

export interface ImportBench extends Comparison {
  rows: number;
  fileMB: number;
  created: number;
  /** CPU seconds (user + system) each side used: on a shared machine the wall time also holds the other programs' turns */
  cpuSeconds: { ours: number; bare: number };
}

/** CPU seconds the process used while work ran. */
async function cpuSecondsOf<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, seconds: round((used.user + used.system) / 1e6, 2) };
}

/**
 * `runs` timed runs of each side on the same file, each into a new ledger (ours) and a new database (bare), taken in
 * turn; the medians are the measurement. CPU seconds are the medians too.
 */
export async function benchImport(folder: string, rows: number, runs = 3): Promise<ImportBench> {
  const file = path.join(folder, 'clues-import.xlsx');
  await writeClueFile(file, rows);
  const ours: number[] = [];
  const bare: number[] = [];
  const oursCpu: number[] = [];
  const bareCpu: number[] = [];
  let created = 0;
  for (let run = 0; run < runs; run++) {
    const ledger = openLedger({ dbPath: path.join(folder, `import-bench-${run}.db`), operator: '基准测试' });
    try {
      const settings = await ledger.call('settings.update', { townships: TOWNSHIPS });
      if (!settings.ok) throw new Error(settings.error.message);
      const started = performance.now();
      const { result, seconds } = await cpuSecondsOf(() => commitImport(ledger.ctx, { kind: 'clues', path: file, clueId: null, choices: {}, otherDuplicates: 'skip' }));
      ours.push(performance.now() - started);
      oursCpu.push(seconds);
      created = result.created;
    } finally {
      await ledger.close();
    }
    const started = performance.now();
    const { result: bareRows, seconds } = await cpuSecondsOf(() => bareImport(file, path.join(folder, `import-bare-${run}.db`)));
    bare.push(performance.now() - started);
    bareCpu.push(seconds);
    if (bareRows !== rows || created !== rows) throw new Error(`expected ${rows} rows, ours ${created}, bare ${bareRows}`);
  }
  const median = (values: number[]) => summarize(values).median;
  return { ours: summarize(ours), bare: summarize(bare), rows, created, fileMB: round(fs.statSync(file).size / 1e6, 1), cpuSeconds: { ours: median(oursCpu), bare: median(bareCpu) } };
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) {
  const rows = Number(process.env['BENCH_IMPORT_ROWS'] ?? 100_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-import-bench-'));
  try {
    const result = await benchImport(folder, rows, Number(process.env['BENCH_IMPORT_RUNS'] ?? 3));
    console.log(
      `导入${rows}条线索（${result.fileMB} MB）：本程序 ${(result.ours.median / 1000).toFixed(2)} 秒（CPU ${result.cpuSeconds.ours} 秒），裸 exceljs + INSERT ${(result.bare.median / 1000).toFixed(2)} 秒（CPU ${result.cpuSeconds.bare} 秒），${(result.ours.median / result.bare.median).toFixed(2)}×`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
