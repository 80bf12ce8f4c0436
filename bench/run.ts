import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LedgerRecord } from '../shared/contract';
import { openLedger } from '../electron/core/ledger';
import { chromiumPath } from '../tests/e2e/support/browser';
import { benchGrid, type GridResult } from './grid-bench';
import { machineInfo } from './machine';
import { benchSave, type SaveResult } from './save-bench';
import { seedProjects, type Seeding } from './seed-ledger';
import { round, summarize, type Timing } from './stats';

/**
 * `npm run bench`: the product's budgets, each beside the bare library doing the same work in the same run.
 *   (a) one save in the core (validate + write + audit) on a ledger of 10,000 projects, median of ≥200;
 *   (b) the projects grid's first page in Chromium with 10,000 projects, navigation start to first rows painted.
 * Prints a table and writes bench/results/latest.json.
 */
const PROJECTS = 10_000;
const SAVE_RUNS = Number(process.env['BENCH_SAVE_RUNS'] ?? 300);
const GRID_RUNS = Number(process.env['BENCH_GRID_RUNS'] ?? 5);
const TARGETS = { saveMs: 5, firstPageMs: 500 };

interface Row {
  path: string;
  ours: number | null;
  bare: number;
  ratio: number | null;
  target: string;
  met: boolean | null;
  unit: 'ms';
  detail: Record<string, unknown>;
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
const dbPath = path.join(folder, 'ledger.db');
const browserPath = ((): string | null => {
  try {
    return chromiumPath() || null;
  } catch {
    return null;
  }
})();

try {
  console.log(`基准测试：${PROJECTS}个项目的台账（${folder}）`);
  const ledger = openLedger({ dbPath, operator: '基准测试' });
  let save: SaveResult;
  let rows: LedgerRecord[];
  let seeding: Seeding;
  let coreList: Timing & { jsonMB: number };
  try {
    seeding = await seedProjects(ledger, PROJECTS);
    console.log(
      `  写入${seeding.projects}个项目：演示县经服务写入${seeding.demoSeconds}秒，其余一个事务批量写入${seeding.bulkSeconds}秒（约${seeding.bulkRowsPerSecond}行/秒，含审计行）`,
    );
    save = await benchSave(ledger, folder, SAVE_RUNS);
    // what the grid asks the core for; timed in-process as a clue to where the first page's time goes
    const listTimes: number[] = [];
    let listed: Awaited<ReturnType<typeof ledger.call>> | null = null;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      listed = await ledger.call('projects.list', {});
      listTimes.push(performance.now() - started);
    }
    if (!listed?.ok) throw new Error(listed?.error.message ?? 'projects.list failed');
    rows = listed.value as LedgerRecord[];
    coreList = { ...summarize(listTimes), jsonMB: round(Buffer.byteLength(JSON.stringify(rows)) / 1e6, 1) };
    console.log(`  核心 projects.list（${rows.length}条，进程内）：中位数${coreList.median.toFixed(0)}毫秒，JSON ${coreList.jsonMB} MB`);
  } finally {
    await ledger.close();
  }

  let grid: GridResult | null = null;
  let gridError: string | null = null;
  if (browserPath) {
    try {
      grid = await benchGrid(dbPath, rows, folder, GRID_RUNS);
    } catch (error) {
      gridError = error instanceof Error ? error.message : String(error);
    }
  } else {
    gridError = '找不到 Chromium（apt install chromium，或设置 CHROMIUM_PATH）';
  }

  const table: Row[] = [
    {
      path: 'save: projects.update (validate + write + audit)',
      ours: save.ours.median,
      bare: save.bare.median,
      ratio: round(save.ours.median / save.bare.median, 2),
      target: `< ${TARGETS.saveMs} ms median`,
      met: save.ours.median < TARGETS.saveMs,
      unit: 'ms',
      detail: { ours: save.ours, bare: save.bare, projectId: save.projectId, bareWork: 'prepared UPDATE of the same row + INSERT into audit_log in one transaction, WAL, synchronous=FULL' },
    },
  ];
  if (grid) {
    table.push({
      path: 'grid: 项目台账 first page, navigation start → first rows painted',
      ours: grid.ours?.timing.median ?? null,
      bare: grid.bare.timing.median,
      ratio: grid.ours ? round(grid.ours.timing.median / grid.bare.timing.median, 2) : null,
      target: `< ${TARGETS.firstPageMs} ms`,
      met: grid.ours ? grid.ours.timing.median < TARGETS.firstPageMs : null,
      unit: 'ms',
      detail: { ours: grid.ours, oursSkipped: grid.oursSkipped, bare: grid.bare, coreProjectsListInProcess: coreList, bareWork: 'AG Grid client-side row model, same 10,000 records fetched as JSON, visible catalog columns' },
    });
  }

  printTable(table);
  if (grid?.oursSkipped) console.log(`项目台账未测：${grid.oursSkipped}`);
  if (grid) {
    for (const [name, side] of [['本程序', grid.ours], ['裸 AG Grid', grid.bare]] as const) {
      if (side) console.log(`${name}最后一次首屏的时间分布（毫秒，自导航开始）：${JSON.stringify(side.lastRunBreakdown)}`);
    }
  }
  if (gridError) console.log(`表格首屏未测：${gridError}`);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: machineInfo(browserPath),
    projects: PROJECTS,
    seeding,
    results: table,
    ...(gridError ? { gridError } : {}),
  };
  const out = path.resolve(import.meta.dirname, 'results/latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`结果已写入 ${path.relative(process.cwd(), out)}`);
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}

function printTable(rows: Row[]): void {
  const header = ['path', 'ours', 'bare library', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => [
    r.path,
    r.ours === null ? '—' : `${r.ours.toFixed(2)} ms`,
    `${r.bare.toFixed(2)} ms`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const width = (text: string): number => [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const line = (values: string[]): string => values.map((v, i) => v + ' '.repeat((widths[i] ?? 0) - width(v))).join(' | ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
  console.log('');
}
