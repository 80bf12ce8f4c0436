import { describe, expect, it } from 'vitest';
import type { InspectionFigures, ProblemRecord, ProjectDossier, ProposedProblem } from '../../shared/contract/inspections';
import type { LedgerRecord } from '../../shared/contract';
import type { Ledger } from '../../electron/core/ledger';
import { freshLedger, projectValues, seedSettings, valueOf } from './helpers';

const at = (iso: string) => () => new Date(`${iso}T09:00:00+08:00`);
const ALL_PASS = { checkPledge: '合格', checkContracts: '合格', checkRealName: '合格', checkBoard: '合格', checkDeposit: '合格', checkAccount: '合格', checkBankPayroll: '合格' };

async function projectWithContractor(ledger: Ledger, name = '新区公厕改造工程'): Promise<LedgerRecord> {
  await seedSettings(ledger);
  const contractor = valueOf(await ledger.call('companies.create', { values: { name: `${name}总包公司`, roles: ['施工总承包'] } })) as LedgerRecord;
  return valueOf(await ledger.call('projects.create', { values: projectValues({ name, contractorId: contractor.id }) })) as LedgerRecord;
}

async function inspect(ledger: Ledger, project: LedgerRecord, overrides: Record<string, unknown> = {}): Promise<LedgerRecord> {
  return valueOf(
    await ledger.call('inspections.create', {
      values: { title: '冬季专项检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-02', inspectors: '张三、李四', ...ALL_PASS, ...overrides },
    }),
  ) as LedgerRecord;
}

async function confirmProposed(ledger: Ledger, inspection: LedgerRecord): Promise<ProblemRecord[]> {
  const proposed = valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id })) as ProposedProblem[];
  return valueOf(await ledger.call('problems.createFromInspection', { inspectionId: inspection.id, problems: proposed })) as ProblemRecord[];
}

