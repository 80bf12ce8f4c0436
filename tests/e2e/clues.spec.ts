import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/contract/client';
import type { LedgerRecord } from '../../shared/contract/records';
import { toIsoDate } from '../../shared/dates';
import { idCardCheckChar } from '../../shared/validators/idcard';
import { launchApp } from './support/app';
import { navigationItems } from './support/navigation';

/** The page's globals as the test reaches them (this file is compiled without the DOM library). */
type PageGlobals = { ledger: Bridge; navigator: { clipboard: { writeText(text: string): Promise<void> } } };

/**
 * A national-platform clue from intake to closing, as the clerk works it: register it through the form, accept it,
 * hand it to a township and a department at once (双交办), see that closing is not offered yet, record the feedback,
 * close it and watch 办结率 move; then paste the workers roster (refused whole for one bad ID, imported once fixed),
 * reveal one ID and find the reveal in the audit log.
 */
const PROJECT = '新区公厕改造工程';
const EMPLOYER = '城南建筑劳务有限公司';
const PLATFORM_NO = 'GJ20260105001';
const TODAY = toIsoDate(new Date());
const GOOD_ID = '11010519491231002X';
const BAD_ID = '110105194912310021';
/** a second valid ID, made with the check character so the test does not depend on a hand-computed number */
const SECOND_ID = `11010519800101001${idCardCheckChar('11010519800101001') ?? ''}`;

let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;
let clueId = 0;

const message = (text: string) => page.locator('.ant-message-notice').filter({ hasText: text });
const field = (key: string) => page.getByTestId(`field-${key}`);
const drawer = () => page.locator('.ant-drawer-content-wrapper');
const actionModal = () => page.getByTestId('clue-action-modal');
const shot = (name: string) => page.screenshot({ path: path.join(app.screenshotDir, name), fullPage: false });
const openDropdownOption = (text: string) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text }).first();

async function navigate(label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}

/** Opens the antd Select inside `container`, optionally types a search, and picks the option with the given text. */
async function pickIn(container: ReturnType<Page['getByTestId']>, option: string, search?: string): Promise<void> {
  await container.locator('.ant-select').click();
  if (search) await page.keyboard.type(search);
  await openDropdownOption(option).click();
}

/** Asks the core directly through the page's bridge, to check what was really stored. */
type Query = { kind: 'clue'; id: number } | { kind: 'clues' } | { kind: 'roster'; id: number } | { kind: 'audit'; entity: 'clues' | 'clueWorkers'; id: number } | { kind: 'settings' };

