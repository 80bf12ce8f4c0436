import { describe, expect, it } from 'vitest';
import type { ClueDetail, ClueFigures, CluePick, ClueRecord } from '../../shared/contract/clues';
import type { AuditEntry, LedgerRecord } from '../../shared/contract';
import { CLUE_ACTIONS, CLUE_STATES, type ClueState } from '../../shared/domain/clue-workflow';
import { act, clueInState, newClue, seedClueSettings } from './clue-helpers';
import { freshLedger, valueOf } from './helpers';

const at = (iso: string) => () => new Date(`${iso}T09:00:00+08:00`);

/** Which action each state allows, written out independently of the workflow table as the domain guide states it. */
const EXPECTED: Record<ClueState, string[]> = {
  待受理: ['accept'],
  已受理: ['assign'],
  已交办: ['startHandling', 'feedback'],
  核处中: ['feedback'],
  已反馈: ['sendBack', 'close'],
  已办结: ['followUp', 'archive'], // reassign only after an unsatisfied follow-up
  已归档: [],
};

const EXTRA: Record<string, Record<string, unknown>> = {
  assign: { township: '城关镇' },
  reassign: { township: '城关镇' },
  feedback: { conclusion: '已解决' },
  sendBack: { note: '核查不实' },
  followUp: { satisfaction: '满意' },
};

describe('clue intake', () => {
  it('numbers clues per year, atomically and in order, and logs the registration', async () => {
    const ledger = freshLedger({ now: at('2026-10-01') });
    await seedClueSettings(ledger);
    const first = await newClue(ledger);
    const second = await newClue(ledger);
    const older = await newClue(ledger, { receivedDate: '2025-12-30' });
    expect([first.clueNo, second.clueNo, older.clueNo]).toEqual(['2026-0001', '2026-0002', '2025-0001']);
    expect(first.status).toBe('待受理');
    const detail = valueOf(await ledger.call('clues.detail', { id: first.id })) as ClueDetail;
    expect(detail.events).toEqual([expect.objectContaining({ action: '登记', toState: '待受理' })]);
    expect(detail.allowedActions.map((a) => a.name)).toEqual(['accept']);
  });

  it('refuses a platform number already registered, naming the clue that has it', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    await newClue(ledger, { platformNo: 'GJ20260928001' });
    const again = await ledger.call('clues.create', { values: { source: '国家平台', receivedDate: '2026-09-29', sector: '工程建设', anonymous: true, employerName: '某公司', platformNo: 'GJ20260928001' } });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.fields?.[0]).toEqual({ field: 'platformNo', message: '平台编号：“GJ20260928001”已被线索“2026-0001”使用' });
  });

  it('does not let a clerk type the state, number or outcome directly', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const sneaky = await ledger.call('clues.update', { id: clue.id, version: clue.version, values: { status: '已办结' } });
    expect(sneaky.ok).toBe(false);
    if (!sneaky.ok) expect(sneaky.error.message).toContain('不认识的字段：status');
  });

  it('requires an employer and, unless anonymous, the complainant', async () => {
    const ledger = freshLedger();
    const result = await ledger.call('clues.create', { values: { source: '来访', receivedDate: '2026-10-09', sector: '非工程建设' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.map((f) => f.field).sort()).toEqual(['complainantName', 'employerName']);
  });
});

