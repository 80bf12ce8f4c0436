import { describe, expect, it } from 'vitest';
import type { Clearance, StatsTable, WeeklyReport } from '../../shared/contract/reports';
import type { LedgerRecord } from '../../shared/contract';
import { isoWeekOf, weekRange } from '../../electron/core/reports/weeks';
import { act, clueInState, newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, projectValues, valueOf } from './helpers';

const at = (iso: string) => () => new Date(`${iso}T09:00:00+08:00`);

describe('ISO weeks', () => {
  it('numbers weeks from Monday, as the city and province do', () => {
    expect(isoWeekOf('2026-11-27')).toBe('2026-W48');
    expect(weekRange('2026-W48')).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53'); // a Friday belongs to the last week of 2026
    expect(weekRange('2026-W01').from).toBe('2025-12-29');
  });
});

describe('weekly statistics', () => {
  it('counts the register, the week and the year to date per township, with a total', async () => {
    const ledger = freshLedger({ now: at('2026-11-27') });
    await seedClueSettings(ledger); // townships 城关镇, 西川镇
    const contractor = valueOf(await ledger.call('companies.create', { values: { name: '总包公司', roles: ['施工总承包'] } })) as LedgerRecord;
    const project = (values: Record<string, unknown>) => ledger.call('projects.create', { values: projectValues({ contractorId: contractor.id, ...values }) });
    valueOf(await project({ name: '甲', realNameInPlace: true, wageAccountOpened: true, wageAccountNumber: '6222021234567891234', depositAmount: 1_000_000_00, contractsDue: 10, contractsSigned: 10, registeredWorkers: 40 }));
    valueOf(await project({ name: '乙', township: '西川镇', realNameInPlace: true, contractsDue: 5, contractsSigned: 4, registeredWorkers: 20 }));
    valueOf(await project({ name: '丙', township: '西川镇', status: '已销户' }));

    // a clue received last week and closed this week; one received this week; one overdue
    let closed = await newClue(ledger, { receivedDate: '2026-11-17', township: '城关镇' });
    closed = await act(ledger, closed, 'accept', { date: '2026-11-17' });
    closed = await act(ledger, closed, 'assign', { date: '2026-11-18', township: '城关镇' });
    closed = await act(ledger, closed, 'feedback', { date: '2026-11-20', conclusion: '已解决', workersResolved: 3, amountResolved: 3_000_000 });
    await act(ledger, closed, 'close', { date: '2026-11-24' });
    await newClue(ledger, { receivedDate: '2026-11-25', township: '西川镇', source: '省平台' });
    const overdue = await clueInState(ledger, '已交办', { receivedDate: '2026-09-28', township: '西川镇' }); // deadline 2026-10-20
    valueOf(await ledger.call('clues.setFlag', { id: overdue.id, version: overdue.version, flag: 'caseFiled', on: true, caseNumber: '立〔2026〕1号', date: '2026-11-26' }));
    for (const [kind, count, township] of [['热线咨询', 12, null], ['热线咨询', 3, '城关镇'], ['调解纠纷', 2, '西川镇'], ['发放宣传资料', 500, null]] as const) {
      valueOf(await ledger.call('workLogs.create', { values: { date: '2026-11-26', kind, count, township } }));
    }
    valueOf(await ledger.call('workLogs.create', { values: { date: '2026-03-01', kind: '宣传活动', count: 1 } }));

    const report = valueOf(await ledger.call('reports.weekly', {})) as WeeklyReport;
    expect(report.week).toBe('2026-W48');
    expect(report.thisWeek.period).toEqual({ label: '2026年第48周', from: '2026-11-23', to: '2026-11-29' });
    expect(report.yearToDate.period).toMatchObject({ from: '2026-01-01', to: '2026-11-27' });

    const week = report.thisWeek;
    expect(week.rows.map((r) => r.township)).toEqual(['城关镇', '西川镇', '县本级']);
    const row = (table: StatsTable, township: string) => table.rows.find((r) => r.township === township);
    expect(row(week, '城关镇')).toMatchObject({ projectsUnderway: 1, realNameRate: '100.00%', depositProjects: 1, depositFen: 1_000_000_00, cluesReceived: 0, cluesClosed: 1, consultations: 3 });
    expect(row(week, '西川镇')).toMatchObject({ projectsUnderway: 1, contractRate: '80.00%', cluesReceived: 1, cluesOverdue: 1, casesOpened: 1, disputesMediated: 2 });
    expect(row(week, '县本级')).toMatchObject({ consultations: 12, materialsHandedOut: 500 });
    expect(week.total).toMatchObject({
      township: '合计',
      projectsUnderway: 2,
      realNameInPlace: 2,
      realNameRate: '100.00%',
      wageAccountRate: '50.00%',
      registeredWorkers: 60,
      contractsDue: 15,
      contractsSigned: 14,
      contractRate: '93.33%',
      cluesReceived: 1,
      cluesClosed: 1,
      closureRate: '100.00%',
      workersResolved: 3,
      amountResolvedFen: 3_000_000,
      consultations: 15,
      publicityEvents: 0,
    });
    expect(week.bySource.map((s) => [s.key, s.received, s.closed])).toEqual([
      ['国家平台', 0, 1],
      ['省平台', 1, 0],
    ]);
    expect(report.yearToDate.total).toMatchObject({ cluesReceived: 3, cluesClosed: 1, closureRate: '33.33%', publicityEvents: 1 });
  });

  it('answers for any campaign window', async () => {
    const ledger = freshLedger({ now: at('2026-11-27') });
    await seedClueSettings(ledger);
    await newClue(ledger, { receivedDate: '2026-10-15' });
    const table = valueOf(await ledger.call('reports.period', { from: '2026-10-01', to: '2026-12-31' })) as StatsTable;
    expect(table.period.label).toBe('2026年10月1日至2026年12月31日');
    expect(table.total.cluesReceived).toBe(1);
  });
});

