import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOf, weekLabel, weekRange } from '../../electron/core/reports/weeks';
import type { Bridge } from '../../shared/contract/client';
import type { InputOf } from '../../shared/contract';
import type { LedgerRecord } from '../../shared/contract/records';
import type { Result } from '../../shared/errors';
import { toIsoDate } from '../../shared/dates';
import { launchApp } from './support/app';
import { navigationItems } from './support/navigation';

/** The page's globals as the test reaches them (this file is compiled without the DOM library). */
type PageGlobals = { ledger: Bridge; navigator: { clipboard: { readText(): Promise<string> } }; getComputedStyle(element: unknown): { fontWeight: string } };

/**
 * The Monday report: the week's work is in the ledger (two projects with their five systems, a national-platform clue
 * closed with wages recovered, hotline calls in the work log), the clerk logs one more batch of calls through the
 * form, opens 周报统计, reads the 合计 row, looks at the year to date and exports the workbook for the city.
 * The expected week comes from the core's own ISO-week rule applied to today, so the spec holds on any date.
 */
const TODAY = toIsoDate(new Date());
const YEAR = TODAY.slice(0, 4);
const WEEK = isoWeekOf(TODAY);
/** a publicity event on 1 January: in this week's figures only when this week holds 1 January */
const NEW_YEAR = `${YEAR}-01-01`;
const NEW_YEAR_IN_WEEK = NEW_YEAR >= weekRange(WEEK).from ? 1 : 0;

let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;

const message = (text: string) => page.locator('.ant-message-notice').filter({ hasText: text });
const field = (key: string) => page.getByTestId(`field-${key}`);
const drawer = () => page.locator('.ant-drawer-content-wrapper');
const shot = (name: string) => page.screenshot({ path: path.join(app.screenshotDir, name), fullPage: false });
/** A cell of a table's 合计 row: `table` is week, year or period. */
const total = (table: string, key: string) => page.getByTestId(`${table}-total-${key}`).textContent();
const sourceTotal = (table: string, key: string) => page.getByTestId(`${table}-source-total-${key}`).textContent();

/** Waits until an element's opening animation has finished, so a screenshot shows it whole. */
async function settled(locator: ReturnType<Page['locator']>): Promise<void> {
  type Animated = { getAnimations(options: { subtree: boolean }): { finished: Promise<unknown> }[] };
  await locator.evaluate((element) => Promise.all((element as unknown as Animated).getAnimations({ subtree: true }).map((a) => a.finished)));
}

async function navigate(label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}

type ClueActInput = InputOf<'clues.act'>;

