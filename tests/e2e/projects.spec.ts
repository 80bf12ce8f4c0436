import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/contract/client';
import type { LedgerRecord } from '../../shared/contract/records';
import { launchApp } from './support/app';
import { gridCell } from './support/grid';

/** The page's globals as the test reaches them (this file is compiled without the DOM library). */
type PageGlobals = { ledger: Bridge; navigator: { clipboard: { readText(): Promise<string> } }; document: { activeElement: unknown } };

/**
 * The clerk's first day with an empty ledger: set the code lists, register a contractor (after a wrong credit code is
 * refused), register a project linked to it, edit a cell, find it again after a reload and by pinyin initials,
 * delete it and undo. Steps run in order on one app, as a clerk would.
 */
const COMPANY = '新区建设工程有限公司';
const PROJECT = '新区公厕改造工程';
const OTHER_PROJECT = '城南污水管网工程';

let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;

const message = (text: string) => page.locator('.ant-message-notice').filter({ hasText: text });
const field = (key: string) => page.getByTestId(`field-${key}`);
const drawer = () => page.locator('.ant-drawer-content-wrapper');
/** The 项目名称 cells showing exactly this name (pinned columns may sit in a row element of their own). */
const gridRow = (name: string) => page.getByTestId('grid-projects').locator('.ag-cell[col-id="name"]').filter({ hasText: new RegExp(`^${name}$`) });
const projectIds = new Map<string, number>();
const shot = (name: string) => page.screenshot({ path: path.join(app.screenshotDir, name), fullPage: false });

async function navigate(label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}

