import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/contract/client';
import { launchApp } from './support/app';
import { gridHeaderTexts } from './support/grid';

type PageGlobals = { ledger: Bridge };

/**
 * 导出Excel from the project ledger: the clerk filters by township, sorts by contract price, hides a column, and the
 * workbook read back holds the same rows in the same order under the same columns as the grid on screen.
 */
let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;

const PROJECTS = [
  { name: '城关一号工程', township: '城关镇', contractPrice: 300_000_00, code: '=1+1' },
  { name: '城关二号工程', township: '城关镇', contractPrice: 100_000_00, code: '0012345678901234567' },
  { name: '西川一号工程', township: '西川镇', contractPrice: 200_000_00, code: 'XC-1' },
  { name: '城关三号工程', township: '城关镇', contractPrice: 200_000_00, code: 'CG-3', wageAccountNumber: '6222021234567891234' },
];

const grid = () => page.getByTestId('grid-projects');

/** The texts of the grid's column headers in screen order (pinned first), without the checkbox column. */
const gridHeaders = () => gridHeaderTexts(grid());

/** The project names in the grid, top to bottom. */
async function gridNames(): Promise<string[]> {
  return (await grid().locator('.ag-row .ag-cell[col-id="name"]').allTextContents()).map((t) => t.trim());
}

describe('导出Excel', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.getByTestId('page-projects').waitFor();
    await page.evaluate(async (projects) => {
      const ledger = (globalThis as unknown as PageGlobals).ledger;
      const saved = await ledger.settings.update({ countyName: '秦安县', townships: ['城关镇', '西川镇'], departments: ['住建局'] });
      if (!saved.ok) throw new Error(saved.error.message);
      for (const project of projects) {
        const created = await ledger.projects.create({ values: { projectType: '市政', investmentType: '政府投资', department: '住建局', ...project } });
        if (!created.ok) throw new Error(created.error.message);
      }
    }, PROJECTS);
    await page.reload();
    await page.getByTestId('page-projects').waitFor();
    await page.getByTestId('grid-count-total').filter({ hasText: '共4条' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('勾选筛选 lists each township with its count, keeps the ticked ones, narrows by 查找, and （全选） brings all back', async () => {
    const summary = grid().locator('.ag-floating-filter[col-id="township"] input');
    expect(await summary.inputValue()).toBe('');
    await summary.click();
    const choices = page.locator('.ledger-choice-filter');
    await choices.waitFor();
    // the code list's order (设置: 城关镇, 西川镇), each with how many projects have it
    expect(await choices.locator('.ledger-choice-list .ledger-choice-item').allTextContents()).toEqual(['城关镇3', '西川镇1']);
    await choices.getByLabel('城关镇').uncheck();
    await expect.poll(() => gridNames()).toEqual(['西川一号工程']);
    expect(await summary.inputValue()).toBe('西川镇');
    expect(await choices.getByLabel('（全选）').evaluate((box: { indeterminate: boolean }) => box.indeterminate)).toBe(true);
    await page.screenshot({ path: path.join(app.screenshotDir, 'grid-choice-filter.png') });

    // 查找 narrows the list; （全选） then ticks only what is listed
    await choices.getByLabel('查找所在乡镇的值').fill('城关');
    expect(await choices.locator('.ledger-choice-list .ledger-choice-item').allTextContents()).toEqual(['城关镇3']);
    await choices.getByLabel('（全选）').check();
    // both townships kept: the same as no filter, so the column is no longer filtered
    await expect.poll(() => gridNames()).toHaveLength(4);
    expect(await summary.inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await choices.waitFor({ state: 'hidden' });
  });

  it('exports the filtered, sorted rows and the visible columns as shown', async () => {
    // filter: 所在乡镇, 西川镇 unticked
    await grid().locator('.ag-floating-filter[col-id="township"] input').click();
    await page.locator('.ledger-choice-filter').getByLabel('西川镇').uncheck();
    await expect.poll(() => gridNames()).toHaveLength(3);
    expect(await grid().locator('.ag-floating-filter[col-id="township"] input').inputValue()).toBe('城关镇');
    await page.keyboard.press('Escape');
    // sort: 合同价款, largest first (second click)
    const priceHeader = grid().locator('.ag-header-cell[col-id="contractPrice"] .ag-header-cell-label');
    await priceHeader.click();
    await priceHeader.click();
    await expect.poll(() => gridNames()).toEqual(['城关一号工程', '城关三号工程', '城关二号工程']);
    // hide 投资类型, show 专用账户账号 (masked)
    await page.getByTestId('column-settings-button').click();
    await page.getByTestId('column-settings').getByLabel('投资类型').uncheck();
    await page.getByTestId('column-settings').getByLabel('专用账户账号').check();
    await page.keyboard.press('Escape');
    await expect.poll(() => gridHeaders(), { timeout: 15_000 }).not.toContain('投资类型');

    const headers = await gridHeaders();
    const names = await gridNames();
    await page.getByTestId('toolbar-export').click();
    await page.getByTestId('grid-export-done').waitFor();
    await page.screenshot({ path: path.join(app.screenshotDir, 'grid-export-done.png') });

    const dialog = app.shell.calls.find((call) => call.method === 'shell.chooseSaveFile');
    const defaultName = (dialog?.input as { defaultName: string }).defaultName;
    expect(defaultName).toMatch(/^项目台账（\d{4}-\d{2}-\d{2}）\.xlsx$/);
    const file = path.join(app.shell.folders.exports, defaultName);
    expect(fs.existsSync(file)).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('秦安县项目台账');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', ...headers]);
    expect(header).not.toContain('投资类型');
    const column = (label: string) => header.indexOf(label) + 1;
    const rows = [4, 5, 6].map((r) => sheet.getRow(r));
    expect(rows.map((row) => row.getCell(column('项目名称')).value)).toEqual(names);
    expect(sheet.getRow(7).getCell(column('项目名称')).value).toBeNull();
    expect(rows.map((row) => row.getCell(column('合同价款')).value)).toEqual([300_000, 200_000, 100_000]);
    expect(rows[0]?.getCell(column('项目编号')).value).toBe("'=1+1");
    expect(rows[2]?.getCell(column('项目编号')).value).toBe('0012345678901234567');
    expect(rows[1]?.getCell(column('专用账户账号')).value).toBe('****1234');

    await page.getByTestId('grid-export-show').click();
    await expect.poll(() => app.shell.calls.some((call) => call.method === 'shell.showFile' && (call.input as { path: string }).path === file)).toBe(true);
  });

  it('writes nothing when the clerk cancels the save dialog', async () => {
    const before = fs.readdirSync(app.shell.folders.exports);
    app.shell.answerNextDialog(null);
    await page.getByTestId('toolbar-export').click();
    await expect.poll(() => app.shell.calls.filter((call) => call.method === 'shell.chooseSaveFile').length).toBe(2);
    expect(fs.readdirSync(app.shell.folders.exports)).toEqual(before);
  });
});