/** The week's records, entered through the same bridge the pages use; the clue goes through the real workflow. */
async function seed(): Promise<void> {
  const failure = await page.evaluate(
    async ({ today, newYear }) => {
      const ledger = (globalThis as unknown as PageGlobals).ledger;
      const step = async <T,>(call: Promise<Result<T>>): Promise<T> => {
        const result = await call;
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      try {
        await step(ledger.settings.update({ countyName: '秦安县', issuingAuthority: '秦安县根治拖欠农民工工资工作领导小组办公室', townships: ['城关镇', '新城镇'] }));
        const base = { projectType: '市政', investmentType: '政府投资', department: '住建局', status: '在建' };
        await step(
          ledger.projects.create({
            values: {
              ...base,
              name: '新区公厕改造工程',
              township: '城关镇',
              realNameInPlace: true,
              registeredWorkers: 40,
              wageAccountOpened: true,
              wageAccountNumber: '6222021234567891234',
              bankPayrollInPlace: true,
              rightsBoardInPlace: true,
              depositAmount: 294_480_000, // 2,944,800.00元 = 294.48万元
              contractsDue: 40,
              contractsSigned: 40,
            },
          }),
        );
        await step(ledger.projects.create({ values: { ...base, name: '城南污水管网工程', township: '新城镇', realNameInPlace: true, registeredWorkers: 20 } }));

        // received and closed today: 受理 1, 办结 1, 3 workers and 12,500元 (1.25万元) recovered
        let clue = await step(
          ledger.clues.create({
            values: { source: '国家平台', receivedDate: today, township: '城关镇', sector: '工程建设', complainantName: '王五', employerName: '城南建筑劳务有限公司', workersInvolved: 3, amountInvolved: 1_250_000 },
          }),
        );
        const act = async (action: ClueActInput['action'], extra: Partial<ClueActInput> = {}) => {
          clue = await step(ledger.clues.act({ id: clue.id, version: clue.version, action, ...extra }));
        };
        await act('accept');
        await act('assign', { township: '城关镇', department: '住建局' });
        await act('feedback', { conclusion: '已解决', workersResolved: 3, amountResolved: 1_250_000 });
        await act('close');

        await step(ledger.workLogs.create({ values: { date: today, kind: '热线咨询', count: 12, township: null } }));
        await step(ledger.workLogs.create({ values: { date: today, kind: '热线咨询', count: 3, township: '城关镇' } }));
        await step(ledger.workLogs.create({ values: { date: newYear, kind: '宣传活动', count: 1, township: null } }));
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    },
    { today: TODAY, newYear: NEW_YEAR },
  );
  if (failure) throw new Error(`seeding failed: ${failure}`);
}

describe('周报统计', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.getByTestId('page-projects').waitFor();
    await seed();
    await page.reload();
    await page.getByTestId('page-projects').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists 周报统计 after 线索统计, then 日常工作登记', async () => {
    // an entry may carry a count badge after its label, so labels are matched at the start
    const items = await navigationItems(page);
    const at = items.findIndex((text) => text.startsWith('线索统计'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(items[at + 1]).toMatch(/^周报统计/);
    expect(items[at + 2]).toMatch(/^日常工作登记/);
  });

  it('logs hotline calls through the form: the date starts on today and 数量 is required', async () => {
    await navigate('日常工作登记');
    await page.getByTestId('page-workLogs').waitFor();
    await expect.poll(() => page.getByTestId('grid-count-total').textContent()).toBe('共3条');
    await page.getByTestId('toolbar-new').click();
    await drawer().waitFor();
    expect(await page.locator('.ant-drawer-title').textContent()).toBe('新建日常工作登记');
    expect(await field('date').locator('input').inputValue()).toBe(TODAY);

    await field('kind').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '热线咨询' }).first().click();
    await page.getByTestId('record-form-save').click();
    await field('count').getByText('数量：必须填写').waitFor();

    await field('count').locator('input').fill('5');
    await field('note').locator('input').fill('周末值班电话');
    await page.getByTestId('record-form-save').click();
    await message('已保存日常工作登记“热线咨询”').waitFor();
    await drawer().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('grid-count-total').textContent()).toBe('共4条');

    const stored = await page.evaluate(() => (globalThis as unknown as PageGlobals).ledger.workLogs.list({}));
    if (!stored.ok) throw new Error(stored.error.message);
    const entry = stored.value.find((r: LedgerRecord) => r['note'] === '周末值班电话');
    expect(entry).toMatchObject({ date: TODAY, kind: '热线咨询', count: 5, township: null });
    await shot('work-logs.png');
  });

  it('shows this week per township with a bold 合计 row and the clues by source', async () => {
    await navigate('周报统计');
    await page.getByTestId('page-reports').waitFor();
    await expect.poll(() => page.getByTestId('report-title').textContent()).toBe(`秦安县根治欠薪工作周报（${weekLabel(WEEK)}）`);
    // antd puts the picker's data-testid on its input
    expect(await page.getByTestId('report-week').inputValue()).toBe(weekLabel(WEEK));
    await expect.poll(() => total('week', 'township')).toBe('合计');

    // the register as it stands
    expect(await total('week', 'projectsUnderway')).toBe('2');
    expect(await total('week', 'realNameRate')).toBe('100.00%');
    expect(await total('week', 'wageAccountRate')).toBe('50.00%');
    expect(await total('week', 'depositFen')).toBe('294.48');
    expect(await total('week', 'registeredWorkers')).toBe('60');
    // what happened this week
    expect(await total('week', 'cluesReceived')).toBe('1');
    expect(await total('week', 'cluesClosed')).toBe('1');
    expect(await total('week', 'closureRate')).toBe('100.00%');
    expect(await total('week', 'workersResolved')).toBe('3');
    expect(await total('week', 'amountResolvedFen')).toBe('1.25');
    expect(await total('week', 'consultations')).toBe('20'); // 12 + 3 seeded, 5 through the form
    expect(await total('week', 'publicityEvents')).toBe(String(NEW_YEAR_IN_WEEK));

    // one row per township, the county's own work last
    const townships = await page.getByTestId('week-township-table').locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();
    expect(townships).toEqual(['城关镇', '新城镇', '县本级']);
    const headers = await page.getByTestId('week-township-table').locator('.ant-table-thead th').allTextContents();
    for (const group of ['在建项目及五项制度', '工资保证金', '欠薪线索办理', '日常工作']) expect(headers).toContain(group);
    expect(await page.getByTestId('week-total').locator('td').first().evaluate((td) => (globalThis as unknown as PageGlobals).getComputedStyle(td).fontWeight)).toBe('700');

    expect(await sourceTotal('week', 'received')).toBe('1');
    expect(await sourceTotal('week', 'closureRate')).toBe('100.00%');
    expect(await sourceTotal('week', 'amountResolvedFen')).toBe('1.25');
    const sources = await page.getByTestId('week-source-table').locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();
    expect(sources).toEqual(['国家平台']);
    await shot('weekly-report.png');
    // the right-hand groups, scrolled into view the way the clerk scrolls the wide table
    await page.getByTestId('week-total-materialsHandedOut').scrollIntoViewIfNeeded();
    await shot('weekly-report-right.png');
  });

  it('picks last week from the calendar: the register stays, the work done this week drops out', async () => {
    const lastWeek = isoWeekOf(toIsoDate(new Date(Date.now() - 7 * 86_400_000)));
    const lastMonday = weekRange(lastWeek).from;
    await page.getByTestId('report-week').click();
    const popup = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    await popup.waitFor();
    await settled(popup);
    await shot('weekly-report-week-picker.png');
    // when this week starts the month, last week is on the previous month's page
    if ((await popup.locator(`td[title="${lastMonday}"]`).count()) === 0) await popup.locator('.ant-picker-header-prev-btn').click();
    await popup.locator(`td[title="${lastMonday}"]`).click();
    await expect.poll(() => page.getByTestId('report-title').textContent()).toBe(`秦安县根治欠薪工作周报（${weekLabel(lastWeek)}）`);
    await expect.poll(() => total('week', 'cluesClosed')).toBe('0');
    expect(await total('week', 'projectsUnderway')).toBe('2');
    expect(await total('week', 'consultations')).toBe('0');

    await page.getByTestId('report-this-week').click();
    await expect.poll(() => total('week', 'cluesClosed')).toBe('1');
    expect(await page.getByTestId('report-week').inputValue()).toBe(weekLabel(WEEK));
  });

  it('switches to 本年累计, which counts from 1 January', async () => {
    await page.getByTestId('report-tab-year').click();
    await page.getByTestId('year-panel').waitFor();
    expect(await page.getByTestId('year-period').textContent()).toContain(`${Number(YEAR)}年1月1日至`);
    expect(await total('year', 'publicityEvents')).toBe('1');
    expect(await total('year', 'consultations')).toBe('20');
    expect(await total('year', 'closureRate')).toBe('100.00%');
  });

  it('answers for a campaign window picked by the clerk', async () => {
    await page.getByTestId('report-tab-period').click();
    await page.getByTestId('period-panel').waitFor();
    await expect.poll(() => total('period', 'township')).toBe('合计');
    expect(await total('period', 'cluesClosed')).toBe('1');
    await shot('weekly-report-period.png');
  });

  it('exports the weekly workbook and says where it went', async () => {
    await page.getByTestId('report-tab-week').click();
    await page.getByTestId('report-export').click();
    const fileName = `秦安县根治欠薪工作周报（${weekLabel(WEEK)}）.xlsx`;
    await page.getByTestId('report-export-result').waitFor();
    expect(await page.getByTestId('report-export-file').textContent()).toBe(`已导出：${fileName}`);
    const shownPath = await page.getByTestId('report-export-path').textContent();
    expect(shownPath).toBe(path.join(path.dirname(app.dbPath), '导出', fileName));

    await page.getByTestId('report-export-copy').click();
    await message('已复制文件路径').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText())).toBe(shownPath);
    await shot('weekly-report-exported.png');
  });
});
