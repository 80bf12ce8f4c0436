import { describe, expect, it } from 'vitest';
import type { IssuedDocument, LedgerRecord } from '../../shared/contract';
import type { ClueRecord } from '../../shared/contract/clues';
import type { ProblemRecord, ProposedProblem } from '../../shared/contract/inspections';
import type { Ledger } from '../../electron/core/ledger';
import { act, clueInState, seedClueSettings } from './clue-helpers';
import { freshLedger, projectValues, valueOf } from './helpers';

const at = () => new Date('2026-11-27T09:00:00+08:00');
const ALL_PASS = { checkPledge: '合格', checkContracts: '合格', checkRealName: '合格', checkBoard: '合格', checkDeposit: '合格', checkAccount: '合格', checkBankPayroll: '合格' };

async function inspectionWithProblems(ledger: Ledger): Promise<{ inspection: LedgerRecord; problems: ProblemRecord[] }> {
  const contractor = valueOf(await ledger.call('companies.create', { values: { name: '陇城建筑公司', roles: ['施工总承包'] } })) as LedgerRecord;
  const project = valueOf(await ledger.call('projects.create', { values: projectValues({ contractorId: contractor.id }) })) as LedgerRecord;
  const inspection = valueOf(
    await ledger.call('inspections.create', {
      values: { title: '冬季专项检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-20', inspectors: '张三、李四', ...ALL_PASS, checkBoard: '不合格', checkDeposit: '不合格' },
    }),
  ) as LedgerRecord;
  const proposed = valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id })) as ProposedProblem[];
  const problems = valueOf(await ledger.call('problems.createFromInspection', { inspectionId: inspection.id, problems: proposed })) as ProblemRecord[];
  return { inspection, problems };
}

async function supervisedClue(ledger: Ledger): Promise<ClueRecord> {
  const clue = await clueInState(ledger, '已交办');
  return valueOf(await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'supervised', on: true, reason: '涉及人数多' })) as ClueRecord;
}