describe('clue workflow', () => {
  it('allows exactly the transitions of the table, from every state', async () => {
    const ledger = freshLedger({ now: at('2026-10-15') });
    await seedClueSettings(ledger);
    for (const state of CLUE_STATES) {
      for (const action of CLUE_ACTIONS) {
        const clue = await clueInState(ledger, state);
        expect(clue.status).toBe(state);
        const result = await ledger.call('clues.act', { id: clue.id, version: clue.version, action: action.name, date: '2026-10-15', ...EXTRA[action.name] });
        const allowed = EXPECTED[state].includes(action.name);
        expect(result.ok, `${action.label} from ${state}`).toBe(allowed);
        if (!result.ok) {
          expect(result.error.code).toBe('TRANSITION_REFUSED');
          expect(result.error.message).toContain(action.label);
        } else if (action.to) {
          expect((result.value as ClueRecord).status).toBe(action.to);
        }
      }
    }
  });

  it('writes a progress-log entry and an audit row for every transition', async () => {
    const ledger = freshLedger({ now: at('2026-10-15') });
    await seedClueSettings(ledger);
    const clue = await clueInState(ledger, '已归档');
    const detail = valueOf(await ledger.call('clues.detail', { id: clue.id })) as ClueDetail;
    expect(detail.events.map((e) => e.action).reverse()).toEqual(['登记', '受理', '交办', '开始核处', '反馈结果', '办结', '归档']);
    expect(detail.events.find((e) => e.action === '交办')?.note).toContain('城关镇、住建局（双交办）');
    const audit = valueOf(await ledger.call('system.auditForRecord', { entity: 'clues', id: clue.id })) as AuditEntry[];
    expect(audit.filter((a) => a.action === 'workflow')).toHaveLength(6);
  });

  it('assigns to a township and a department at once (双交办) with a deadline in working days', async () => {
    const ledger = freshLedger({ now: at('2026-09-30') });
    await seedClueSettings(ledger);
    const accepted = await clueInState(ledger, '已受理');
    const assigned = await act(ledger, accepted, 'assign', { date: '2026-09-30', township: '城关镇', department: '住建局' });
    expect(assigned).toMatchObject({ status: '已交办', assignedTownship: '城关镇', assignedDepartment: '住建局', assignedDate: '2026-09-30' });
    // 10 working days for 国家平台 across the National Day holiday (10-01…10-07 off, Saturday 10-10 worked)
    expect(assigned.deadline).toBe('2026-10-20');
  });

  it('refuses an assignment to neither unit, or to a township not in the code list', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await clueInState(ledger, '已受理');
    const none = await ledger.call('clues.act', { id: clue.id, version: clue.version, action: 'assign' });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.fields?.[0]?.field).toBe('township');
    const unknown = await ledger.call('clues.act', { id: clue.id, version: clue.version, action: 'assign', township: '火星镇' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toContain('火星镇');
  });

  it('sends feedback back with a reason, and re-opens a clue after an unsatisfied follow-up', async () => {
    const ledger = freshLedger({ now: at('2026-10-15') });
    await seedClueSettings(ledger);
    let clue = await clueInState(ledger, '已反馈');
    const noReason = await ledger.call('clues.act', { id: clue.id, version: clue.version, action: 'sendBack' });
    expect(noReason.ok).toBe(false);
    clue = await act(ledger, clue, 'sendBack', { note: '工资未全部到账' });
    expect(clue.status).toBe('核处中');
    clue = await act(ledger, clue, 'feedback', { conclusion: '已解决', amountResolved: 2_000_000 });
    clue = await act(ledger, clue, 'close', { date: '2026-10-15' });
    const refusedReassign = await ledger.call('clues.act', { id: clue.id, version: clue.version, action: 'reassign', township: '西川镇' });
    expect(refusedReassign.ok).toBe(false);
    clue = await act(ledger, clue, 'followUp', { satisfaction: '不满意' });
    clue = await act(ledger, clue, 'reassign', { township: '西川镇', date: '2026-10-16' });
    expect(clue).toMatchObject({ status: '已交办', assignedTownship: '西川镇', closedDate: null, satisfaction: null, conclusion: null });
  });

  it('marks closing on time against the deadline', async () => {
    const ledger = freshLedger({ now: at('2026-10-30') });
    await seedClueSettings(ledger);
    const late = await clueInState(ledger, '已反馈');
    const closed = await act(ledger, late, 'close', { date: '2026-10-30' }); // deadline 2026-10-20
    expect(closed.closedOnTime).toBe(false);
    expect(closed.dueState).toBe('超期办结');
  });

  it('refuses an action on a stale version', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    await act(ledger, clue, 'accept');
    const stale = await ledger.call('clues.act', { id: clue.id, version: clue.version, action: 'accept' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
  });

  it('sets and clears the escalation flags with what each needs', async () => {
    const ledger = freshLedger({ now: at('2026-10-15') });
    await seedClueSettings(ledger);
    let clue = await clueInState(ledger, '已交办');
    const noReason = await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'supervised', on: true });
    expect(noReason.ok).toBe(false);
    clue = valueOf(await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'supervised', on: true, reason: '涉及人数多' })) as ClueRecord;
    expect(clue).toMatchObject({ supervised: true, supervisedDate: '2026-10-15', supervisionReason: '涉及人数多' });
    const unknownLeader = await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'leaderOwned', on: true, leader: '赵六' });
    expect(unknownLeader.ok).toBe(false);
    clue = valueOf(await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'leaderOwned', on: true, leader: '李四', plan: '一案一策' })) as ClueRecord;
    expect(clue).toMatchObject({ leaderOwned: true, ownerLeader: '李四' });
    clue = valueOf(await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'caseFiled', on: true, caseNumber: '秦人社监察立〔2026〕5号' })) as ClueRecord;
    clue = valueOf(await ledger.call('clues.setFlag', { id: clue.id, version: clue.version, flag: 'supervised', on: false })) as ClueRecord;
    expect(clue).toMatchObject({ supervised: false, caseFiled: true, caseNumber: '秦人社监察立〔2026〕5号' });
    const detail = valueOf(await ledger.call('clues.detail', { id: clue.id })) as ClueDetail;
    expect(detail.events.map((e) => e.action)).toEqual(expect.arrayContaining(['挂牌督办', '领导包案：李四（副县长）', '立案（秦人社监察立〔2026〕5号）', '取消挂牌督办']));
  });
});

