import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { nodeBundleOptions } from '../tests/faults/support/core';
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

/**
 * The child as one CommonJS file, bundled as scripts/build.mjs bundles the app's core (better-sqlite3 left in
 * node_modules): run through tsx, each side's peak memory carried some 100 MB of compiled TypeScript the app never has.
 */
function bundleChild(): string {
  // inside the checkout, so that better-sqlite3 resolves from its node_modules
  const outfile = path.resolve(import.meta.dirname, '../node_modules/.cache/ledger-bench/workbook-child.cjs');
  buildSync(nodeBundleOptions(CHILD, outfile));
  return outfile;
}

function runChild(child: string, dbPath: string, side: 'ours' | 'bare', out: string): ChildRun {
  const stdout = execFileSync(NODE, [child, dbPath, side, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
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
  const child = bundleChild();
  for (let i = 0; i < runs; i++) {
    ours.push(runChild(child, copy, 'ours', oursOut));
    bare.push(runChild(child, dbPath, 'bare', bareOut));
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