describe('issued documents', () => {
  it('issues a numbered rectification notice listing the problems, and links the problems to it', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    valueOf(await ledger.call('settings.update', { documentPrefixes: { 整改通知书: '秦欠薪办整改' } }));
    const { inspection, problems } = await inspectionWithProblems(ledger);
    const notice = valueOf(await ledger.call('documents.issue', { type: 'rectification', recordId: inspection.id })) as IssuedDocument;
    expect(notice).toMatchObject({ number: '秦欠薪办整改〔2026〕1号', status: '已签发', addressee: '陇城建筑公司', entity: 'inspections', entityId: inspection.id, date: '2026-11-27' });
    expect(notice.content.type).toBe('rectification');
    if (notice.content.type !== 'rectification') return;
    expect(notice.content.heading.number).toBe('秦欠薪办整改〔2026〕1号');
    expect(notice.content.problems.map((p) => p.item)).toEqual(['维权信息公示牌', '工资保证金']);
    expect(notice.content.deadline).toBe('2026-12-05');
    for (const problem of problems) {
      expect((valueOf(await ledger.call('problems.get', { id: problem.id })) as ProblemRecord).noticeNo).toBe('秦欠薪办整改〔2026〕1号');
    }
  });

  it('numbers each type separately, never twice, even when issued at once', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    const clue = await supervisedClue(ledger);
    const issued = (await Promise.all(Array.from({ length: 20 }, () => ledger.call('documents.issue', { type: 'supervision', recordId: clue.id })))).map(
      (result) => valueOf(result) as IssuedDocument,
    );
    expect(issued.map((d) => d.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(issued.map((d) => d.number)).size).toBe(20);
    const slip = valueOf(await ledger.call('documents.issue', { type: 'assignment', recordId: clue.id, receivingUnit: '城关镇' })) as IssuedDocument;
    expect(slip.number).toBe('欠薪办交〔2026〕1号');
    const nextYear = valueOf(await ledger.call('documents.issue', { type: 'supervision', recordId: clue.id, date: '2027-01-04' })) as IssuedDocument;
    expect(nextYear.number).toBe('欠薪办督〔2027〕1号');
  });

  it('reprints an issued document identically after its record changed, and refuses any change to it', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    let clue = await supervisedClue(ledger);
    const order = valueOf(await ledger.call('documents.issue', { type: 'supervision', recordId: clue.id })) as IssuedDocument;
    clue = valueOf(await ledger.call('clues.update', { id: clue.id, version: clue.version, values: { employerName: '改名后的公司', workersInvolved: 99 } })) as ClueRecord;
    await act(ledger, clue, 'feedback', { conclusion: '已解决' });
    const reprint = valueOf(await ledger.call('documents.get', { id: order.id })) as IssuedDocument;
    expect(reprint.content).toEqual(order.content);
    expect(valueOf(await ledger.call('documents.byNumber', { number: order.number }))).toEqual(reprint);
    expect(() => ledger.ctx.sqlite.prepare("UPDATE documents SET content_json = '{}' WHERE id = ?").run(order.id)).toThrow('不能修改');
    expect(() => ledger.ctx.sqlite.prepare('DELETE FROM documents WHERE id = ?').run(order.id)).toThrow('不能删除');
  });

  it('keeps a voided number with its reason and never reuses it', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    const clue = await supervisedClue(ledger);
    const first = valueOf(await ledger.call('documents.issue', { type: 'supervision', recordId: clue.id })) as IssuedDocument;
    const voided = valueOf(await ledger.call('documents.void', { id: first.id, reason: '责任单位写错' })) as IssuedDocument;
    expect(voided).toMatchObject({ status: '已作废', voidReason: '责任单位写错', number: '欠薪办督〔2026〕1号' });
    const second = valueOf(await ledger.call('documents.issue', { type: 'supervision', recordId: clue.id })) as IssuedDocument;
    expect(second.number).toBe('欠薪办督〔2026〕2号');
    const serveVoided = await ledger.call('documents.serve', { id: first.id, servedDate: '2026-11-28', receiver: '王五' });
    expect(serveVoided.ok).toBe(false);
    const served = valueOf(await ledger.call('documents.serve', { id: second.id, servedDate: '2026-11-28', receiver: '王五' })) as IssuedDocument;
    expect(served).toMatchObject({ status: '已送达', servedDate: '2026-11-28', receiver: '王五' });
  });

  it('refuses documents the record cannot support, and consumes no number doing so', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    const unsupervised = await clueInState(ledger, '已交办');
    const order = await ledger.call('documents.issue', { type: 'supervision', recordId: unsupervised.id });
    expect(order.ok).toBe(false);
    if (!order.ok) expect(order.error.message).toContain('尚未挂牌督办');
    const both = await ledger.call('documents.issue', { type: 'assignment', recordId: unsupervised.id });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.error.fields?.[0]?.field).toBe('receivingUnit');
    const wrongUnit = await ledger.call('documents.issue', { type: 'assignment', recordId: unsupervised.id, receivingUnit: '西川镇' });
    expect(wrongUnit.ok).toBe(false);
    const slip = valueOf(await ledger.call('documents.issue', { type: 'assignment', recordId: unsupervised.id, receivingUnit: '住建局' })) as IssuedDocument;
    expect(slip.number).toBe('欠薪办交〔2026〕1号');
    const preview = valueOf(await ledger.call('documents.preview', { type: 'assignment', recordId: unsupervised.id, receivingUnit: '城关镇' })) as IssuedDocument['content'];
    expect(preview.heading.number).toBeNull();
    expect(valueOf(await ledger.call('documents.list', { entity: 'clues', entityId: unsupervised.id }))).toHaveLength(1);
  });

  it('prints a plan sheet with the project facts', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    const project = valueOf(await ledger.call('projects.create', { values: projectValues({ contractPrice: 500_000_000, realNameInPlace: true }) })) as LedgerRecord;
    const plan = valueOf(
      await ledger.call('plans.create', { values: { title: '一项目一策', targetType: '项目', projectId: project.id, riskLevel: '高', measures: '约谈总包', responsibility: '住建局、城关镇', funds: '财政安排300万元' } }),
    ) as LedgerRecord;
    const wrongType = await ledger.call('documents.issue', { type: 'cluePlan', recordId: plan.id });
    expect(wrongType.ok).toBe(false);
    const sheet = valueOf(await ledger.call('documents.issue', { type: 'projectPlan', recordId: plan.id })) as IssuedDocument;
    expect(sheet.addressee).toBe('住建局');
    if (sheet.content.type !== 'projectPlan') throw new Error('wrong type');
    expect(sheet.content.project.fiveSystems.find((s) => s.label === '实名制管理')?.inPlace).toBe(true);
    expect(sheet.content.plan.funds).toBe('财政安排300万元');
  });
});

describe('documents in the project dossier', () => {
  it('lists the notices issued about the project\'s inspections', async () => {
    const ledger = freshLedger({ now: at });
    await seedClueSettings(ledger);
    const { inspection } = await inspectionWithProblems(ledger);
    const notice = valueOf(await ledger.call('documents.issue', { type: 'rectification', recordId: inspection.id })) as IssuedDocument;
    const dossier = valueOf(await ledger.call('projects.dossier', { id: Number(inspection['projectId']) })) as { documents: IssuedDocument[] };
    expect(dossier.documents.map((d) => d.number)).toEqual([notice.number]);
  });
});
