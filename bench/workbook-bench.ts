import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { summarize, type Timing } from './stats';

const CHILD = path.resolve(import.meta.dirname, 'workbook-child.ts');
const NODE = process.execPath;

interface ChildRun {
  ms: number;
  maxRssMB: number;
  rows: number;
}

export interface WorkbookResult {
  ours: Timing;
  bare: Timing;
  oursPeakRssMB: number;
  barePeakRssMB: number;
  rows: number;
  fileMB: { ours: number; bare: number };
}

function runChild(dbPath: string, side: 'ours' | 'bare', out: string): ChildRun {
  const stdout = execFileSync(NODE, ['--import', 'tsx', CHILD, dbPath, side, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildRun;
}

/**
 * The weekly workbook of the whole ledger, each run in a fresh process so its peak memory is its own: ours (the
 * product's export: statistics, ledgers through the services, styles, masking) beside bare exceljs streaming the same
 * rows straight from SQLite. Alternating runs; `ours` runs on a copy so its lock and WAL never touch the bench ledger.
 */
export function benchWorkbook(dbPath: string, folder: string, runs: number): WorkbookResult {
  const copy = path.join(folder, 'workbook-bench.db');
  fs.copyFileSync(dbPath, copy);
  const ours: ChildRun[] = [];
  const bare: ChildRun[] = [];
  const oursOut = path.join(folder, 'ours.xlsx');
  const bareOut = path.join(folder, 'bare.xlsx');
  for (let i = 0; i < runs; i++) {
    ours.push(runChild(copy, 'ours', oursOut));
    bare.push(runChild(dbPath, 'bare', bareOut));
  }
  const mb = (file: string) => Math.round(fs.statSync(file).size / 1e5) / 10;
  return {
    ours: summarize(ours.map((r) => r.ms)),
    bare: summarize(bare.map((r) => r.ms)),
    oursPeakRssMB: Math.max(...ours.map((r) => r.maxRssMB)),
    barePeakRssMB: Math.max(...bare.map((r) => r.maxRssMB)),
    rows: ours[0]?.rows ?? 0,
    fileMB: { ours: mb(oursOut), bare: mb(bareOut) },
  };
}