/** Opens an antd Select inside a form field, optionally types a search, and picks the option with the given text. */
async function pick(key: string, option: string, search?: string): Promise<void> {
  await field(key).locator('.ant-select').click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function fill(key: string, value: string): Promise<void> {
  await field(key).locator('input').first().fill(value);
}

// antd writes two-character button labels with a space between them (删 除), so buttons are found by patterns below

/** Ask the core directly (through the same bridge the page uses), to check what was really stored. */
async function storedProjects(): Promise<LedgerRecord[]> {
  const result = await page.evaluate(() => (globalThis as unknown as PageGlobals).ledger.projects.list({}));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A company's row in the 单位管理 grid, by its record id. */
async function companyRow(name: string): Promise<Locator> {
  const id = await page.evaluate(async (wanted) => {
    const list = await (globalThis as unknown as PageGlobals).ledger.companies.list({});
    return list.ok ? list.value.find((c) => c['name'] === wanted)?.id : undefined;
  }, name);
  if (id === undefined) throw new Error(`单位“${name}”不在台账中`);
  return page.getByTestId('grid-companies').locator(`.ag-row[row-id="${id}"]`);
}

/** A project's cell, found by the record id the grid uses as row id. */
async function projectCell(name: string, colId: string): Promise<Locator> {
  if (!projectIds.has(name)) {
    const project = (await storedProjects()).find((p) => p['name'] === name);
    if (!project) throw new Error(`项目“${name}”不在台账中`);
    projectIds.set(name, project.id);
  }
  return gridCell(page.getByTestId('grid-projects'), `.ag-row[row-id="${projectIds.get(name)}"]`, colId);
}

describe('项目台账', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    // a step that cannot find what it waits for fails in seconds, not after Playwright's default 30 s
    page.setDefaultTimeout(10_000);
    await page.getByTestId('page-projects').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('starts on an empty project ledger, in Chinese', async () => {
    await expect.poll(() => page.getByTestId('grid-count-total').textContent()).toBe('共0条');
    await expect.poll(() => page.locator('.ag-overlay').textContent()).toContain('暂无记录');
    expect(await page.getByTestId('ledger-path').textContent()).toContain(path.basename(app.dbPath));
  });

  it('sets the county name, a township and a department in 设置', async () => {
    await navigate('设置');
    await page.getByTestId('page-settings').waitFor();
    await page.getByLabel('县（区）名称').fill('测试县');
    await page.getByTestId('settings-townships-add').click();
    await page.getByLabel('乡镇1', { exact: true }).fill('城关镇');
    await page.getByTestId('settings-departments-add').click();
    const departments = page.getByTestId('settings-departments').locator('input');
    await departments.last().fill('城市管理局');
    await page.getByTestId('settings-save').click();
    await message('设置已保存').waitFor();
    await expect.poll(() => page.getByTestId('county-title').textContent()).toContain('测试县');

    const settings = await page.evaluate(() => (globalThis as unknown as PageGlobals).ledger.settings.get({}));
    expect(settings.ok && settings.value.townships).toEqual(['城关镇']);
    expect(settings.ok && settings.value.departments).toContain('城市管理局');
  });

  it('refuses a wrong 统一社会信用代码, marks the field, then saves the corrected company', async () => {
    await navigate('单位管理');
    await page.getByTestId('page-companies').waitFor();
    await page.keyboard.press('Control+n');
    await drawer().waitFor();
    await fill('name', COMPANY);
    await fill('uscc', '91350100M000100Y44');
    await pick('roles', '施工总承包');
    await fill('legalRepresentative', '张三');
    await page.getByTestId('record-form-save').click();

    const refusal = page.locator('.ant-message-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('统一社会信用代码');
    const usccError = field('uscc').locator('.ant-form-item-explain-error');
    await usccError.waitFor();
    expect(await usccError.textContent()).toContain('统一社会信用代码');
    await shot('company-form-refused.png');

    await fill('uscc', '91350100M000100Y43');
    await page.keyboard.press('Control+s');
    await message(`已保存单位“${COMPANY}”`).waitFor();
    await drawer().waitFor({ state: 'hidden' });
    const row = await companyRow(COMPANY);
    await row.locator('[col-id="uscc"]').waitFor();
    expect(await row.locator('[col-id="uscc"]').textContent()).toBe('91350100M000100Y43');
    expect(await row.locator('[col-id="roles"]').textContent()).toBe('施工总承包');
  });

  it('adds a project with the company as 施工总承包单位, found by pinyin in the pick list, and shows 应存保证金', async () => {
    await navigate('项目台账');
    await page.getByTestId('page-projects').waitFor();
    await page.getByTestId('toolbar-new').click();
    await drawer().waitFor();
    await fill('code', 'XM-2026-001');
    await fill('name', PROJECT);
    await pick('projectType', '市政');
    await pick('investmentType', '政府投资');
    await pick('township', '城关镇');
    await pick('department', '住建局');
    await pick('contractorId', COMPANY, 'xqjs');
    await fill('contractPrice', '5000000');
    // 5,000,000 元 × 2% = 100,000 元: above the 300万 exemption, under the 500万 cap, contractor record 一般
    await expect.poll(() => page.getByTestId('deposit-required-amount').textContent()).toBe('100,000.00元');
    expect(await page.getByTestId('deposit-required-basis').textContent()).toContain('2%');
    await page.getByTestId('deposit-required').scrollIntoViewIfNeeded();
    await shot('project-form.png');

    await page.getByTestId('record-form-save').click();
    await message(`已保存项目“${PROJECT}”`).waitFor();
    await drawer().waitFor({ state: 'hidden' });
    expect(await (await projectCell(PROJECT, 'contractorId')).textContent()).toBe(COMPANY);
    expect(await (await projectCell(PROJECT, 'contractPrice')).textContent()).toBe('5,000,000.00');
    expect(await (await projectCell(PROJECT, 'depositRequired')).textContent()).toBe('100,000.00');
    expect(await page.getByTestId('grid-totals').textContent()).toContain('合同价款 5,000,000.00元');

    const [stored] = await storedProjects();
    expect(stored?.['contractPrice']).toBe(500_000_000);
    expect(stored?.['township']).toBe('城关镇');
  });

  it('edits 实名登记人数 in the grid, and the value is still there after a reload', async () => {
    const cell = await projectCell(PROJECT, 'registeredWorkers');
    await cell.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('56');
    await page.keyboard.press('Enter');
    await message('已保存：实名登记人数').waitFor();
    await expect.poll(async () => (await projectCell(PROJECT, 'registeredWorkers')).textContent(), { timeout: 15_000 }).toBe('56');

    await page.reload();
    await page.getByTestId('page-projects').waitFor();
    await expect.poll(async () => (await projectCell(PROJECT, 'registeredWorkers')).textContent(), { timeout: 15_000 }).toBe('56');
    const [stored] = await storedProjects();
    expect(stored?.['registeredWorkers']).toBe(56);
    expect(stored?.['version']).toBe(2);
  });

  it('refuses a bad amount typed into a money cell and keeps the stored value', async () => {
    const cell = await projectCell(PROJECT, 'depositAmount');
    await cell.click();
    await page.keyboard.press('F2');
    await page.keyboard.type('十万');
    await page.keyboard.press('Enter');
    const refusal = page.locator('.ant-message-error').filter({ hasText: '已存保证金' });
    await refusal.waitFor();
    expect(await (await projectCell(PROJECT, 'depositAmount')).textContent()).toBe('');
  });

  it('finds the project by pinyin initials in the search box (Ctrl+F)', async () => {
    await page.evaluate(
      async (name) => (globalThis as unknown as PageGlobals).ledger.projects.create({ values: { name, projectType: '市政', investmentType: '政府投资', township: '城关镇', department: '住建局', status: '在建' } }),
      OTHER_PROJECT,
    );
    await page.getByTestId('toolbar-reload').click();
    await expect.poll(() => page.getByTestId('grid-count-total').textContent()).toBe('共2条');

    await page.keyboard.press('Control+f');
    const search = page.getByTestId('toolbar-search');
    expect(await search.evaluate((el) => el === (globalThis as unknown as PageGlobals).document.activeElement)).toBe(true);
    await page.keyboard.type('xqgc');
    await expect.poll(() => page.getByTestId('grid-count-filtered').textContent()).toBe('筛选后1条');
    expect(await gridRow(PROJECT).count()).toBe(1);
    expect(await gridRow(OTHER_PROJECT).count()).toBe(0);
    await shot('projects-grid-search.png');

    await search.fill('');
    await expect.poll(() => gridRow(OTHER_PROJECT).count()).toBe(1);
  });

  it('全选 in the header selects the rows the search leaves, shows a part selection, and clears', async () => {
    const selectAll = page.getByTestId('grid-projects').locator('.ledger-select-all input');
    const selectedCount = () => page.getByTestId('grid-count-selected').textContent();
    const boxState = () => selectAll.evaluate((input: { checked: boolean; indeterminate: boolean }) => (input.indeterminate ? 'some' : input.checked ? 'all' : 'none'));
    // a click on a row selects it alone: one of the two shown
    await (await projectCell(PROJECT, 'name')).click();
    await expect.poll(selectedCount).toBe('已选1条');
    expect(await boxState()).toBe('some');

    // the search leaves only the selected row: all shown are selected, and a click clears them
    await page.getByTestId('toolbar-search').fill('xqgc');
    await expect.poll(() => page.getByTestId('grid-count-filtered').textContent()).toBe('筛选后1条');
    await expect.poll(boxState).toBe('all');
    await selectAll.click();
    await expect.poll(selectedCount).toBe('已选0条');
    expect(await boxState()).toBe('none');
    await selectAll.click();
    await expect.poll(selectedCount).toBe('已选1条');
    expect(await boxState()).toBe('all');

    // the other project comes back unselected: one of the two shown is selected
    await page.getByTestId('toolbar-search').fill('');
    await expect.poll(() => gridRow(OTHER_PROJECT).count()).toBe(1);
    await expect.poll(boxState).toBe('some');
    await selectAll.click();
    await expect.poll(selectedCount).toBe('已选2条');
    expect(await boxState()).toBe('all');
    // a sort leaves the selection and the box as they were
    const nameHeader = page.getByTestId('grid-projects').locator('.ag-header-row-column .ag-header-cell[col-id="name"]');
    await nameHeader.locator('.ag-header-cell-label').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await boxState()).toBe('all');
    // back to the stored order (ascending → descending → none) for the steps after this one
    await nameHeader.locator('.ag-header-cell-label').click();
    await nameHeader.locator('.ag-header-cell-label').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('none');
    await selectAll.click();
    await expect.poll(selectedCount).toBe('已选0条');
    expect(await boxState()).toBe('none');
  });

  it('opens the form on double-click and closes it with Esc', async () => {
    await (await projectCell(PROJECT, 'name')).dblclick();
    await drawer().waitFor();
    expect(await page.locator('.ant-drawer-title').textContent()).toBe(`编辑项目：${PROJECT}`);
    expect(await page.getByTestId('record-meta').textContent()).toContain('测试员');
    await page.keyboard.press('Escape');
    await drawer().waitFor({ state: 'hidden' });
  });

  it('deletes the project after confirmation, and 撤销 brings it back', async () => {
    await (await projectCell(PROJECT, 'code')).click();
    await page.getByTestId('toolbar-delete').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`确定删除项目“${PROJECT}”？`);
    expect(await confirm.textContent()).toContain('删除后可在回收站恢复');
    await confirm.getByRole('button', { name: /^删\s*除$/ }).click();

    await page.getByTestId('delete-undo-message').waitFor();
    await expect.poll(() => gridRow(PROJECT).count()).toBe(0);
    expect((await storedProjects()).map((p) => p['name'])).toEqual([OTHER_PROJECT]);

    await page.getByTestId('delete-undo').click();
    await message('已撤销删除').waitFor();
    await expect.poll(() => gridRow(PROJECT).count()).toBe(1);
    expect((await storedProjects()).map((p) => p['name']).sort()).toEqual([OTHER_PROJECT, PROJECT].sort());
  });

  it('asks to delete with the Delete key on a selected row, and can be cancelled', async () => {
    await (await projectCell(OTHER_PROJECT, 'code')).click();
    await page.keyboard.press('Delete');
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(OTHER_PROJECT);
    await confirm.getByRole('button', { name: /^取\s*消$/ }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await storedProjects()).toHaveLength(2);
  });

  it('copies the selected rows as tab-separated text with a header line (Ctrl+C)', async () => {
    await (await projectCell(PROJECT, 'code')).click();
    await page.keyboard.press('Control+c');
    await message('已复制1行').waitFor();
    const copied = await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText());
    const [header, line] = copied.split('\r\n');
    expect(header?.split('\t')).toContain('项目名称');
    expect(line?.split('\t')).toContain(PROJECT);
    await page.keyboard.press('Escape');
    await shot('projects-grid.png');
  });

  it('remembers hidden columns across a reload (列设置), and 恢复默认 brings them back', async () => {
    const investmentHeader = page.getByTestId('grid-projects').getByRole('columnheader', { name: '投资类型' });
    expect(await investmentHeader.count()).toBe(1);
    await page.getByTestId('column-settings-button').click();
    await page.getByTestId('column-settings').getByLabel('投资类型').uncheck();
    await expect.poll(() => investmentHeader.count()).toBe(0);

    await page.reload();
    await page.getByTestId('page-projects').waitFor();
    await gridRow(PROJECT).waitFor();
    expect(await investmentHeader.count()).toBe(0);

    await page.getByTestId('column-settings-button').click();
    await page.getByTestId('column-settings').getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => investmentHeader.count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('changes a masked phone number only through 修改, and sends nothing else', async () => {
    await navigate('单位管理');
    const row = await companyRow(COMPANY);
    await row.locator('[col-id="name"]').dblclick();
    await drawer().waitFor();
    const phone = field('contactPhone');
    // no number yet: a plain input
    await phone.locator('input').fill('13812345678');
    await page.keyboard.press('Control+s');
    await message(`已保存单位“${COMPANY}”`).waitFor();
    await expect.poll(() => row.locator('[col-id="contactPhone"]').textContent()).toBe('138****5678');
    await drawer().waitFor({ state: 'hidden' });

    // now masked: shown read-only until 修改
    await row.locator('[col-id="name"]').dblclick();
    await drawer().waitFor();
    expect(await phone.locator('input').inputValue()).toBe('138****5678');
    expect(await phone.locator('input').isDisabled()).toBe(true);
    await phone.getByRole('button', { name: /^修\s*改$/ }).click();
    await phone.locator('input').fill('13912345678');
    // the bridge call as it leaves the page: an update patch carries only the changed field
    const updateCall = page.waitForRequest((r) => r.method() === 'POST' && (r.postData() ?? '').includes('"companies.update"'));
    await page.keyboard.press('Control+s');
    const sent = JSON.parse((await updateCall).postData() ?? '{}') as { input: { values: Record<string, unknown> } };
    expect(sent.input.values).toEqual({ contactPhone: '13912345678' });
    // the first save's notice may still be showing beside this one
    await message(`已保存单位“${COMPANY}”`).last().waitFor();
    await expect.poll(() => row.locator('[col-id="contactPhone"]').textContent()).toBe('139****5678');

    const audit = await page.evaluate(async (name) => {
      const g = globalThis as unknown as PageGlobals;
      const list = await g.ledger.companies.list({});
      const company = list.ok ? list.value.find((c) => c['name'] === name) : undefined;
      return company ? g.ledger.system.auditForRecord({ entity: 'companies', id: company.id }) : null;
    }, COMPANY);
    const updates = audit?.ok ? audit.value.filter((entry) => entry.action === 'update') : [];
    expect(updates).toHaveLength(2);
    // the change is recorded; the history shows personal data masked, like everywhere else
    expect(updates.map((u) => u.after)).toContainEqual({ contactPhone: '139****5678' });
  });

  it('restores a deleted project from 回收站', async () => {
    const id = (await storedProjects()).find((p) => p['name'] === OTHER_PROJECT)?.id ?? 0;
    await page.evaluate(async (projectId) => (globalThis as unknown as PageGlobals).ledger.projects.delete({ id: projectId }), id);
    await navigate('回收站');
    const entry = page.getByTestId('page-recycle-bin').locator('tr').filter({ hasText: OTHER_PROJECT });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('测试员');
    await entry.getByRole('button', { name: /恢\s*复/ }).click();
    await message(`已恢复项目“${OTHER_PROJECT}”`).waitFor();
    await page.getByText('回收站是空的').waitFor();
    expect((await storedProjects()).map((p) => p['name'])).toContain(OTHER_PROJECT);
  });

  it('shows no English text from the grid', async () => {
    await navigate('项目台账');
    await gridRow(PROJECT).waitFor();
    const gridText = (await page.getByTestId('grid-projects').textContent()) ?? '';
    for (const english of ['Filter', 'Equals', 'Contains', 'No Rows', 'Loading', 'Page', 'of ']) {
      expect(gridText).not.toContain(english);
    }
  });
});
