import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../shared/contract';
import { exportWeeklyWorkbook } from '../../electron/core/reports/workbook/weekly-workbook';
import { safeText } from '../../electron/core/reports/workbook/cells';
import { newClue, seedClueSettings } from './clue-helpers';
import { finishJob, freshLedger, projectValues, tempFolder, valueOf } from './helpers';

const at = (iso: string) => () => new Date(`${iso}T09:00:00+08:00`);

async function fixture() {
  const ledger = freshLedger({ now: at('2026-11-27') });
  await seedClueSettings(ledger);
  valueOf(await ledger.call('settings.update', { countyName: '秦安县', issuingAuthority: '秦安县根治拖欠农民工工资工作领导小组办公室' }));
  const contractor = valueOf(await ledger.call('companies.create', { values: { name: '=HYPERLINK("http://x")', roles: ['施工总承包'] } })) as LedgerRecord;
  valueOf(await ledger.call('projects.create', { values: projectValues({ code: '0012345678901234567', contractorId: contractor.id, contractPrice: 12_345_678, depositAmount: 2_944_800_000, wageAccountOpened: true, wageAccountNumber: '6222021234567891234' }) }));
  await newClue(ledger, { receivedDate: '2026-11-24', platformNo: '+86-12345', complainantPhone: '13812345678' });
  return ledger;
}

describe('the weekly workbook', () => {
  it('writes the statistics and ledger sheets, styled for printing, and reads back', async () => {
    const ledger = await fixture();
    const out = path.join(tempFolder(), '秦安县根治欠薪工作周报（2026年第48周）.xlsx');
    const progress: number[] = [];
    const result = await exportWeeklyWorkbook(ledger.ctx, { path: out, week: '2026-W48', onProgress: (done) => progress.push(done) });
    expect(result).toMatchObject({ week: '2026-W48', ledgerRows: 2, sheets: ['本周统计', '本年累计', '线索来源', '项目台账', '线索台账', '整改问题台账'] });
    expect(progress.at(-1)).toBe(2);
    expect(fs.existsSync(`${out}.part`)).toBe(false);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(result.sheets);

    const stats = book.getWorksheet('本周统计');
    if (!stats) throw new Error('no statistics sheet');
    expect(stats.getCell('A1').value).toBe('秦安县根治拖欠农民工工资工作统计表（2026年第48周）');
    expect(stats.getCell('A1').isMerged).toBe(true);
    expect(String(stats.getCell('A2').value)).toContain('填报单位：秦安县根治拖欠农民工工资工作领导小组办公室');
    expect(stats.getCell('B3').value).toBe('在建项目及五项制度');
    expect(stats.getCell('B4').value).toBe('在建项目');
    expect(stats.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '3:4' });
    expect(stats.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(stats.getCell('B4').font?.bold).toBe(true);
    expect(stats.getCell('B4').border?.top?.style).toBe('thin');
    // townships, then 合计; the deposit in 万元 with two decimals
    const column = (header: string) => (stats.getRow(4).values as unknown[]).indexOf(header);
    const rows = [5, 6, 7, 8].map((r) => stats.getRow(r));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['城关镇', '西川镇', '县本级', '合计']);
    const total = rows[3];
    expect(total?.getCell(column('金额（万元）')).value).toBe(2944.8);
    expect(total?.getCell(column('金额（万元）')).numFmt).toBe('#,##0.00');
    expect(total?.getCell(column('受理线索')).value).toBe(1);
    expect(total?.getCell(1).font?.bold).toBe(true);

    const projects = book.getWorksheet('项目台账');
    if (!projects) throw new Error('no project sheet');
    const header = projects.getRow(3).values as unknown[];
    const projectRow = projects.getRow(4);
    // an ID-like code stays text with every digit; a money cell is a number in 元
    expect(projectRow.getCell(header.indexOf('项目编号')).value).toBe('0012345678901234567');
    expect(projectRow.getCell(header.indexOf('项目编号')).numFmt).toBe('@');
    expect(projectRow.getCell(header.indexOf('合同价款')).value).toBe(123456.78);
    // formula-like text never runs
    expect(projectRow.getCell(header.indexOf('施工总承包单位')).value).toBe('\'=HYPERLINK("http://x")');
    expect(projectRow.getCell(header.indexOf('施工总承包单位')).formula).toBeUndefined();

    const clues = book.getWorksheet('线索台账');
    if (!clues) throw new Error('no clue sheet');
    const clueHeader = clues.getRow(3).values as unknown[];
    expect(clues.getRow(4).getCell(clueHeader.indexOf('平台编号')).value).toBe("'+86-12345");
    // personal data masked in the export
    expect(clues.getRow(4).getCell(clueHeader.indexOf('投诉人电话')).value).toBe('138****5678');
  });

  it('leaves no file when cancelled', async () => {
    const ledger = await fixture();
    const out = path.join(tempFolder(), 'cancelled.xlsx');
    const controller = new AbortController();
    controller.abort();
    await expect(exportWeeklyWorkbook(ledger.ctx, { path: out, signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.part`)).toBe(false);
  });

  it('escapes every formula-like start and strips control characters', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(safeText(text).startsWith("'")).toBe(true);
    expect(safeText('正常文字')).toBe('正常文字');
    expect(safeText('a\u0000b\u0007c')).toBe('abc');
  });
});

describe('exporting the weekly workbook from the app', () => {
  it('writes into the exports folder under the expected name, never overwriting an earlier export', async () => {
    const ledger = await fixture();
    const first = (await finishJob(ledger, await ledger.call('reports.exportWeekly', { week: '2026-W48' }))) as { path: string; fileName: string };
    expect(first.fileName).toBe('秦安县根治欠薪工作周报（2026年第48周）.xlsx');
    expect(path.dirname(first.path)).toBe(ledger.ctx.exportsDir);
    expect(fs.existsSync(first.path)).toBe(true);
    const second = (await finishJob(ledger, await ledger.call('reports.exportWeekly', { week: '2026-W48' }))) as { fileName: string };
    expect(second.fileName).toBe('秦安县根治欠薪工作周报（2026年第48周）（2）.xlsx');
    const noPath = await ledger.call('reports.exportWeekly', { week: '2026-W48', path: '/etc/passwd' });
    expect(noPath.ok).toBe(false);
  });
});
