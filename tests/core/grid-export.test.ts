import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GridExportResult, JobStatus, LedgerRecord } from '../../shared/contract';
import type { Ledger } from '../../electron/core/ledger';
import { exportGrid } from '../../electron/core/grid-export/export-grid';
import { newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, projectValues, tempFolder, valueOf } from './helpers';

const at = (iso: string) => () => new Date(`${iso}T09:00:00+08:00`);

async function fixture(): Promise<{ ledger: Ledger; ids: Record<string, number> }> {
  const ledger = freshLedger({ now: at('2026-11-27') });
  await seedClueSettings(ledger);
  valueOf(await ledger.call('settings.update', { countyName: '秦安县', issuingAuthority: '秦安县根治拖欠农民工工资工作领导小组办公室' }));
  const contractor = valueOf(await ledger.call('companies.create', { values: { name: '=HYPERLINK("http://x")', roles: ['施工总承包'] } })) as LedgerRecord;
  const ids: Record<string, number> = {};
  const add = async (key: string, values: Record<string, unknown>) => {
    ids[key] = (valueOf(await ledger.call('projects.create', { values: projectValues(values) })) as LedgerRecord).id;
  };
  await add('a', { name: '甲工程', code: '0012345678901234567', contractorId: contractor.id, contractPrice: 12_345_678, wageAccountNumber: '6222021234567891234' });
  await add('b', { name: '乙工程', code: '-2026-01', township: '西川镇', contractPrice: 100 });
  await add('c', { name: '丙工程', code: '@SUM(A1)', contractPrice: 5_000_000_00 });
  return { ledger, ids };
}

const COLUMNS = [
  { key: 'name', width: 240 },
  { key: 'contractPrice', width: 140 },
  { key: 'code', width: 175 },
  { key: 'contractorId', width: 200 },
  { key: 'wageAccountNumber', width: 150 },
  { key: 'registeredWorkers', width: 110 },
];

async function readBack(file: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets).toHaveLength(1);
  return book.worksheets[0] as ExcelJS.Worksheet;
}