describe('inspections', () => {
  it('refuses an inspection with fewer than two inspectors, naming the field', async () => {
    const ledger = freshLedger();
    const project = await projectWithContractor(ledger);
    const result = await ledger.call('inspections.create', {
      values: { title: '检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-02', inspectors: '张三', ...ALL_PASS },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toEqual([{ field: 'inspectors', message: expect.stringContaining('至少两人') }]);
  });

  it('requires every checklist item to be judged', async () => {
    const ledger = freshLedger();
    const project = await projectWithContractor(ledger);
    const result = await ledger.call('inspections.create', { values: { title: '检查', targetType: '项目', projectId: project.id, inspectionDate: '2026-11-02', inspectors: '张三、李四' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.map((f) => f.field)).toContain('checkBoard');
  });

  it('proposes one problem per failed item, with the contractor responsible and the default period', async () => {
    const ledger = freshLedger();
    const project = await projectWithContractor(ledger);
    const inspection = await inspect(ledger, project, { checkBoard: '不合格', checkDeposit: '不合格', checkAccount: '不适用' });
    expect(inspection).toMatchObject({ failedItems: 2, township: '城关镇' });
    const proposed = valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id })) as ProposedProblem[];
    expect(proposed).toEqual([
      expect.objectContaining({ checkItem: '维权信息公示牌', responsibleUnit: '新区公厕改造工程总包公司', foundDate: '2026-11-02', deadline: '2026-11-17' }),
      expect.objectContaining({ checkItem: '工资保证金', requirement: '按规定足额存储农民工工资保证金' }),
    ]);
    const edited = proposed.map((p, i) => (i === 0 ? { ...p, description: '现场未设维权信息公示牌', deadline: '2026-11-10' } : p));
    const problems = valueOf(await ledger.call('problems.createFromInspection', { inspectionId: inspection.id, problems: edited })) as ProblemRecord[];
    expect(problems.map((p) => [p.checkItem, p.status, p.description, p.deadline, p.inspectionId, p.projectId])).toEqual([
      ['维权信息公示牌', '待整改', '现场未设维权信息公示牌', '2026-11-10', inspection.id, project.id],
      ['工资保证金', '待整改', '“新区公厕改造工程”工资保证金不符合要求', '2026-11-17', inspection.id, project.id],
    ]);
    // once confirmed, the items are no longer proposed
    expect(valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id }))).toEqual([]);
  });

  it('saves confirmed problems all or nothing', async () => {
    const ledger = freshLedger();
    const project = await projectWithContractor(ledger);
    const inspection = await inspect(ledger, project, { checkBoard: '不合格', checkDeposit: '不合格' });
    const proposed = valueOf(await ledger.call('inspections.proposeProblems', { id: inspection.id })) as ProposedProblem[];
    const broken = proposed.map((p, i) => (i === 1 ? { ...p, deadline: '2026-10-01' } : p)); // before it was found
    const result = await ledger.call('problems.createFromInspection', { inspectionId: inspection.id, problems: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('第2个问题');
    expect(valueOf(await ledger.call('problems.list', {}))).toHaveLength(0);
  });

  it('lists the problems of one inspection, alone or within a view', async () => {
    const ledger = freshLedger({ now: at('2026-11-05') });
    const project = await projectWithContractor(ledger);
    const first = await inspect(ledger, project, { checkBoard: '不合格', checkDeposit: '不合格' });
    const second = await inspect(ledger, project, { checkAccount: '不合格' });
    const [board] = await confirmProposed(ledger, first);
    await confirmProposed(ledger, second);
    await ledger.call('problems.act', { id: board?.id, version: board?.version, action: 'report' });
    const ofFirst = valueOf(await ledger.call('problems.list', { inspectionId: first.id })) as ProblemRecord[];
    expect(ofFirst.map((p) => p.checkItem)).toEqual(['维权信息公示牌', '工资保证金']);
    const ofSecond = valueOf(await ledger.call('problems.list', { inspectionId: second.id })) as ProblemRecord[];
    expect(ofSecond.map((p) => p.checkItem)).toEqual(['农民工工资专用账户']);
    const reportedOfFirst = valueOf(await ledger.call('problems.list', { inspectionId: first.id, view: 'toReview' })) as ProblemRecord[];
    expect(reportedOfFirst.map((p) => p.id)).toEqual([board?.id]);
  });
});

