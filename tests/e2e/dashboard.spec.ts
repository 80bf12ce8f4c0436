import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/contract/client';
import type { InputOf } from '../../shared/contract';
import type { TownshipStats, WeeklyReport } from '../../shared/contract/reports';
import type { WarningKind } from '../../shared/contract/warnings';
import type { Result } from '../../shared/errors';
import { toIsoDate } from '../../shared/dates';
import { formatFenAsWanYuan } from '../../shared/money';
import { FIGURE_GROUPS } from '../../renderer/features/dashboard/figures';
import { launchApp } from './support/app';
import { navigationItems } from './support/navigation';

/** The page's globals as the test reaches them (this file is compiled without the DOM library). */
type PageGlobals = { ledger: Bridge; document: { querySelector(selector: string): unknown } };

/**
 * The morning screen: a ledger with a government-invested project whose bank guarantee runs out in ten days, a
 * national-platform clue closed this week with wages recovered, another still open and an overdue problem. The clerk
 * opens 工作台, reads the figures (the same as the weekly report's), follows the guarantee warning to the project,
 * clicks the 国家平台 bar and a township bar to land on the clue ledger filtered to the clues behind them, a slice of
 * the problem chart to land on the problem ledger's view, and 刷新 after a new project brings new warnings.
 * Dates are computed from today, so the spec holds on any day.
 */
/** Today moved by whole calendar days (setDate, so a daylight-saving change never shifts the date). */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}
const TODAY = daysFromToday(0);
const IN_TEN_DAYS = daysFromToday(10);
const LAST_WEEK = daysFromToday(-7);
const PROJECT = '东关小学教学楼工程';
const RECOVERED_FEN = 1_250_000; // 12,500.00元 = 1.25万元
const OPEN_OWED_FEN = 800_000; // 8,000.00元 = 0.80万元

let app: Awaited<ReturnType<typeof launchApp>>;
let page: Page;
let projectId = 0;

const shot = (name: string) => page.screenshot({ path: path.join(app.screenshotDir, name), fullPage: false });

async function navigate(label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}