async function ask<T>(query: Query): Promise<T> {
  const result = await page.evaluate(async (q) => {
    const ledger = (globalThis as unknown as PageGlobals).ledger;
    switch (q.kind) {
      case 'clue':
        return ledger.clues.get({ id: q.id });
      case 'clues':
        return ledger.clues.list({ view: 'all' });
      case 'roster':
        return ledger.clueWorkers.list({ clueId: q.id });
      case 'audit':
        return ledger.system.auditForRecord({ entity: q.entity, id: q.id });
      case 'settings':
        return ledger.settings.get({});
    }
  }, query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const storedClue = () => ask<LedgerRecord>({ kind: 'clue', id: clueId });
const roster = () => ask<LedgerRecord[]>({ kind: 'roster', id: clueId });

/** Runs one workflow action through its modal, filling it with `fill`, and waits for the state to change. */
async function act(name: string, label: string, expectedStatus: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`act-${name}`).click();
  await actionModal().locator('.ant-modal-title').waitFor();
  expect(await actionModal().locator('.ant-modal-title').textContent()).toContain(label);
  expect(await actionModal().getByTestId('act-date').locator('input').inputValue()).toBe(TODAY);
  if (fill) await fill();
  await actionModal().getByRole('button', { name: `确定${label}` }).click();
  await message(`已${label}`).waitFor();
  await expect.poll(() => page.getByTestId('clue-status').textContent()).toBe(expectedStatus);
}

async function offeredActions(): Promise<string[]> {
  const buttons = page.getByTestId('clue-actions').locator('button');
  return (await buttons.allTextContents()).map((t) => t.replace(/\s/g, ''));
}

async function statsTotal(column: string): Promise<string | null> {
  return page.getByTestId(`stats-total-${column}`).textContent();
}

describe('线索台账', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.getByTestId('page-projects').waitFor();
    // code lists and a project to link, set through the same bridge the page uses
    await page.evaluate(async (project) => {
      const ledger = (globalThis as unknown as PageGlobals).ledger;
      await ledger.settings.update({ townships: ['城关镇', '新城镇'], leaders: [{ name: '李明', title: '副县长' }] });
      await ledger.projects.create({ values: { name: project, projectType: '市政', investmentType: '政府投资', township: '城关镇', department: '住建局', status: '在建' } });
    }, PROJECT);
    await page.reload();
    await page.getByTestId('page-projects').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('puts 线索台账 first after 工作台 in the menu and shows the saved views with their counts', async () => {
    const items = await navigationItems(page);
    // 工作台 carries the warning count as a badge (the project seeded above has warnings)
    expect(items[0]).toMatch(/^工作台\d*$/);
    expect(items[1]).toBe('线索台账');
    await navigate('线索台账');
    await page.getByTestId('page-clues').waitFor();
    for (const label of ['待办', '即将超期', '已超期', '挂牌督办', '领导包案', '本周新增', '已办结', '全部']) {
      expect(await page.getByTestId('clue-views').textContent()).toContain(label);
    }
    await expect.poll(() => page.getByTestId('clue-view-count-all').textContent()).toBe('0');
    await expect.poll(() => page.getByTestId('grid-count-total').textContent()).toBe('共0条');
  });

  it('shows the clue settings: 核处结论, 办理时限 per source and the bundled 2026 calendar', async () => {
    await navigate('设置');
    await page.getByTestId('page-settings').waitFor();
    expect(await page.getByTestId('settings-conclusions').locator('input').first().inputValue()).toBe('已解决');
    expect(await page.getByLabel('国家平台办理时限').inputValue()).toBe('10');
    const year2026 = page.getByTestId('settings-calendar-2026');
    expect(await year2026.textContent()).toContain('内置');
    expect(await page.getByLabel('2026年放假日期').inputValue()).toContain('2026-10-01 至 2026-10-07');

    await page.getByLabel('临期提醒工作日').fill('3');
    // next year's notice, entered by hand: single days and a run of days
    await page.getByTestId('settings-calendar-add').click();
    await page.getByLabel('2027年放假日期').fill('2027-01-01\n2027-02-06 至 2027-02-08');
    await page.getByLabel('2027年调休上班日期').fill('2027-02-20');
    await page.getByTestId('settings-clue-deadlines').scrollIntoViewIfNeeded();
    await shot('settings-clues.png');
    await page.getByTestId('settings-save').click();
    await message('设置已保存').waitFor();
    const stored = await ask<{ dueSoonWorkdays: number; workCalendars: unknown[] }>({ kind: 'settings' });
    expect(stored.dueSoonWorkdays).toBe(3);
    // the unchanged bundled years are not copied into the settings; the new year is stored day by day
    expect(stored.workCalendars).toEqual([{ year: 2027, holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08'], makeUpWorkdays: ['2027-02-20'] }]);
  });

  it('registers a 国家平台 clue through the form; only intake fields are asked for', async () => {
    await navigate('线索台账');
    await page.getByTestId('page-clues').waitFor();
    await page.keyboard.press('Control+n');
    await drawer().waitFor();
    expect(await page.locator('.ant-drawer-title').textContent()).toBe('新建线索');
    // fields the workflow sets are not in a new clue's form
    for (const assigned of ['clueNo', 'status', 'assignedTownship', 'deadline', 'conclusion', 'dueState']) {
      expect(await field(assigned).count()).toBe(0);
    }
    await field('platformNo').locator('input').fill(PLATFORM_NO);
    await pickIn(field('source'), '国家平台');
    await field('receivedDate').locator('input').fill(TODAY);
    await page.keyboard.press('Enter');
    await pickIn(field('township'), '城关镇');
    await field('complainantName').locator('input').fill('王五');
    await field('complainantIdNumber').locator('input').fill(GOOD_ID);
    await field('complainantPhone').locator('input').fill('13812345678');
    await field('employerName').locator('input').fill(EMPLOYER);
    await pickIn(field('projectId'), PROJECT, 'xqgc');
    await field('workersInvolved').locator('input').fill('2');
    await field('amountInvolved').locator('input').fill('30000');
    await field('summary').locator('textarea').fill('春节前工资未结清');
    await page.getByTestId('record-form-save').click();
    await message(`已保存线索“${new Date().getFullYear()}-0001”`).waitFor();
    await drawer().waitFor({ state: 'hidden' });

    const list = await ask<LedgerRecord[]>({ kind: 'clues' });
    expect(list).toHaveLength(1);
    clueId = list[0]?.id ?? 0;
    const clue = await storedClue();
    expect(clue['source']).toBe('国家平台');
    expect(clue['status']).toBe('待受理');
    expect(clue['amountInvolved']).toBe(3_000_000);

    const row = page.getByTestId('grid-clues').locator(`.ag-row[row-id="${clueId}"]`);
    await expect.poll(() => row.locator('[col-id="projectId"]').first().textContent()).toBe(PROJECT);
    expect(await row.locator('[col-id="complainantPhone"]').first().textContent()).toBe('138****5678');
    expect(await row.locator('[col-id="status"]').first().textContent()).toBe('待受理');
    await expect.poll(() => page.getByTestId('clue-view-count-todo').textContent()).toBe('1');
    expect(await page.getByTestId('clue-view-count-newThisWeek').textContent()).toBe('1');
    await shot('clues-grid.png');
  });

  it('opens the clue page on double-click, with the facts masked and only 受理 offered', async () => {
    const row = page.getByTestId('grid-clues').locator(`.ag-row[row-id="${clueId}"]`);
    await row.locator('[col-id="platformNo"]').first().dblclick();
    await page.getByTestId('page-clue-detail').waitFor();
    expect(page.url()).toContain(`#/clues/${clueId}`);
    expect(await page.getByTestId('clue-number').textContent()).toContain(`${new Date().getFullYear()}-0001`);
    expect(await page.getByTestId('clue-status').textContent()).toBe('待受理');
    expect(await page.getByTestId('fact-complainantIdNumber').textContent()).toContain('1101**********002X');
    expect(await page.getByTestId('fact-projectId').textContent()).toBe(PROJECT);
    expect(await offeredActions()).toEqual(['受理']);
  });

  it('accepts the clue and assigns it to a township and a department at once (双交办)', async () => {
    await act('accept', '受理', '已受理');
    expect(await offeredActions()).toEqual(['交办']);

    await page.getByTestId('act-assign').click();
    await actionModal().locator('.ant-modal-title').waitFor();
    // the default deadline is previewed from 国家平台's 10 working days
    await expect.poll(() => actionModal().getByTestId('act-deadline-default').textContent()).toContain('10个工作日');
    await pickIn(actionModal().getByTestId('act-township'), '城关镇');
    await pickIn(actionModal().getByTestId('act-department'), '住建局');
    await actionModal().getByTestId('act-double-assign').waitFor();
    await shot('clue-assign.png');
    await actionModal().getByRole('button', { name: '确定交办' }).click();
    await message('已交办').waitFor();
    await expect.poll(() => page.getByTestId('clue-status').textContent()).toBe('已交办');

    const clue = await storedClue();
    expect(clue['assignedTownship']).toBe('城关镇');
    expect(clue['assignedDepartment']).toBe('住建局');
    expect(clue['assignedDate']).toBe(TODAY);
    expect(typeof clue['deadline']).toBe('string');
    expect(await page.getByTestId('clue-due-state').textContent()).toContain(String(clue['deadline']));
    expect(await page.getByTestId('clue-timeline').textContent()).toContain('双交办');
  });

  it('edits the intake facts in the form, where the workflow fields are shown but cannot be typed into', async () => {
    await page.getByTestId('clue-edit').click();
    await drawer().waitFor();
    expect(await page.locator('.ant-drawer-title').textContent()).toContain('编辑线索');
    expect(await field('assignedTownship').textContent()).toContain('城关镇');
    expect(await field('assignedTownship').locator('input').count()).toBe(0);
    await field('arrearsPeriod').locator('input').fill('2025年10月至2026年1月');
    const updateCall = page.waitForRequest((r) => r.method() === 'POST' && (r.postData() ?? '').includes('"clues.update"'));
    await page.keyboard.press('Control+s');
    const sent = JSON.parse((await updateCall).postData() ?? '{}') as { input: { values: Record<string, unknown> } };
    expect(sent.input.values).toEqual({ arrearsPeriod: '2025年10月至2026年1月' });
    await drawer().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('fact-arrearsPeriod').textContent()).toBe('2025年10月至2026年1月');
    expect(await page.getByTestId('clue-status').textContent()).toBe('已交办');
  });

  it('does not offer an action the state does not allow (no 办结 while 已交办), and the core refuses it too', async () => {
    const offered = await offeredActions();
    expect(offered).toEqual(['开始核处', '反馈结果']);
    expect(await page.getByTestId('act-close').count()).toBe(0);
    expect(await page.getByTestId('act-archive').count()).toBe(0);

    const refused = await page.evaluate(async (id) => {
      const ledger = (globalThis as unknown as PageGlobals).ledger;
      const clue = await ledger.clues.get({ id });
      if (!clue.ok) return null;
      return ledger.clues.act({ id, version: clue.value.version, action: 'close' });
    }, clueId);
    expect(refused?.ok).toBe(false);
    expect(refused && !refused.ok && refused.error.message).toContain('不能办结');
  });

  it('puts the clue under supervision and adds a progress note and a 四必到 record', async () => {
    await page.getByTestId('flag-supervised').click();
    const flagModal = page.getByTestId('clue-flag-modal');
    await flagModal.locator('textarea').fill('涉及人数多，春节前必须解决');
    await flagModal.getByRole('button', { name: '确定挂牌督办' }).click();
    await message('已挂牌督办').waitFor();
    await page.getByTestId('clue-flag-supervised').waitFor();
    expect(await page.getByTestId('flag-supervised').textContent()).toContain('取消挂牌督办');

    await page.getByTestId('progress-add').click();
    await page.getByTestId('progress-note').fill('约谈劳务公司负责人，承诺三日内支付');
    await page.getByRole('button', { name: /^添\s*加$/ }).click();
    await message('已添加办理记录').waitFor();
    await expect.poll(() => page.getByTestId('clue-timeline').textContent()).toContain('约谈劳务公司负责人');

    await page.getByTestId('attendance-add').click();
    const attendance = page.getByTestId('attendance-modal');
    await attendance.getByLabel('行业主管部门').check();
    await attendance.getByLabel('企业负责人').check();
    await attendance.getByLabel('项目所在地乡镇').check();
    await attendance.getByRole('button', { name: /^登\s*记$/ }).click();
    await message('已登记四必到').waitFor();
    const line = page.getByTestId('attendance-table').locator('tbody tr.ant-table-row').first();
    await expect.poll(() => line.textContent()).toContain('未到');
    expect((await line.textContent())?.match(/到场/g)).toHaveLength(3);
  });

  it('records the feedback with the conclusion and the amount resolved', async () => {
    await act('feedback', '反馈结果', '已反馈', async () => {
      await pickIn(actionModal().getByTestId('act-conclusion'), '已解决');
      await actionModal().getByTestId('act-workersResolved').locator('input').fill('2');
      await actionModal().getByTestId('act-amountResolved').locator('input').fill('30000');
    });
    const clue = await storedClue();
    expect(clue['conclusion']).toBe('已解决');
    expect(clue['workersResolved']).toBe(2);
    expect(clue['amountResolved']).toBe(3_000_000);
    expect(await offeredActions()).toEqual(['退回重办', '办结']);
    await shot('clue-detail.png');
  });

  it('shows 办结率 0.00% for this month before the clue is closed', async () => {
    await navigate('线索统计');
    await page.getByTestId('page-clue-stats').waitFor();
    await page.getByTestId('stats-period-month').click();
    await expect.poll(() => statsTotal('received')).toBe('1');
    expect(await statsTotal('closed')).toBe('0');
    expect(await statsTotal('closureRate')).toBe('0.00%');
  });

  it('closes the clue on time, and 办结率 becomes 100.00% with the amount resolved', async () => {
    await navigate('线索台账');
    await page.getByTestId('page-clues').waitFor();
    await page.getByTestId('clue-view-all').click();
    const row = page.getByTestId('grid-clues').locator(`.ag-row[row-id="${clueId}"]`);
    await row.locator('[col-id="platformNo"]').first().click();
    await page.getByTestId('toolbar-open').click();
    await page.getByTestId('page-clue-detail').waitFor();

    await act('close', '办结', '已办结');
    expect(await page.getByTestId('clue-due-state').textContent()).toContain('按期办结');
    expect(await offeredActions()).toEqual(['回访', '归档']);

    await navigate('线索统计');
    await page.getByTestId('page-clue-stats').waitFor();
    await expect.poll(() => statsTotal('closureRate')).toBe('100.00%');
    expect(await statsTotal('onTimeRate')).toBe('100.00%');
    expect(await statsTotal('amountResolvedFen')).toBe('3.00');
    expect(await page.getByTestId('stats-table').textContent()).toContain('国家平台');
    await shot('clue-stats.png');

    await navigate('线索台账');
    await expect.poll(() => page.getByTestId('clue-view-count-closed').textContent()).toBe('1');
    expect(await page.getByTestId('clue-view-count-todo').textContent()).toBe('0');
  });

  it('refuses a pasted roster with one bad ID as a whole, naming the row, then imports it once fixed', async () => {
    await page.goto(`${page.url().split('#')[0] ?? ''}#/clues/${clueId}`);
    await page.getByTestId('page-clue-detail').waitFor();
    await page.getByTestId('roster-paste').click();
    const modal = page.getByTestId('roster-paste-modal');
    const header = ['姓名', '身份证号', '联系电话', '欠薪金额（元）', '已支付金额（元）', '支付日期', '备注'].join('\t');
    const bad = [header, ['张三', GOOD_ID, '13900001111', '20000', '20000', TODAY, ''].join('\t'), ['李四', BAD_ID, '13900002222', '5000', '', '', '班组长'].join('\t')].join('\r\n');
    await modal.getByTestId('paste-text').fill(bad);
    await expect.poll(() => modal.getByTestId('paste-summary').textContent()).toContain('共2人');
    expect(await modal.getByTestId('paste-summary').textContent()).toContain('表头');
    await modal.getByRole('button', { name: '导入2人' }).click();

    const errors = modal.getByTestId('paste-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('第3行 身份证号');
    expect(await modal.locator('.paste-row-bad').count()).toBe(1);
    expect(await roster()).toHaveLength(0);
    await shot('roster-paste.png');

    await modal.getByTestId('paste-text').fill(bad.replace(BAD_ID, SECOND_ID));
    await modal.getByRole('button', { name: '导入2人' }).click();
    await message('已导入2人').waitFor();
    await modal.waitFor({ state: 'hidden' });

    const workers = await roster();
    expect(workers.map((w) => w['name'])).toEqual(['张三', '李四']);
    await expect.poll(() => page.getByTestId('roster-total-workers').textContent()).toBe('人数：2人');
    expect(await page.getByTestId('roster-total-owed').textContent()).toBe('欠薪合计：25,000.00元');
    expect(await page.getByTestId('roster-total-paid').textContent()).toBe('已付合计：20,000.00元');
    // 2 workers as registered, but 25,000 元 against the 30,000 元 registered: highlighted
    expect(await page.getByTestId('roster-mismatch-workers').count()).toBe(0);
    expect(await page.getByTestId('roster-mismatch-amount').textContent()).toContain('不一致');
    const first = page.getByTestId('roster-grid').locator(`.ag-row[row-id="${workers[0]?.id}"]`);
    expect(await first.locator('[col-id="idNumber"]').textContent()).toContain('1101**********002X');
    expect(await first.locator('[col-id="phone"]').textContent()).toBe('139****1111');

    // 李四 is paid: typed into the cell, and the totals follow
    const second = page.getByTestId('roster-grid').locator(`.ag-row[row-id="${workers[1]?.id}"]`);
    await second.locator('[col-id="amountPaid"]').click();
    await page.keyboard.press('F2');
    await page.keyboard.type('5000');
    await page.keyboard.press('Enter');
    await message('已保存：已支付金额').waitFor();
    await expect.poll(() => page.getByTestId('roster-total-paid').textContent()).toBe('已付合计：25,000.00元');
    expect(await second.locator('[col-id="amountPaid"]').textContent()).toBe('5,000.00');
  });

  it('opens the paste preview with Ctrl+V on the roster', async () => {
    await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText('王六\t\t\t1000\t\t\t'));
    await page.getByTestId('roster-grid').focus();
    await page.keyboard.press('Control+v');
    const modal = page.getByTestId('roster-paste-modal');
    await expect.poll(() => modal.getByTestId('paste-summary').textContent()).toContain('共1人');
    await modal.getByRole('button', { name: /^取\s*消$/ }).click();
    await modal.waitFor({ state: 'hidden' });
  });

  it('reveals one worker ID on request and writes the reveal to the audit log', async () => {
    const [worker] = await roster();
    const id = worker?.id ?? 0;
    await page.getByTestId(`roster-reveal-${id}`).click();
    await expect.poll(() => page.getByTestId(`roster-id-revealed-${id}`).textContent()).toBe(GOOD_ID);
    const audit = await ask<{ action: string }[]>({ kind: 'audit', entity: 'clueWorkers', id });
    expect(audit.map((a) => a.action)).toContain('reveal');

    await page.getByTestId('reveal-complainantIdNumber').click();
    await expect.poll(() => page.getByTestId('revealed-complainantIdNumber').textContent()).toBe(GOOD_ID);
    const clueAudit = await ask<{ action: string }[]>({ kind: 'audit', entity: 'clues', id: clueId });
    expect(clueAudit.map((a) => a.action)).toContain('reveal');
    await page.getByTestId('roster').scrollIntoViewIfNeeded();
    await shot('clue-roster.png');
  });

  it('loads a large roster block by block as the clerk scrolls, never all at once', async () => {
    const WORKERS = 1_200;
    const ROSTER_BLOCK = 100; // rows per request, renderer/features/clues/roster/rosterDatasource.ts
    const rows = Array.from({ length: WORKERS }, (_, i) => {
      const first17 = `1101051980010${1 + Math.floor(i / 1000)}${String(i % 1000).padStart(3, '0')}`;
      return [`工人${i + 1}`, `${first17}${idCardCheckChar(first17) ?? ''}`, '', '1000', '', '', ''];
    });
    const bigClueId = await page.evaluate(
      async ({ today, roster: pasted }) => {
        const ledger = (globalThis as unknown as PageGlobals).ledger;
        const created = await ledger.clues.create({ values: { source: '来访', receivedDate: today, sector: '工程建设', complainantName: '赵六', employerName: '某建筑公司' } });
        if (!created.ok) throw new Error(created.error.message);
        const imported = await ledger.clueWorkers.importRows({ clueId: created.value.id, rows: pasted });
        if (!imported.ok) throw new Error(imported.error.message);
        return created.value.id;
      },
      { today: TODAY, roster: rows },
    );

    const listCalls: string[] = [];
    const onRequest = (r: { postData(): string | null }) => {
      if ((r.postData() ?? '').includes('"clueWorkers.list"')) listCalls.push(r.postData() ?? '');
    };
    page.on('request', onRequest);
    await page.goto(`${page.url().split('#')[0] ?? ''}#/clues/${bigClueId}`);
    await page.getByTestId('page-clue-detail').waitFor();
    await expect.poll(() => page.getByTestId('roster-total-workers').textContent()).toBe(`人数：${WORKERS}人`);
    const grid = page.getByTestId('roster-grid');
    await expect.poll(() => grid.locator('.ag-row[row-index="0"] [col-id="name"]').textContent()).toBe('工人1');
    expect(listCalls).toHaveLength(1);
    expect(listCalls[0]).toContain(`"limit":${ROSTER_BLOCK}`);

    // jump to the end with the scrollbar: the last block is asked for by its position, not after the blocks before it
    // and asked for from the scroll event itself, not after the grid's next frame (where AG Grid draws the empty rows
    // and only then, after a timer, asks its datasource): a frame callback is registered when the scroll event
    // arrives, and the bridge call by position must come before it runs (the client looks the bridge up per call)
    await page.evaluate(`(() => {
      window.__askedBeforeFrame = null;
      let framed = false;
      addEventListener('scroll', () => requestAnimationFrame(() => { framed = true; }), { capture: true, once: true });
      const bridge = window.ledger.clueWorkers;
      const list = bridge.list;
      bridge.list = (input) => {
        if (window.__askedBeforeFrame === null && input.position !== undefined) window.__askedBeforeFrame = !framed;
        return list(input);
      };
    })()`);
    await grid.evaluate((root) => {
      // the element that scrolls the rows: the tallest scrollable one inside the grid
      type Box = { scrollTop: number; scrollHeight: number; clientHeight: number };
      const boxes = [...(root as unknown as { querySelectorAll(s: string): Iterable<Box> }).querySelectorAll('*')].filter((el) => el.scrollHeight > el.clientHeight + 10);
      const body = boxes.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
      if (body) body.scrollTop = body.scrollHeight;
    });
    const last = grid.locator(`.ag-row[row-index="${WORKERS - 1}"] [col-id="name"]`);
    await expect.poll(() => last.textContent(), { timeout: 10_000 }).toBe(`工人${WORKERS}`);
    expect(listCalls).toHaveLength(2);
    expect(listCalls[1]).toContain(`"position":${Math.floor((WORKERS - 1) / ROSTER_BLOCK) * ROSTER_BLOCK}`);
    expect(await page.evaluate('window.__askedBeforeFrame')).toBe(true);
    page.off('request', onRequest);
  });

  it('shows no English text on the clue pages', async () => {
    const detailText = (await page.getByTestId('page-clue-detail').textContent()) ?? '';
    await navigate('线索台账');
    await page.getByTestId('grid-clues').locator(`.ag-row[row-id="${clueId}"]`).first().waitFor();
    const gridText = (await page.getByTestId('page-clues').textContent()) ?? '';
    for (const english of ['Filter', 'Equals', 'Contains', 'No Rows', 'Loading', 'Page', 'of ', 'undefined', 'null', 'NaN']) {
      expect(gridText).not.toContain(english);
      expect(detailText).not.toContain(english);
    }
  });
});