describe('the rectification lifecycle', () => {
  const EXPECTED: Record<string, string[]> = {
    待整改: ['start', 'report'],
    整改中: ['report'],
    已报整改: ['passReview', 'failReview'],
    已复核销号: [],
  };
  const EXTRA: Record<string, Record<string, unknown>> = { passReview: { reviewer: '王科长' }, failReview: { reviewer: '王科长', note: '公示牌内容不全' } };
  const PATH: Record<string, string[]> = { 待整改: [], 整改中: ['start'], 已报整改: ['start', 'report'], 已复核销号: ['start', 'report', 'passReview'] };

  it('allows exactly the transitions of the table, from every state', async () => {
    const ledger = freshLedger({ now: at('2026-11-05') });
    const project = await projectWithContractor(ledger);
    for (const [state, path] of Object.entries(PATH)) {
      for (const action of ['start', 'report', 'passReview', 'failReview']) {
        const inspection = await inspect(ledger, project, { checkBoard: '不合格' });
        let [problem] = await confirmProposed(ledger, inspection);
        for (const step of path) problem = valueOf(await ledger.call('problems.act', { id: problem?.id, version: problem?.version, action: step, ...EXTRA[step] })) as ProblemRecord;
        expect(problem?.status).toBe(state);
        const result = await ledger.call('problems.act', { id: problem?.id, version: problem?.version, action, ...EXTRA[action] });
        expect(result.ok, `${action} from ${state}`).toBe(EXPECTED[state]?.includes(action));
        if (!result.ok) expect(result.error.code).toBe('TRANSITION_REFUSED');
      }
    }
  });

  it('returns a failed review to 整改中 with the reason, and closes a passed one (销号)', async () => {
    const ledger = freshLedger({ now: at('2026-11-06') });
    const project = await projectWithContractor(ledger);
    const inspection = await inspect(ledger, project, { checkBoard: '不合格', checkDeposit: '不合格' });
    let [board, deposit] = await confirmProposed(ledger, inspection);
    const act = async (p: ProblemRecord | undefined, action: string, extra: Record<string, unknown> = {}) =>
      valueOf(await ledger.call('problems.act', { id: p?.id, version: p?.version, action, ...extra })) as ProblemRecord;
    board = await act(board, 'report', { date: '2026-11-05' });
    board = await act(board, 'passReview', { reviewer: '王科长', date: '2026-11-06' });
    expect(board).toMatchObject({ status: '已复核销号', closedDate: '2026-11-06', reviewer: '王科长', dueState: '已销号' });

    deposit = await act(deposit, 'report');
    const noReason = await ledger.call('problems.act', { id: deposit?.id, version: deposit?.version, action: 'failReview', reviewer: '王科长' });
    expect(noReason.ok).toBe(false);
    deposit = await act(deposit, 'failReview', { reviewer: '王科长', note: '保证金未足额存储' });
    expect(deposit).toMatchObject({ status: '整改中', reviewNote: '保证金未足额存储', reportedDate: null, closedDate: null });
    const detail = valueOf(await ledger.call('problems.detail', { id: deposit?.id })) as { events: { action: string; note: string | null }[]; allowedActions: { name: string }[] };
    expect(detail.events.map((e) => e.action)).toEqual(['复核不通过', '报告已整改', '登记问题']);
    expect(detail.events[0]?.note).toContain('保证金未足额存储');
    expect(detail.allowedActions.map((a) => a.name)).toEqual(['report']);
  });

  it('computes overdue from a fixed clock and counts each view', async () => {
    const setup = freshLedger({ now: at('2026-11-05') });
    const project = await projectWithContractor(setup);
    const inspection = await inspect(setup, project, { checkBoard: '不合格', checkDeposit: '不合格', checkPledge: '不合格' });
    const [first, second] = await confirmProposed(setup, inspection); // deadlines 2026-11-17
    valueOf(await setup.call('problems.act', { id: first?.id, version: first?.version, action: 'report' }));
    valueOf(await setup.call('problems.act', { id: second?.id, version: second?.version, action: 'start' }));
    await setup.close();

    const counts = async (today: string) => {
      const ledger = freshLedger({ dbPath: setup.ctx.dbPath, now: at(today) });
      const result = valueOf(await ledger.call('problems.viewCounts', {})) as Record<string, number>;
      const problem = valueOf(await ledger.call('problems.get', { id: second?.id })) as ProblemRecord;
      await ledger.close();
      return { result, problem };
    };
    const onTime = await counts('2026-11-17');
    expect(onTime.result).toEqual({ pending: 2, overdue: 0, toReview: 1, closed: 0, all: 3 });
    expect(onTime.problem).toMatchObject({ overdue: false, dueState: '今日到期' });
    const late = await counts('2026-11-18');
    expect(late.result.overdue).toBe(3);
    expect(late.problem).toMatchObject({ overdue: true, dueState: '已超期1天' });
  });
});