/** Calls the core through the page's bridge, the way the pages do. */
async function ask<T>(what: 'weekly' | 'warningCounts'): Promise<T> {
  const result = await page.evaluate(async (w) => {
    const ledger = (globalThis as unknown as PageGlobals).ledger;
    return w === 'weekly' ? ledger.reports.weekly({}) : ledger.warnings.counts({});
  }, what);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

type ClueActInput = InputOf<'clues.act'>;

async function seed(): Promise<number> {
  const outcome = await page.evaluate(
    async ({ today, inTenDays, lastWeek, project, recovered, owed }) => {
      const ledger = (globalThis as unknown as PageGlobals).ledger;
      const step = async <T,>(call: Promise<Result<T>>): Promise<T> => {
        const result = await call;
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      try {
        await step(ledger.settings.update({ countyName: '秦安县', townships: ['城关镇', '新城镇', '兴国镇'] }));
        const created = await step(
          ledger.projects.create({
            values: {
              name: project,
              projectType: '房建',
              investmentType: '政府投资',
              township: '城关镇',
              department: '住建局',
              status: '在建',
              startDate: lastWeek,
              realNameInPlace: true,
              registeredWorkers: 60,
              wageAccountOpened: true,
              wageAccountNumber: '6222021234567891234',
              bankPayrollInPlace: true,
              rightsBoardInPlace: true,
              zeroArrearsPledgeSigned: true,
              depositForm: '银行保函',
              depositAmount: 50_000_000, // 50万元 by bank guarantee
              guaranteeExpiryDate: inTenDays,
              contractsDue: 60,
              contractsSigned: 60,
            },
          }),
        );
        // a clue received and closed today, with wages recovered
        let clue = await step(
          ledger.clues.create({
            values: { source: '国家平台', receivedDate: today, township: '城关镇', sector: '工程建设', complainantName: '王五', employerName: '城南建筑劳务有限公司', projectId: created.id, workersInvolved: 3, amountInvolved: recovered },
          }),
        );
        const act = async (action: ClueActInput['action'], extra: Partial<ClueActInput> = {}) => {
          clue = await step(ledger.clues.act({ id: clue.id, version: clue.version, action, ...extra }));
        };
        await act('accept');
        await act('assign', { township: '城关镇', department: '住建局' });
        await act('feedback', { conclusion: '已解决', workersResolved: 3, amountResolved: recovered });
        await act('close');
        // still open: the wages the project owes
        await step(
          ledger.clues.create({
            values: { source: '国家平台', receivedDate: today, township: '新城镇', sector: '工程建设', complainantName: '赵六', employerName: '新城建设工程有限公司', projectId: created.id, workersInvolved: 2, amountInvolved: owed },
          }),
        );
        await step(ledger.clues.create({ values: { source: '12345热线', receivedDate: today, township: '兴国镇', sector: '非工程建设', anonymous: true, employerName: '兴国商贸有限公司', workersInvolved: 1, amountInvolved: 300_000 } }));
        // a problem past its rectification deadline
        await step(ledger.problems.create({ values: { projectId: created.id, checkItem: '其他', description: '未按月足额支付工资', responsibleUnit: '城南建筑劳务有限公司', foundDate: lastWeek, deadline: lastWeek } }));
        return { id: created.id, error: null };
      } catch (error) {
        return { id: 0, error: (error as Error).message };
      }
    },
    { today: TODAY, inTenDays: IN_TEN_DAYS, lastWeek: LAST_WEEK, project: PROJECT, recovered: RECOVERED_FEN, owed: OPEN_OWED_FEN },
  );
  if (outcome.error) throw new Error(`seeding failed: ${outcome.error}`);
  return outcome.id;
}

/** A figure as the weekly report prints it: money in 万元 with two decimals, everything else as it comes. */
function expectedText(stats: TownshipStats, key: keyof TownshipStats): string {
  const value = stats[key];
  return key.endsWith('Fen') ? formatFenAsWanYuan(Number(value)) : String(value);
}

/** Where ECharts lays out one bar (a rectangle) or one pie slice (a sector, angles in radians, clockwise). */
type Shape = { x: number; y: number; width: number; height: number } | { cx: number; cy: number; r: number; r0: number; startAngle: number; endAngle: number };

/** The middle of a bar or of a slice, in the chart's own pixels. */
function middle(shape: Shape): { x: number; y: number } {
  if ('cx' in shape) {
    const angle = (shape.startAngle + shape.endAngle) / 2;
    const radius = (shape.r + shape.r0) / 2;
    return { x: shape.cx + radius * Math.cos(angle), y: shape.cy + radius * Math.sin(angle) };
  }
  // a bar growing upwards from the axis has a negative height
  return { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
}

/** How far the drawn shape still is from its final layout (the chart animates in). */
function remaining(drawn: Shape, layout: Shape): number {
  if ('cx' in drawn && 'cx' in layout) return Math.abs(drawn.endAngle - layout.endAngle) + Math.abs(drawn.r - layout.r);
  if (!('cx' in drawn) && !('cx' in layout)) return Math.abs(drawn.height - layout.height);
  return Number.POSITIVE_INFINITY;
}

/**
 * From 工作台, clicks a township's bar in the 追回欠薪 chart (this year) and waits for the clue ledger it opens;
 * returns the township's row of the weekly report the chart was drawn from.
 */
async function openTownshipRecoveryBar(township: string): Promise<TownshipStats | undefined> {
  await navigate('工作台');
  const weekly = await ask<WeeklyReport>('weekly');
  const at = weekly.yearToDate.rows.findIndex((r) => r.township === township);
  await clickChartItem('chart-townships', 0, at);
  await page.getByTestId('page-clues').waitFor();
  expect(decodeURIComponent(page.url())).toContain(`township=${township}`);
  return weekly.yearToDate.rows[at];
}

/**
 * Clicks item `dataIndex` of series `seriesIndex` (a bar or a slice) with the mouse. A canvas has no element per bar,
 * so the chart's instance (on its element, put there for this) says where the item is drawn; the click then goes
 * through the canvas and ECharts' own hit test, as a clerk's would. It first waits for the chart to finish growing,
 * so the click lands on the item and not on the space it is still growing into.
 */
async function clickChartItem(testId: string, seriesIndex: number, dataIndex: number): Promise<void> {
  const chart = page.getByTestId(testId);
  await chart.waitFor();
  // the charts sit below the figures: bring this one into the window, where the mouse can reach it
  await chart.scrollIntoViewIfNeeded();
  const item = async () =>
    page.evaluate(
      ({ selector, seriesIndex, dataIndex }) => {
        type Data = { getItemLayout(i: number): Shape; getItemGraphicEl(i: number): { shape: Shape } | undefined };
        type Instance = { getModel(): { getSeriesByIndex(i: number): { getData(): Data } | undefined } };
        const host = (globalThis as unknown as PageGlobals).document.querySelector(selector) as { __chart?: Instance } | null;
        const data = host?.__chart?.getModel().getSeriesByIndex(seriesIndex)?.getData();
        if (!data) return null;
        return { layout: data.getItemLayout(dataIndex), drawn: data.getItemGraphicEl(dataIndex)?.shape ?? null };
      },
      { selector: `[data-testid="${testId}"]`, seriesIndex, dataIndex },
    );
  await expect.poll(async () => {
    const found = await item();
    return found?.drawn ? remaining(found.drawn, found.layout) < 0.5 : false;
  }).toBe(true);
  const found = await item();
  const box = await chart.boundingBox();
  if (!found || !box) throw new Error(`no item ${seriesIndex}/${dataIndex} in ${testId}`);
  const point = middle(found.layout);
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

describe('工作台', () => {
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.getByTestId('page-projects').waitFor();
    projectId = await seed();
    await page.reload();
    await page.getByTestId('page-projects').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is the first menu item and carries the warning count as a badge, and 线索台账 no badge while nothing is overdue', async () => {
    const items = await navigationItems(page);
    expect(items[0]).toMatch(/^工作台/);
    expect(items[1]).toBe('线索台账');
    const counts = await ask<Record<WarningKind, number>>('warningCounts');
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('nav-badge-dashboard').textContent(), { timeout: 5_000 }).toBe(String(total));
    expect(await page.getByTestId('nav-badge-clues').count()).toBe(0);
  });

  it("shows this week's and the year's figures exactly as reports.weekly gives them", async () => {
    await navigate('工作台');
    await page.getByTestId('page-dashboard').waitFor();
    const weekly = await ask<WeeklyReport>('weekly');
    await expect.poll(() => page.getByTestId('dashboard-period').textContent()).toContain(weekly.thisWeek.period.label);
    for (const group of FIGURE_GROUPS) {
      for (const { key } of group.items) {
        expect(await page.getByTestId(`figure-ytd-${key}`).textContent(), `本年累计 ${key}`).toBe(expectedText(weekly.yearToDate.total, key));
        if (group.register) expect(await page.getByTestId(`figure-week-${key}`).count()).toBe(0);
        else expect(await page.getByTestId(`figure-week-${key}`).textContent(), `本周 ${key}`).toBe(expectedText(weekly.thisWeek.total, key));
      }
    }
    // and they are the seeded ledger's, not zeros that happen to agree
    expect(await page.getByTestId('figure-week-cluesReceived').textContent()).toBe('3');
    expect(await page.getByTestId('figure-week-cluesClosed').textContent()).toBe('1');
    expect(await page.getByTestId('figure-week-amountResolvedFen').textContent()).toBe('1.25');
    expect(await page.getByTestId('figure-ytd-depositFen').textContent()).toBe('50.00');
    expect(await page.getByTestId('figure-ytd-realNameRate').textContent()).toBe('100.00%');

    // 两清零: the project still owes the open clue's 0.80万元; 1.25万元 was cleared this year
    expect(await page.getByTestId('clearance-projects').textContent()).toBe('1');
    expect(await page.getByTestId('clearance-remaining').textContent()).toBe('0.80');
    expect(await page.getByTestId('clearance-cleared').textContent()).toBe('1.25');
    // everything the clerk reads is Chinese (the charts draw on a canvas, so their words are checked in the pictures)
    expect(await page.getByTestId('page-dashboard').innerText()).not.toMatch(/[A-Za-z]{2,}/);
    await page.getByTestId('chart-closure-trend').waitFor();
    await page.getByTestId('chart-problems').waitFor();
    await page.waitForTimeout(1200); // let the charts finish growing before the picture
    await shot('dashboard-overview.png');
    await page.getByTestId('dashboard-clearance').scrollIntoViewIfNeeded();
    await shot('dashboard-charts.png');
  });

  it('lists the guarantee expiring in ten days under 保函即将到期 and opens the project on click', async () => {
    const warning = page.getByTestId(`warning-guaranteeExpiring-${projectId}`);
    await warning.waitFor();
    expect(await warning.textContent()).toContain(PROJECT);
    expect(await warning.textContent()).toContain(`将于${IN_TEN_DAYS}到期（还有10天）`);
    expect(await page.getByTestId('warning-count-guaranteeExpiring').textContent()).toBe('1');
    await page.getByTestId('dashboard-warnings').screenshot({ path: path.join(app.screenshotDir, 'dashboard-warnings.png') });
    await warning.click();
    await page.getByTestId('page-project-dossier').waitFor();
    expect(page.url()).toContain(`#/projects/${projectId}`);
    await expect.poll(() => page.getByTestId('dossier-title').textContent()).toContain(PROJECT);
  });

  it('opens the clue ledger filtered to 国家平台 when the 国家平台 bar is clicked', async () => {
    await navigate('工作台');
    const weekly = await ask<WeeklyReport>('weekly');
    const sources = weekly.yearToDate.bySource;
    const national = sources.find((r) => r.key === '国家平台');
    expect(national?.received).toBe(2);
    // the chart lists the sources in the code list's order: 国家平台 first
    await clickChartItem('chart-sources', 0, 0);
    await page.getByTestId('page-clues').waitFor();
    expect(decodeURIComponent(page.url())).toContain(`#/clues?view=all&source=国家平台&received=${weekly.yearToDate.period.from}~${weekly.yearToDate.period.to}`);
    await expect.poll(() => page.getByTestId('grid-count-total').textContent(), { timeout: 10_000 }).toBe('共3条');
    await expect.poll(() => page.getByTestId('grid-count-filtered').textContent(), { timeout: 10_000 }).toBe('筛选后2条');
    const sourceCells = await page.locator('[data-testid="grid-clues"] .ag-row [col-id="source"]').allTextContents();
    expect(sourceCells).toEqual(['国家平台', '国家平台']);
    await shot('dashboard-source-click.png');
  });

  it('opens the clues closed in a township when its 追回欠薪 bar is clicked', async () => {
    const row = await openTownshipRecoveryBar('城关镇');
    expect(row?.amountResolvedFen).toBe(RECOVERED_FEN);
    await expect.poll(() => page.getByTestId('grid-count-filtered').textContent(), { timeout: 10_000 }).toBe('筛选后1条');
  });

  it('opens the clues the report counts under a township, 交办乡镇 standing in for a blank 发生地乡镇, until the tag is closed', async () => {
    // closed today with no 发生地乡镇, assigned to 新城镇: the report counts its wages under 新城镇
    const extra = 120_000;
    const created = await page.evaluate(
      async ({ today, amount }) => {
        const ledger = (globalThis as unknown as PageGlobals).ledger;
        let clue = await ledger.clues.create({ values: { source: '12345热线', receivedDate: today, sector: '非工程建设', anonymous: true, employerName: '新城小吃店', workersInvolved: 1, amountInvolved: amount } });
        for (const [action, extraInput] of [
          ['accept', {}],
          ['assign', { township: '新城镇', department: '住建局' }],
          ['feedback', { conclusion: '已解决', workersResolved: 1, amountResolved: amount }],
          ['close', {}],
        ] as const) {
          if (!clue.ok) return clue.error.message;
          clue = await ledger.clues.act({ id: clue.value.id, version: clue.value.version, action, ...extraInput });
        }
        return clue.ok ? null : clue.error.message;
      },
      { today: TODAY, amount: extra },
    );
    expect(created).toBeNull();
    const row = await openTownshipRecoveryBar('新城镇');
    expect(row?.amountResolvedFen).toBe(extra);
    expect(await page.getByTestId('clue-township-scope').textContent()).toBe('统计乡镇：新城镇');
    // the one clue behind the bar: 发生地乡镇 blank, counted where it was assigned
    await expect.poll(() => page.getByTestId('grid-count-filtered').textContent(), { timeout: 10_000 }).toBe('筛选后1条');
    expect(await page.locator('[data-testid="grid-clues"] .ag-row [col-id="source"]').allTextContents()).toEqual(['12345热线']);
    await shot('dashboard-township-scope.png');
    // closing the tag leaves the period's filter: every clue closed this year
    await page.getByTestId('clue-township-scope').locator('.ant-tag-close-icon').click();
    await expect.poll(() => page.getByTestId('grid-count-filtered').textContent()).toBe('筛选后2条');
    expect(await page.getByTestId('clue-township-scope').count()).toBe(0);
  });

  it('opens the problem ledger on 待整改 from the problem chart, and the overdue problem from its warning', async () => {
    await navigate('工作台');
    // slices in the order 待整改, 待复核, 已销号: the one problem is still to be fixed
    await clickChartItem('chart-problems', 0, 0);
    await page.getByTestId('page-problems').waitFor();
    expect(page.url()).toContain('#/problems?view=pending');
    await expect.poll(() => page.getByTestId('grid-count-total').textContent(), { timeout: 10_000 }).toBe('共1条');

    await navigate('工作台');
    await page.locator('[data-testid^="warning-problemOverdue-"]').click();
    await page.getByTestId('page-problems').waitFor();
    await page.locator('.ant-drawer-content-wrapper').waitFor();
    expect(page.url()).toMatch(/#\/problems\/\d+$/);
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
  });
  it('re-reads the warnings and the menu badge on 刷新', async () => {
    await navigate('工作台');
    await page.getByTestId('dashboard-warnings').waitFor();
    const before = Object.values(await ask<Record<WarningKind, number>>('warningCounts')).reduce((a, b) => a + b, 0);
    // a project registered elsewhere meanwhile, without its wage account, board or pledge: two more warnings
    await page.evaluate(async () => {
      const ledger = (globalThis as unknown as PageGlobals).ledger;
      const created = await ledger.projects.create({ values: { name: '西关污水管网工程', projectType: '市政', investmentType: '政府投资', township: '新城镇', department: '住建局', status: '在建' } });
      if (!created.ok) throw new Error(created.error.message);
    });
    const after = Object.values(await ask<Record<WarningKind, number>>('warningCounts')).reduce((a, b) => a + b, 0);
    expect(after).toBe(before + 2);
    await page.getByTestId('dashboard-reload').click();
    await expect.poll(() => page.getByTestId('nav-badge-dashboard').textContent(), { timeout: 5_000 }).toBe(String(after));
    await expect.poll(() => page.getByTestId('dashboard-warnings').locator('.ant-card-head-title').textContent(), { timeout: 5_000 }).toBe(`预警（${after}条）`);
  });
});
