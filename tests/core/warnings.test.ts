import { describe, expect, it } from 'vitest';
import type { LedgerRecord, Warning } from '../../shared/contract';
import type { ProblemRecord, ProposedProblem } from '../../shared/contract/inspections';
import type { Ledger } from '../../electron/core/ledger';
import { act, newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, projectValues, valueOf } from './helpers';

const at = (iso: string) => () => new Date(`${iso}T09:00:00+08:00`);
const COMPLETE = { wageAccountOpened: true, wageAccountNumber: '6222021234567891234', rightsBoardInPlace: true, zeroArrearsPledgeSigned: true };

async function warningsAt(dbPath: string, today: string): Promise<Warning[]> {
  const ledger = freshLedger({ dbPath, now: at(today) });
  const warnings = valueOf(await ledger.call('warnings.list', {})) as Warning[];
  await ledger.close();
  return warnings;
}

const kinds = (warnings: Warning[], kind: string) => warnings.filter((w) => w.kind === kind).map((w) => w.title);

async function setup(build: (ledger: Ledger) => Promise<void>): Promise<string> {
  const ledger = freshLedger({ now: at('2026-11-01') });
  await seedClueSettings(ledger);
  await build(ledger);
  await ledger.close();
  return ledger.ctx.dbPath;
}

describe('warnings', () => {
  it('warns of a guarantee expiring within 30 days, not at 31, and of one expired', async () => {
    const db = await setup(async (ledger) => {
      valueOf(await ledger.call('projects.create', { values: projectValues({ name: '保函项目', ...COMPLETE, depositForm: '银行保函', depositAmount: 100_000_00, guaranteeExpiryDate: '2026-12-31' }) }));
    });
    expect(kinds(await warningsAt(db, '2026-11-30'), 'guaranteeExpiring')).toEqual([]); // 31 days left
    const inWindow = (await warningsAt(db, '2026-12-01')).filter((w) => w.kind === 'guaranteeExpiring');
    expect(inWindow).toEqual([expect.objectContaining({ title: '保函项目', severity: 'medium', message: '银行保函将于2026-12-31到期（还有30天）', entity: 'projects' })]);
    expect((await warningsAt(db, '2027-01-01')).find((w) => w.kind === 'guaranteeExpiring')?.severity).toBe('high');
  });

  it('warns of a required deposit not stored 30 days after the start', async () => {
    const db = await setup(async (ledger) => {
      valueOf(await ledger.call('projects.create', { values: projectValues({ name: '大项目', ...COMPLETE, contractPrice: 10_000_000_00, startDate: '2026-10-01' }) }));
      valueOf(await ledger.call('projects.create', { values: projectValues({ name: '免缴项目', ...COMPLETE, contractPrice: 1_000_000_00, startDate: '2026-10-01' }) }));
    });
    expect(kinds(await warningsAt(db, '2026-10-31'), 'depositMissing')).toEqual([]); // exactly 30 days
    expect(kinds(await warningsAt(db, '2026-11-01'), 'depositMissing')).toEqual(['大项目']);
  });

  it('warns of a missing wage account and of a missing board, pledge or contracts', async () => {
    const db = await setup(async (ledger) => {
      valueOf(await ledger.call('projects.create', { values: projectValues({ name: '齐全', ...COMPLETE, contractsDue: 10, contractsSigned: 10 }) }));
      valueOf(await ledger.call('projects.create', { values: projectValues({ name: '缺项', rightsBoardInPlace: true, contractsDue: 10, contractsSigned: 8 }) }));
      valueOf(await ledger.call('projects.create', { values: projectValues({ name: '已完工', status: '完工' }) }));
    });
    const warnings = await warningsAt(db, '2026-11-02');
    expect(kinds(warnings, 'wageAccountMissing')).toEqual(['缺项']);
    expect(warnings.find((w) => w.kind === 'projectGaps')).toMatchObject({ title: '缺项', message: '缺少：零欠薪承诺书、劳动合同（已签8/应签10）' });
  });

  it('warns of a clue due within two working days or past, each opening the clue', async () => {
    let clueId = 0;
    const db = await setup(async (ledger) => {
      let clue = await newClue(ledger, { receivedDate: '2026-11-02' });
      clue = await act(ledger, clue, 'accept', { date: '2026-11-02' });
      clue = await act(ledger, clue, 'assign', { date: '2026-11-02', township: '城关镇' }); // deadline 2026-11-16 (Mon)
      clueId = clue.id;
    });
    expect(kinds(await warningsAt(db, '2026-11-11'), 'clueDueSoon')).toEqual([]); // Wed: 3 working days left
    const dueSoon = (await warningsAt(db, '2026-11-12')).find((w) => w.kind === 'clueDueSoon');
    expect(dueSoon).toMatchObject({ entity: 'clues', entityId: clueId, severity: 'medium' });
    expect(kinds(await warningsAt(db, '2026-11-16'), 'clueOverdue')).toEqual([]);
    expect((await warningsAt(db, '2026-11-17')).find((w) => w.kind === 'clueOverdue')).toMatchObject({ entityId: clueId, severity: 'high' });
  });

  it('warns of a problem past its deadline', async () => {
    const db = await setup(async (ledger) => {
      const project = valueOf(await ledger.call('projects.create', { values: projectValues({ ...COMPLETE }) })) as LedgerRecord;
      const checks = { checkPledge: '合格', checkContracts: '合格', checkRealName: '合格', checkBoard: '不合格', checkDeposit: '合格', checkAccount: '合格', checkBankPayroll: '合格' };
      const inspection = valueOf(await ledger.call('inspections.create', { values: { title: '检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-01', inspectors: '张三、李四', ...checks } })) as LedgerRecord;
      const proposed = valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id })) as ProposedProblem[];
      valueOf(await ledger.call('problems.createFromInspection', { inspectionId: inspection.id, problems: proposed.map((p) => ({ ...p, responsibleUnit: '某建筑公司' })) })) as ProblemRecord[]; // deadline 11-16
    });
    expect(kinds(await warningsAt(db, '2026-11-16'), 'problemOverdue')).toEqual([]);
    expect((await warningsAt(db, '2026-11-17')).filter((w) => w.kind === 'problemOverdue')).toHaveLength(1);
  });

  it('warns of a supervised clue without progress for 15 days', async () => {
    const db = await setup(async (ledger) => {
      let clue = await newClue(ledger, { receivedDate: '2026-11-01' });
      clue = await act(ledger, clue, 'accept', { date: '2026-11-01' });
      valueOf(await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'supervised', on: true, reason: '群体性', date: '2026-11-02' }));
    });
    expect(kinds(await warningsAt(db, '2026-11-17'), 'supervisedIdle')).toEqual([]); // 15 days
    expect(kinds(await warningsAt(db, '2026-11-18'), 'supervisedIdle')).toHaveLength(1);
    const counts = await (async () => {
      const ledger = freshLedger({ dbPath: db, now: at('2026-11-18') });
      const result = valueOf(await ledger.call('warnings.counts', {})) as Record<string, number>;
      await ledger.close();
      return result;
    })();
    expect(counts.supervisedIdle).toBe(1);
  });
});