describe('figures and the project dossier', () => {
  it('counts projects and employers inspected, problems found, rectified and overdue', async () => {
    const ledger = freshLedger({ now: at('2026-12-20') });
    await seedSettings(ledger);
    const projects: LedgerRecord[] = [];
    for (let i = 0; i < 3; i++) {
      const contractor = valueOf(await ledger.call('companies.create', { values: { name: `总包${i}`, roles: ['施工总承包'] } })) as LedgerRecord;
      projects.push(valueOf(await ledger.call('projects.create', { values: projectValues({ name: `项目${i}`, contractorId: contractor.id }) })) as LedgerRecord);
    }
    const employer = valueOf(await ledger.call('companies.create', { values: { name: '某餐饮公司', roles: ['其他用人单位'] } })) as LedgerRecord;
    // project 0 twice, project 1 once, the employer once; project 2 before the period
    for (const [project, date] of [[projects[0], '2026-11-02'], [projects[0], '2026-11-20'], [projects[1], '2026-11-03'], [projects[2], '2026-10-01']] as const) {
      const inspection = await inspect(ledger, project as LedgerRecord, { inspectionDate: date, checkBoard: '不合格' });
      const [problem] = await confirmProposed(ledger, inspection);
      if (date === '2026-11-02') {
        const reported = valueOf(await ledger.call('problems.act', { id: problem?.id, version: problem?.version, action: 'report', date: '2026-11-10' })) as ProblemRecord;
        valueOf(await ledger.call('problems.act', { id: reported.id, version: reported.version, action: 'passReview', reviewer: '王科长', date: '2026-11-12' }));
      }
    }
    valueOf(await ledger.call('inspections.create', { values: { title: '用人单位检查', targetType: '单位', companyId: employer.id, inspectionDate: '2026-11-05', inspectors: '张三、李四', ...ALL_PASS } }));

    const figures = valueOf(await ledger.call('inspections.figures', { from: '2026-11-01', to: '2026-11-30' })) as InspectionFigures;
    expect(figures).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      inspections: 4,
      projectsInspected: 2,
      employersInspected: 3, // two contractors and the employer
      problemsFound: 3,
      problemsRectified: 1,
      problemsOverdue: 3, // the October one and the two open November ones, all past their 15-day deadline on 12-20
      noticesIssued: 0,
    });
  });

  it('gathers a project\'s inspections, problems, clues and plan into its dossier', async () => {
    const ledger = freshLedger();
    const project = await projectWithContractor(ledger);
    const other = await projectWithContractor(ledger, '另一个工程');
    await confirmProposed(ledger, await inspect(ledger, project, { checkBoard: '不合格' }));
    await inspect(ledger, other);
    valueOf(await ledger.call('clues.create', { values: { source: '来访', receivedDate: '2026-11-03', sector: '工程建设', anonymous: true, employerName: '某公司', projectId: project.id } }));
    valueOf(
      await ledger.call('plans.create', {
        values: { title: '新区公厕改造工程一项目一策', targetType: '项目', projectId: project.id, riskLevel: '中', measures: '督促总包按月代发', responsibility: '住建局、城关镇' },
      }),
    );
    const dossier = valueOf(await ledger.call('projects.dossier', { id: project.id })) as ProjectDossier;
    expect(dossier.project.name).toBe('新区公厕改造工程');
    expect(dossier.inspections).toHaveLength(1);
    expect(dossier.problems.map((p) => p.checkItem)).toEqual(['维权信息公示牌']);
    expect(dossier.clues).toHaveLength(1);
    expect(dossier.plans.map((p) => p.title)).toEqual(['新区公厕改造工程一项目一策']);
  });

  it('keeps a plan\'s history in the audit log', async () => {
    const ledger = freshLedger();
    const project = await projectWithContractor(ledger);
    const plan = valueOf(
      await ledger.call('plans.create', { values: { title: '一项目一策', targetType: '项目', projectId: project.id, riskLevel: '高', measures: '约谈', responsibility: '住建局' } }),
    ) as LedgerRecord;
    valueOf(await ledger.call('plans.update', { id: plan.id, version: plan.version, values: { progress: '已拨付进度款300万元', riskLevel: '中' } }));
    const history = valueOf(await ledger.call('system.auditForRecord', { entity: 'plans', id: plan.id })) as { action: string; after: Record<string, unknown> | null }[];
    expect(history[0]).toMatchObject({ action: 'update', after: { progress: '已拨付进度款300万元', riskLevel: '中' } });
    const missing = await ledger.call('plans.create', { values: { title: '一案一策', targetType: '线索', riskLevel: '高', measures: '约谈', responsibility: '人社局' } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.fields?.[0]?.field).toBe('clueId');
  });
});
