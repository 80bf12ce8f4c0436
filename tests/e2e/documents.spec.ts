import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedDocument } from '../../shared/contract/documents';
import type { LedgerRecord, ProblemRecord, ProposedProblem } from '../../shared/contract';
import { renderDocument } from '../../shared/print';
import { compact, pageCount, pdfText, Printer } from '../print/printer';
import { launchApp } from './support/app';

/**
 * Official documents as the clerk issues them: a 整改通知书 from an inspection with three problems (one left out),
 * previewed without a number, issued (numbered and frozen), saved as a real PDF, reprinted from the register,
 * voided with a reason, and three documents saved as one PDF.
 */
const PREFIX = '秦欠薪办整改';
const YEAR = new Date().getFullYear();
const ALL_PASS = { checkPledge: '合格', checkContracts: '合格', checkRealName: '合格', checkBoard: '合格', checkDeposit: '合格', checkAccount: '合格', checkBankPayroll: '合格' };

let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;
let problems: ProblemRecord[] = [];
let issued: IssuedDocument;

const message = (text: string) => page.locator('.ant-message-notice').filter({ hasText: text }).first();
const dialog = () => page.getByTestId('issue-dialog');
const previewText = async () => compact((await page.frameLocator('[data-testid=document-preview]').locator('body').textContent()) ?? '');
const POLL = { timeout: 20_000 };
const shot = (name: string) => page.screenshot({ path: path.join(app.screenshotDir, name), fullPage: false });