describe('deadlines, views and figures', () => {
  it('computes due soon and overdue from a fixed clock, never stored', async () => {
    const base = freshLedger({ now: at('2026-10-16') });
    await seedClueSettings(base);
    const clue = await clueInState(base, '已交办'); // deadline 2026-10-20 (Tuesday)
    await base.close();

    const read = async (today: string) => {
      const ledger = freshLedger({ dbPath: base.ctx.dbPath, now: at(today) });
      const record = valueOf(await ledger.call('clues.get', { id: clue.id })) as ClueRecord;
      const counts = valueOf(await ledger.call('clues.viewCounts', {})) as Record<string, number>;
      await ledger.close();
      return { record, counts };
    };
    const friday = await read('2026-10-16'); // 10-19, 10-20 left: 2 working days → due soon
    expect(friday.record).toMatchObject({ dueSoon: true, overdue: false, workdaysLeft: 2, dueState: '即将到期（剩2个工作日）' });
    expect(friday.counts).toMatchObject({ dueSoon: 1, overdue: 0, todo: 1 });

    const earlier = await read('2026-10-14'); // 4 working days left
    expect(earlier.record).toMatchObject({ dueSoon: false, workdaysLeft: 4 });
    expect(earlier.counts.dueSoon).toBe(0);

    const onTheDay = await read('2026-10-20');
    expect(onTheDay.record).toMatchObject({ dueSoon: true, dueState: '今日到期' });

    const after = await read('2026-10-22');
    expect(after.record).toMatchObject({ overdue: true, dueSoon: false, dueState: '已超期2个工作日' });
    expect(after.counts).toMatchObject({ overdue: 1, dueSoon: 0 });
  });

  it('lists each saved view', async () => {
    const ledger = freshLedger({ now: at('2026-10-15') });
    await seedClueSettings(ledger);
    const open = await clueInState(ledger, '已交办');
    await clueInState(ledger, '已办结');
    valueOf(await ledger.call('clues.setFlag', { id: open.id, version: open.version, flag: 'supervised', on: true, reason: '群体性' }));
    const list = async (view: string) => (valueOf(await ledger.call('clues.list', { view })) as ClueRecord[]).map((c) => c.clueNo);
    expect(await list('todo')).toEqual(['2026-0001']);
    expect(await list('closed')).toEqual(['2026-0002']);
    expect(await list('supervised')).toEqual(['2026-0001']);
    expect(await list('all')).toHaveLength(2);
    const counts = valueOf(await ledger.call('clues.viewCounts', {})) as Record<string, number>;
    expect(counts).toMatchObject({ todo: 1, closed: 1, supervised: 1, all: 2, leaderOwned: 0 });
  });

  it('gives 97.37% for 304 received and 296 closed, by source and in total', async () => {
    const ledger = freshLedger({ now: at('2026-11-20') });
    await seedClueSettings(ledger);
    const { ctx } = ledger;
    // 304 national-platform clues through the real intake; 296 of them closed through the real workflow
    for (let i = 0; i < 304; i++) {
      let clue = await newClue(ledger, { platformNo: `GJ${i}`, receivedDate: '2026-11-02', workersInvolved: 2, amountInvolved: 100_000 });
      if (i >= 296) continue;
      clue = await act(ledger, clue, 'accept', { date: '2026-11-02' });
      clue = await act(ledger, clue, 'assign', { date: '2026-11-02', township: i % 2 === 0 ? '城关镇' : '西川镇' });
      clue = await act(ledger, clue, 'feedback', { date: '2026-11-05', conclusion: '已解决', workersResolved: 2, amountResolved: 100_000 });
      clue = await act(ledger, clue, 'close', { date: i < 290 ? '2026-11-06' : '2026-11-20' });
      if (i < 10) await act(ledger, clue, 'followUp', { satisfaction: i < 9 ? '满意' : '不满意' });
    }
    await newClue(ledger, { source: '省平台', receivedDate: '2026-11-03' });
    expect(ctx.dbPath).toBeTruthy();

    const bySource = valueOf(await ledger.call('clues.figures', { from: '2026-11-01', to: '2026-11-30', groupBy: 'source' })) as ClueFigures;
    const national = bySource.rows.find((r) => r.key === '国家平台');
    expect(national).toMatchObject({ received: 304, closed: 296, closureRate: '97.37%', workersResolved: 592, amountResolvedFen: 29_600_000 });
    // 10 working days from 11-02 is 11-16: the 6 closed on 11-20 are late, 290 / 296 on time
    expect(national).toMatchObject({ closedOnTime: 290, onTimeRate: '97.97%' });
    expect(bySource.rows.find((r) => r.key === '省平台')).toMatchObject({ received: 1, closed: 0, closureRate: '0.00%' });
    expect(bySource.total).toMatchObject({ received: 305, closed: 296 });
    expect(national).toMatchObject({ followedUp: 10, satisfied: 9, satisfactionRate: '90.00%' });

    const byTownship = valueOf(await ledger.call('clues.figures', { from: '2026-11-01', to: '2026-11-30', groupBy: 'township' })) as ClueFigures;
    expect(byTownship.total.closureRate).toBe('97.05%'); // 296 / 305
  }, 120_000);
});