async function finished(ledger: Ledger, jobId: string): Promise<JobStatus> {
  for (let i = 0; i < 2_000; i++) {
    const status = valueOf(await ledger.call('jobs.status', { jobId })) as JobStatus;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the export job never finished');
}

describe('grid export', () => {
  it('writes the columns in the grid order and widths and the rows in the grid order, styled for printing', async () => {
    const { ledger, ids } = await fixture();
    const out = path.join(tempFolder(), '项目台账（2026-11-27）.xlsx');
    const order = [ids['c'], ids['a'], ids['b']] as number[];
    const { jobId } = valueOf(await ledger.call('grids.export', { path: out, entity: 'projects', title: '项目台账', columns: COLUMNS, ids: order })) as { jobId: string };
    const status = await finished(ledger, jobId);
    expect(status).toMatchObject({ state: 'done', done: 3, total: 3 });
    expect(status.result as GridExportResult).toEqual({ path: out, rows: 3, missing: 0 });
    expect(fs.existsSync(`${out}.part`)).toBe(false);

    const sheet = await readBack(out);
    expect(sheet.name).toBe('项目台账');
    expect(sheet.getCell('A1').value).toBe('秦安县项目台账');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(String(sheet.getCell('A2').value)).toBe('填报单位：秦安县根治拖欠农民工工资工作领导小组办公室\u3000\u3000导出日期：2026年11月27日\u3000\u3000共3条\u3000\u3000金额单位：元');
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '项目名称', '合同价款', '项目编号', '施工总承包单位', '专用账户账号', '实名登记人数']);
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.getCell('B3').border?.bottom?.style).toBe('thin');
    // the clerk's widths (px) in Excel's character units
    expect(sheet.getColumn(2).width).toBe(34);
    expect(sheet.getColumn(4).width).toBe(25);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    const body = [4, 5, 6].map((r) => sheet.getRow(r));
    expect(body.map((row) => row.getCell(1).value)).toEqual([1, 2, 3]);
    expect(body.map((row) => row.getCell(2).value)).toEqual(['丙工程', '甲工程', '乙工程']);
    // money in 元 with two decimals
    expect(body.map((row) => row.getCell(3).value)).toEqual([5_000_000, 123_456.78, 1]);
    expect(body[0]?.getCell(3).numFmt).toBe('#,##0.00');
    // an ID-like code keeps every digit as text; formula-like text is escaped
    expect(body[1]?.getCell(4).value).toBe('0012345678901234567');
    expect(body[1]?.getCell(4).numFmt).toBe('@');
    expect(body[0]?.getCell(4).value).toBe("'@SUM(A1)");
    expect(body[2]?.getCell(4).value).toBe("'-2026-01");
    expect(body[1]?.getCell(5).value).toBe('\'=HYPERLINK("http://x")');
    expect(body[1]?.getCell(5).formula).toBeUndefined();
    // personal data masked
    expect(body[1]?.getCell(6).value).toBe('****1234');
    expect(body[2]?.getCell(6).value).toBeNull();
  });

  it('masks ID numbers and phones in a clue export', async () => {
    const ledger = freshLedger({ now: at('2026-11-27') });
    await seedClueSettings(ledger);
    const clue = await newClue(ledger, { complainantIdNumber: '11010519491231002X', complainantPhone: '13812345678' });
    const out = path.join(tempFolder(), '线索台账.xlsx');
    await exportGrid(ledger.ctx, { path: out, entity: 'clues', title: '线索台账（待办）', columns: [{ key: 'complainantIdNumber', width: 170 }, { key: 'complainantPhone', width: 120 }], ids: [clue.id] });
    const sheet = await readBack(out);
    expect(sheet.name).toBe('线索台账（待办）');
    expect(sheet.getRow(4).getCell(2).value).toBe('1101**********002X');
    expect(sheet.getRow(4).getCell(3).value).toBe('138****5678');
  });

  it('leaves out records deleted since the grid showed them, and counts them', async () => {
    const { ledger, ids } = await fixture();
    valueOf(await ledger.call('projects.delete', { id: ids['b'] as number }));
    const out = path.join(tempFolder(), 'x.xlsx');
    const result = await exportGrid(ledger.ctx, { path: out, entity: 'projects', title: '项目台账', columns: COLUMNS, ids: [ids['a'], ids['b'], ids['c']] as number[] });
    expect(result).toEqual({ path: out, rows: 2, missing: 1 });
    const sheet = await readBack(out);
    expect([4, 5].map((r) => sheet.getRow(r).getCell(2).value)).toEqual(['甲工程', '丙工程']);
    expect(sheet.getRow(6).getCell(2).value).toBeNull();
  });

  it('refuses a column the catalog does not know, a path that is not an xlsx, and writes nothing', async () => {
    const { ledger, ids } = await fixture();
    const folder = tempFolder();
    const badColumn = await ledger.call('grids.export', { path: path.join(folder, 'a.xlsx'), entity: 'projects', title: '项目台账', columns: [{ key: 'password', width: 100 }], ids: [ids['a']] });
    // the job starts, then fails with the field named
    const { jobId } = valueOf(badColumn) as { jobId: string };
    const status = await finished(ledger, jobId);
    expect(status.state).toBe('failed');
    expect(status.error?.message).toContain('项目没有“password”这一列');
    const badPath = await ledger.call('grids.export', { path: path.join(folder, 'a.exe'), entity: 'projects', title: '项目台账', columns: COLUMNS, ids: [] });
    expect(badPath.ok).toBe(false);
    if (!badPath.ok) expect(badPath.error.message).toContain('.xlsx');
    const relative = await ledger.call('grids.export', { path: 'a.xlsx', entity: 'projects', title: '项目台账', columns: COLUMNS, ids: [] });
    expect(relative.ok).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('stops when cancelled and leaves no file', async () => {
    const { ledger, ids } = await fixture();
    const out = path.join(tempFolder(), 'cancelled.xlsx');
    // many ids (most repeat) so the job has several chunks to cancel between
    const many = Array.from({ length: 20_000 }, (_, i) => [ids['a'], ids['b'], ids['c']][i % 3] as number);
    const { jobId } = valueOf(await ledger.call('grids.export', { path: out, entity: 'projects', title: '项目台账', columns: COLUMNS, ids: many })) as { jobId: string };
    expect(valueOf(await ledger.call('jobs.cancel', { jobId }))).toEqual({ cancelled: true });
    const status = await finished(ledger, jobId);
    expect(status.state).toBe('cancelled');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.part`)).toBe(false);
  });

  it('says so plainly when the folder does not exist', async () => {
    const { ledger, ids } = await fixture();
    const out = path.join(tempFolder(), 'gone', 'x.xlsx');
    await expect(exportGrid(ledger.ctx, { path: out, entity: 'projects', title: '项目台账', columns: COLUMNS, ids: [ids['a'] as number] })).rejects.toMatchObject({ code: 'IO' });
  });
});
