import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../shared/validators/uscc';
import { launchApp } from './support/app';

/**
 * A clerk imports the companies of an old spreadsheet: one row has a wrong credit code, the preview names its row and
 * column and nothing is written; the clerk fixes the cell, checks again, imports, and finds both companies in 单位管理.
 */
let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-import-'));
const file = path.join(folder, '单位名单.xlsx');

const code = (n: number) => {
  const first17 = `9135010000000${String(n).padStart(4, '0')}`;
  return `${first17}${usccCheckChar(first17) ?? ''}`;
};

async function writeCompanies(secondCode: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位');
  sheet.addRow(['序号', '单位名称', '信用代码', '单位类型', '联系人']);
  sheet.addRow([1, '城关建筑工程有限公司', code(11), '施工总承包', '赵六']);
  sheet.addRow([2, '西川劳务有限公司', secondCode, '劳务分包', '钱七']);
  await workbook.xlsx.writeFile(file);
}

const shot = (name: string) => page.screenshot({ path: path.join(app.screenshotDir, name), fullPage: true });
const companyCell = (name: string) => page.getByTestId('grid-companies').locator('.ag-cell[col-id="name"]').filter({ hasText: new RegExp(`^${name}$`) });

describe('从Excel导入', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    page.setDefaultTimeout(15_000);
    await page.getByTestId('page-projects').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the bad row in the preview and writes nothing', async () => {
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.getByTestId('import-companies').click();
    await page.getByTestId('page-import').waitFor();
    await writeCompanies('91350100M000100Y44');
    app.shell.answerNextDialog(file);
    await page.getByTestId('import-choose-file').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const row = problems.locator('tr').filter({ hasText: '第3行' });
    expect(await row.textContent()).toContain('统一社会信用代码');
    expect(await row.textContent()).toContain('校验位不正确');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await shot('import-preview-problem.png');
    const listed = await page.evaluate(async () => (globalThis as unknown as { ledger: { companies: { list(i: object): Promise<{ ok: boolean; value: unknown[] }> } } }).ledger.companies.list({}));
    expect(listed.value).toHaveLength(0);
  });

  it('imports once the row is fixed, and the grid shows the companies', async () => {
    await writeCompanies(code(12));
    await page.getByTestId('import-recheck').click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('检查通过，可以导入');
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('导入完成：新增2条，更新0条，跳过0条');
    await shot('import-done.png');
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await companyCell('城关建筑工程有限公司').waitFor();
    await companyCell('西川劳务有限公司').waitFor();
    await expect.poll(() => page.getByTestId('grid-count-total').textContent()).toBe('共2条');
  });

  it('finds the clue a roster belongs to by typing part of the employer, searched in the core', async () => {
    const create = (employerName: string) =>
      page.evaluate(
        async (values) => (globalThis as unknown as { ledger: { clues: { create(i: object): Promise<{ ok: boolean }> } } }).ledger.clues.create({ values }),
        { source: '国家平台', receivedDate: '2026-11-02', sector: '工程建设', complainantName: '王五', employerName, workersInvolved: 3, amountInvolved: 3_000_000 },
      );
    expect((await create('城南装饰公司')).ok).toBe(true);
    expect((await create('西川劳务有限公司')).ok).toBe(true);
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await page.getByTestId('import-companies').click();
    await page.getByTestId('page-import').waitFor();
    await page.getByTestId('import-kind').getByText('欠薪农民工名单').click();
    expect(await page.getByTestId('import-export').isDisabled()).toBe(true);
    await page.getByTestId('import-clue').click();
    await page.keyboard.type('装饰');
    const option = page.locator('.ant-select-item-option').filter({ hasText: '城南装饰公司' });
    await option.waitFor();
    await expect.poll(() => page.locator('.ant-select-item-option').count()).toBe(1);
    await shot('import-roster-clue.png');
    await option.click();
    await expect.poll(() => page.getByTestId('import-clue').textContent()).toContain('城南装饰公司');
    expect(await page.getByTestId('import-export').isDisabled()).toBe(false);
  });
});