describe('worker rosters', () => {
  const good = ['张三', '11010519491231002X', '13812345678', '5000', '0', '', ''];

  it('imports pasted rows all or nothing, naming the row and the column of each problem', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const header = ['姓名', '身份证号', '联系电话', '欠薪金额（元）', '已支付金额（元）', '支付日期', '备注'];
    const bad = ['李四', '110105194912310021', '13812345679', '3,000.50', '', '', ''];
    const refused = await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [header, good, bad] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.fields).toEqual([{ field: 'row3.idNumber', message: '第3行 身份证号：校验位不正确，请核对' }]);
      expect(refused.error.message).toContain('未导入任何一行');
    }
    expect(valueOf(await ledger.call('clueWorkers.list', { clueId: clue.id }))).toHaveLength(0);

    const fixed = ['李四', '110105194912310011', '13812345679', '3,000.50', '1000', '2026/10/9', ''];
    expect(valueOf(await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [header, good, fixed] }))).toEqual({ imported: 2 });
    const workers = valueOf(await ledger.call('clueWorkers.list', { clueId: clue.id })) as LedgerRecord[];
    expect(workers.map((w) => [w.name, w.idNumber, w.phone, w.amountOwed, w.amountPaid, w.paidDate])).toEqual([
      ['张三', '1101**********002X', '138****5678', 500_000, 0, null],
      ['李四', '1101**********0011', '138****5679', 300_050, 100_000, '2026-10-09'],
    ]);
    const detail = valueOf(await ledger.call('clues.detail', { id: clue.id })) as ClueDetail;
    expect(detail.roster).toEqual({ workers: 2, owedFen: 800_050, paidFen: 100_000 });
  });

  it('refuses an ID number repeated in the paste or already on the roster', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const twice = await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [good, good] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.fields?.[0]?.message).toBe('第2行 身份证号：与第1行重复');
    valueOf(await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [good] }));
    const again = await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [good] });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.fields?.[0]?.message).toBe('第1行 身份证号：名单中已有此人');
  });

  it('refuses an ID number a spreadsheet turned into a number', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    const result = await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [['王五', '1.10105E+17', '', '', '', '', '']] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[0]?.field).toBe('row1.idNumber');
  });

  it('reveals one ID number on request and records who saw it', async () => {
    const ledger = freshLedger();
    await seedClueSettings(ledger);
    const clue = await newClue(ledger);
    valueOf(await ledger.call('clueWorkers.importRows', { clueId: clue.id, rows: [good] }));
    const [worker] = valueOf(await ledger.call('clueWorkers.list', { clueId: clue.id })) as LedgerRecord[];
    const revealed = valueOf(await ledger.call('system.reveal', { entity: 'clueWorkers', id: worker?.id, field: 'idNumber' }));
    expect(revealed).toEqual({ value: '11010519491231002X' });
    const audit = valueOf(await ledger.call('system.auditForRecord', { entity: 'clueWorkers', id: worker?.id })) as AuditEntry[];
    expect(audit[0]).toMatchObject({ action: 'reveal', operator: '张三', after: { field: 'idNumber', label: '身份证号' } });
    const notPersonal = await ledger.call('system.reveal', { entity: 'clueWorkers', id: worker?.id, field: 'name' });
    expect(notPersonal.ok).toBe(false);
  });
});