describe('the year to date around new year', () => {
  it('counts week 53 of 2026 into 2026, even on the days it runs into 2027', async () => {
    const ledger = freshLedger({ now: at('2026-12-30') });
    await seedClueSettings(ledger);
    await newClue(ledger, { receivedDate: '2026-06-01' });
    const report = valueOf(await ledger.call('reports.weekly', {})) as WeeklyReport;
    expect(report.week).toBe('2026-W53');
    expect(report.yearToDate.period).toMatchObject({ from: '2026-01-01', to: '2026-12-30' });
    expect(report.yearToDate.total.cluesReceived).toBe(1);
  });
});

describe('两清零', () => {
  it('lists government-invested projects with open clues, largest first, and what their closed clues cleared in the period', async () => {
    const ledger = freshLedger({ now: at('2026-11-27') });
    await seedClueSettings(ledger);
    const contractor = valueOf(await ledger.call('companies.create', { values: { name: '总包公司', roles: ['施工总承包'] } })) as LedgerRecord;
    const project = async (name: string, investmentType: string) =>
      (valueOf(await ledger.call('projects.create', { values: projectValues({ name, investmentType, contractorId: contractor.id }) })) as LedgerRecord).id;
    const school = await project('第二小学教学楼', '政府投资');
    const road = await project('城南道路', '政府投资');
    const mall = await project('商业综合体', '社会投资');

    await newClue(ledger, { projectId: school, amountInvolved: 500_000 });
    await newClue(ledger, { projectId: school, amountInvolved: 300_000 });
    await newClue(ledger, { projectId: road, amountInvolved: 2_000_000 });
    await newClue(ledger, { projectId: mall, amountInvolved: 9_000_000 }); // not government-invested
    const deleted = await newClue(ledger, { projectId: road, amountInvolved: 7_000_000 });
    valueOf(await ledger.call('clues.delete', { id: deleted.id }));
    let cleared = await clueInState(ledger, '核处中', { projectId: school });
    cleared = await act(ledger, cleared, 'feedback', { date: '2026-11-20', conclusion: '已解决', workersResolved: 5, amountResolved: 1_250_000 });
    await act(ledger, cleared, 'close', { date: '2026-11-24' });
    await clueInState(ledger, '已办结', { projectId: school }); // closed 2026-10-13, before the period
    await clueInState(ledger, '已办结', { projectId: mall }); // not government-invested

    const result = valueOf(await ledger.call('reports.clearance', { from: '2026-11-01', to: '2026-11-27' })) as Clearance;
    expect(result.projects).toEqual([
      { id: road, name: '城南道路', openClues: 1, owedFen: 2_000_000 },
      { id: school, name: '第二小学教学楼', openClues: 2, owedFen: 800_000 },
    ]);
    expect(result).toMatchObject({ openClues: 3, remainingFen: 2_800_000, clearedClues: 1, clearedFen: 1_250_000 });
  });
});
