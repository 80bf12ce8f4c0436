import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../../shared/contract/reports';
import { openLedger } from '../../electron/core/ledger';
import { isoWeekOf } from '../../electron/core/reports/weeks';
import { toIsoDate } from '../../shared/dates';
import { newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, projectValues, tempFolder, valueOf } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'electron/core/cli/main.ts');

function ledgerCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['INIT_CWD'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ledger report weekly / export weekly', () => {
  it('prints as JSON exactly what the app\'s 周报统计 page gets from the core', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    valueOf(await ledger.call('projects.create', { values: projectValues({ realNameInPlace: true, registeredWorkers: 30 }) }));
    await newClue(ledger, { receivedDate: toIsoDate(new Date()) });
    const week = isoWeekOf(toIsoDate(new Date()));
    const fromCore = valueOf(await ledger.call('reports.weekly', { week })) as WeeklyReport;
    await ledger.close();

    const run = ledgerCli('report', 'weekly', '--week', week, '--json', '--db', ledger.ctx.dbPath);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(fromCore);
    const table = ledgerCli('report', 'weekly', '--week', week, '--db', ledger.ctx.dbPath);
    expect(table.stdout).toContain('合计');
    expect(table.stdout).toContain('在建项目及五项制度·实名制：1');
  });

  it('exports the weekly workbook to the given file, and refuses a bad week', async () => {
    const dbPath = path.join(tempFolder(), 'ledger.db');
    await openLedger({ dbPath }).close();
    const out = path.join(tempFolder(), '周报.xlsx');
    const run = ledgerCli('export', 'weekly', '--week', '2026-W48', '--out', out, '--db', dbPath);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已导出周报（2026-W48）');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toContain('本周统计');
    expect(fs.existsSync(`${out}.part`)).toBe(false);
    const bad = ledgerCli('report', 'weekly', '--week', '2026-48', '--db', dbPath);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2026-W48');
    const noOut = ledgerCli('export', 'weekly', '--db', dbPath);
    expect(noOut.code).toBe(2);
  });
});