describe('picking a clue for a select box', () => {
  it('finds clues by number, platform number or employer, newest first, without sending the ledger', async () => {
    const ledger = freshLedger({ now: () => new Date('2026-11-27T09:00:00+08:00') });
    await seedClueSettings(ledger);
    const first = await newClue(ledger, { employerName: '某建筑劳务公司', platformNo: 'GJ-100%' });
    const second = await newClue(ledger, { employerName: '城南装饰公司' });
    const third = await newClue(ledger, { employerName: '某建筑劳务公司' });
    const pick = async (input?: Record<string, unknown>) => valueOf(await ledger.call('clues.pick', input)) as CluePick[];

    expect((await pick()).map((c) => c.id)).toEqual([third.id, second.id, first.id]);
    expect((await pick({ text: '劳务' })).map((c) => c.id)).toEqual([third.id, first.id]);
    expect((await pick({ text: String(second['clueNo']) })).map((c) => c.employerName)).toEqual(['城南装饰公司']);
    // % is looked for as itself, not as "anything"
    expect((await pick({ text: '100%' })).map((c) => c.id)).toEqual([first.id]);
    expect((await pick({ text: '%' })).map((c) => c.id)).toEqual([first.id]);
    expect(await pick({ id: second.id })).toEqual([{ id: second.id, clueNo: second['clueNo'], employerName: '城南装饰公司', receivedDate: '2026-09-28' }]);
    valueOf(await ledger.call('clues.delete', { id: third.id }));
    expect((await pick({ text: '劳务' })).map((c) => c.id)).toEqual([first.id]);
  });
});