async function core<T>(method: string, input: unknown): Promise<T> {
  const result = await app.core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await core('settings.update', { documentPrefixes: { 整改通知书: PREFIX } });
  const contractor = await core<LedgerRecord>('companies.create', { values: { name: '陇城建筑工程有限公司', roles: ['施工总承包'] } });
  const project = await core<LedgerRecord>('projects.create', {
    values: { name: '新区公厕改造工程', projectType: '市政', investmentType: '政府投资', township: '城关镇', department: '住建局', contractorId: contractor.id },
  });
  const inspection = await core<LedgerRecord>('inspections.create', {
    values: { title: '冬季专项检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-20', inspectors: '张三、李四', ...ALL_PASS, checkBoard: '不合格', checkDeposit: '不合格', checkRealName: '不合格' },
  });
  const proposed = await core<ProposedProblem[]>('inspections.proposeProblems', { id: inspection.id });
  problems = await core<ProblemRecord[]>('problems.createFromInspection', { inspectionId: inspection.id, problems: proposed });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('official documents', () => {
  it('previews a rectification notice without a number, with the problems chosen', async () => {
    expect(problems).toHaveLength(3);
    await page.getByRole('menuitem', { name: '检查记录' }).click();
    await page.locator('.ag-row').filter({ hasText: '冬季专项检查' }).first().locator('.ag-selection-checkbox input').check();
    await page.getByTestId('toolbar-issue-notice').click();
    await dialog().waitFor();
    await expect.poll(previewText, POLL).toContain('整改通知书');
    const all = await previewText();
    for (const problem of problems) expect(all).toContain(compact(String(problem['description'])).slice(0, 20));
    expect(all).not.toContain(`〔${YEAR}〕`);

    // leave the third problem out: the preview follows
    const left = problems[2] as ProblemRecord;
    await dialog().getByRole('checkbox', { name: new RegExp(String(left['checkItem'])) }).uncheck();
    await expect.poll(async () => (await previewText()).includes(compact(String(left['description'])).slice(0, 20)), POLL).toBe(false);
    await shot('documents-issue-preview.png');
  });

  it('issues it: the number appears and the content is frozen', async () => {
    await page.getByTestId('document-issue').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /^签\s*发$/ }).click();
    const number = `${PREFIX}〔${YEAR}〕1号`;
    await expect.poll(async () => (await page.getByTestId('issued-number').textContent()) ?? '', POLL).toContain(number);
    await expect.poll(previewText, POLL).toContain(number);
    const stored = await core<IssuedDocument>('documents.byNumber', { number });
    issued = stored;
    expect(stored.content.type === 'rectification' && stored.content.problems.map((p) => p.item)).toEqual(problems.slice(0, 2).map((p) => p['checkItem']));
    await shot('documents-issued.png');
  });

  it('saves the issued notice as a PDF with its number and problems', async () => {
    await page.getByTestId('document-save-pdf').click();
    await message('已保存PDF').waitFor();
    const call = app.shell.calls.find((c) => c.method === 'shell.savePdf');
    const file = (call?.input as { path: string }).path;
    expect(path.basename(file)).toBe(`整改通知书（${issued.number}）.pdf`);
    const text = compact(pdfText(file));
    expect(text).toContain(issued.number);
    for (const problem of problems.slice(0, 2)) expect(text).toContain(compact(String(problem['description'])).slice(0, 20));
    expect(text).not.toContain(compact(String(problems[2]?.['description'])).slice(0, 20));
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
  });

  it('reprints from the register exactly what was issued', async () => {
    await page.getByRole('menuitem', { name: '文书登记簿' }).click();
    await page.getByTestId(`document-number-${issued.id}`).waitFor();
    await page.getByTestId(`document-view-${issued.id}`).click();
    await page.getByTestId('document-print').click();
    await message('已发送到打印机').waitFor();
    expect(app.shell.printed.at(-1)).toBe(renderDocument(issued.content));
    await shot('documents-reprint.png');
    await page.locator('.ant-modal-footer').getByRole('button', { name: /^关\s*闭$/ }).click();
    await page.getByTestId('document-preview').waitFor({ state: 'detached' });
  });

  it('voids it with a reason, after confirmation', async () => {
    await page.getByTestId(`document-void-${issued.id}`).click();
    await page.getByTestId('void-reason').fill('主送单位名称有误');
    await page.locator('.ant-modal').filter({ hasText: '作废文书' }).getByRole('button', { name: /^作\s*废$/ }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /^作\s*废$/ }).click();
    await expect.poll(async () => page.getByTestId(`document-status-${issued.id}`).textContent(), POLL).toBe('已作废');
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    const voided = await core<IssuedDocument>('documents.get', { id: issued.id });
    expect(voided).toMatchObject({ status: '已作废', voidReason: '主送单位名称有误', number: issued.number });
    await shot('documents-register.png');
  });

  it('saves three selected documents as one PDF with every page of each', async () => {
    for (let i = 0; i < 2; i++) await core('documents.issue', { type: 'rectification', recordId: issued.entityId });
    await page.getByTestId('register-reload').click();
    await expect.poll(() => page.locator('[data-testid=document-register] tbody tr.ant-table-row').count(), POLL).toBe(3);
    await page.locator('[data-testid=document-register] thead .ant-checkbox-input').check();
    await page.getByTestId('register-batch-pdf').click();
    await message('保存为一个PDF').waitFor({ timeout: 60_000 });
    const file = (app.shell.calls.filter((c) => c.method === 'shell.savePdf').at(-1)?.input as { path: string }).path;
    expect(fs.existsSync(file)).toBe(true);

    const documents = await core<IssuedDocument[]>('documents.list', {});
    expect(documents).toHaveLength(3);
    // the pages each would print alone, summed: the batch loses or adds none
    const printer = await Printer.start();
    let expected = 0;
    try {
      for (const document of documents) expected += pageCount((await printer.pdf(renderDocument(document.content), `alone-${document.id}`)).file);
    } finally {
      await printer.close();
    }
    expect(expected).toBeGreaterThanOrEqual(3);
    expect(pageCount(file)).toBe(expected);
    const text = compact(pdfText(file));
    for (const document of documents) expect(text).toContain(document.number);
  });

  it('prints a ledger grid as an A4 landscape sheet of the rows shown', async () => {
    await page.getByRole('menuitem', { name: '检查记录' }).click();
    await page.locator('.ag-row').filter({ hasText: '冬季专项检查' }).first().waitFor();
    const before = app.shell.printed.length;
    await page.getByTestId('toolbar-print-ledger').click();
    await expect.poll(() => app.shell.printed.length, POLL).toBe(before + 1);
    const sheet = app.shell.printed.at(-1) ?? '';
    expect(sheet).toContain('检查台账</h1>');
    expect(sheet).toContain('冬季专项检查');
    expect(sheet).toContain('size: 297mm 210mm');
  });
});
