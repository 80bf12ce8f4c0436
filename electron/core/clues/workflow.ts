import type { Transaction } from 'kysely';
import { WorkdayCalendar } from '../../../shared/calendar/workdays';
import type { ClueRecord } from '../../../shared/contract/clues';
import type { clueActInput, clueFlagInput } from '../../../shared/contract/clues';
import { toIsoDate } from '../../../shared/dates';
import { clueAction, refusalOf } from '../../../shared/domain/clue-workflow';
import { clueEntity } from '../../../shared/domain/clue';
import type { LedgerSettings } from '../../../shared/domain/settings';
import { fieldErrors, LedgerError } from '../../../shared/errors';
import { formatFenAsYuan } from '../../../shared/money';
import type { z } from 'zod';
import { timestamp, type CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { valuesFromRow } from '../records/codec';
import { lockForChange, writeWorkflowChange } from '../workflow/record-change';
import { readSettings } from '../settings/store';
import { clueService } from './service';

type ActInput = z.output<typeof clueActInput>;
type FlagInput = z.output<typeof clueFlagInput>;
type Changes = Record<string, string | number | boolean | null>;

const DEFAULT_LIMIT_WORKDAYS = 15;

async function lockClue(trx: Transaction<LedgerDb>, id: number, version: number): Promise<Record<string, unknown>> {
  return (await lockForChange(clueService, trx, id, version)).row;
}

function assignmentChanges(input: ActInput, settings: LedgerSettings, row: Record<string, unknown>, date: string): { changes: Changes; note: string } {
  if (!input.township && !input.department) {
    throw fieldErrors([{ field: 'township', message: '交办：请至少选择交办乡镇或交办部门（两者都选即为双交办）' }]);
  }
  if (input.township && !settings.townships.includes(input.township)) {
    throw fieldErrors([{ field: 'township', message: `交办乡镇：“${input.township}”不在乡镇字典中，请先在“设置”中添加` }]);
  }
  if (input.department && !settings.departments.includes(input.department)) {
    throw fieldErrors([{ field: 'department', message: `交办部门：“${input.department}”不在行业主管部门字典中，请先在“设置”中添加` }]);
  }
  const source = String(row['source']);
  const limit = settings.clueDeadlineDays[source] ?? DEFAULT_LIMIT_WORKDAYS;
  const deadline = input.deadline ?? new WorkdayCalendar(settings.workCalendars).addWorkdays(date, limit);
  if (deadline < date) throw fieldErrors([{ field: 'deadline', message: '办理期限：不能早于交办日期' }]);
  const units = [input.township, input.department].filter(Boolean).join('、');
  const both = input.township && input.department ? '（双交办）' : '';
  return {
    changes: { assignedTownship: input.township ?? null, assignedDepartment: input.department ?? null, assignedDate: date, deadline },
    note: `交办${units}${both}，办理期限${deadline}${input.deadline ? '' : `（${limit}个工作日）`}`,
  };
}

/** What each action changes besides the state, and the sentence it adds to the progress log. */
function actionChanges(input: ActInput, settings: LedgerSettings, row: Record<string, unknown>, date: string): { changes: Changes; note: string } {
  switch (input.action) {
    case 'accept':
    case 'startHandling':
    case 'archive':
      return { changes: {}, note: '' };
    case 'assign':
      return assignmentChanges(input, settings, row, date);
    case 'reassign': {
      const assigned = assignmentChanges(input, settings, row, date);
      // the re-opened clue is handled afresh: the earlier outcome stays in the progress log and the audit log
      const cleared: Changes = { conclusion: null, workersResolved: null, amountResolved: null, feedbackDate: null, closedDate: null, closedOnTime: null, satisfaction: null, unresolvedReason: null };
      return { changes: { ...cleared, ...assigned.changes }, note: `回访不满意，重新${assigned.note}` };
    }
    case 'feedback': {
      if (!input.conclusion) throw fieldErrors([{ field: 'conclusion', message: '核处结论：反馈结果时必须填写' }]);
      const resolved = [
        input.workersResolved !== undefined ? `解决${input.workersResolved}人` : '',
        input.amountResolved !== undefined ? `金额${formatFenAsYuan(input.amountResolved)}元` : '',
      ].filter(Boolean);
      return {
        changes: {
          conclusion: input.conclusion,
          workersResolved: input.workersResolved ?? null,
          amountResolved: input.amountResolved ?? null,
          unresolvedReason: input.unresolvedReason ?? null,
          feedbackDate: date,
        },
        note: `核处结论：${input.conclusion}${resolved.length ? `，${resolved.join('，')}` : ''}`,
      };
    }
    case 'sendBack':
      if (!input.note) throw fieldErrors([{ field: 'note', message: '退回原因：退回重办时必须填写' }]);
      return { changes: { feedbackDate: null }, note: '' };
    case 'close': {
      if (!row['conclusion']) throw fieldErrors([{ field: 'conclusion', message: '办结：尚无核处结论，请先反馈结果' }]);
      const deadline = typeof row['deadline'] === 'string' ? row['deadline'] : null;
      const onTime = deadline === null || date <= deadline;
      return { changes: { closedDate: date, closedOnTime: onTime }, note: onTime ? '按期办结' : `超期办结（期限${deadline}）` };
    }
    case 'followUp':
      if (!input.satisfaction) throw fieldErrors([{ field: 'satisfaction', message: '回访满意度：回访时必须选择' }]);
      return { changes: { satisfaction: input.satisfaction }, note: `回访：${input.satisfaction}` };
  }
}

/**
 * Runs one workflow action: checks the state table, applies the action's changes, moves the state, and writes
 * the progress-log entry and the audit row — all in one transaction.
 */
export async function actOnClue(ctx: CoreContext, input: ActInput): Promise<ClueRecord> {
  const settings = await readSettings(ctx.db);
  await ctx.db.transaction().execute((trx) => applyClueAction(trx, ctx, settings, input));
  return (await clueService.get(ctx, input.id)) as ClueRecord;
}

/**
 * The body of actOnClue inside a caller's transaction, with the settings already read: the demo drives hundreds
 * of clues through the same rules in one transaction. Returns the clue's new version.
 */
export async function applyClueAction(trx: Transaction<LedgerDb>, ctx: CoreContext, settings: LedgerSettings, input: ActInput): Promise<number> {
  const row = await lockClue(trx, input.id, input.version);
  const status = String(row['status']);
  const refusal = refusalOf(input.action, { status, satisfaction: (row['satisfaction'] as string | null) ?? null });
  if (refusal) throw new LedgerError('TRANSITION_REFUSED', `线索${String(row['clueNo'])}：${refusal}。`);
  const date = input.date ?? toIsoDate(ctx.now());
  if (date < String(row['receivedDate'])) throw fieldErrors([{ field: 'date', message: `办理日期：不能早于接收日期${String(row['receivedDate'])}` }]);

  const action = clueAction(input.action);
  const { changes, note } = actionChanges(input, settings, row, date);
  const toState = action.to ?? status;
  const before = valuesFromRow(clueEntity, row);
  const after = { ...before, ...changes, status: toState, lastProgressDate: date };
  await writeWorkflowChange(clueService, trx, ctx, { id: input.id, version: input.version, before, after, actionLabel: action.label });
  await addEvent(trx, ctx, input.id, { date, action: action.label, fromState: status, toState: action.to ? toState : null, note: [note, input.note].filter(Boolean).join('；') || null });
  return input.version + 1;
}

/** 挂牌督办, 领导包案, 立案, 移送公安, 引导仲裁/诉讼: set or cleared, each with its log entry. */
export async function setClueFlag(ctx: CoreContext, input: FlagInput): Promise<ClueRecord> {
  const settings = await readSettings(ctx.db);
  await ctx.db.transaction().execute((trx) => applyClueFlag(trx, ctx, settings, input));
  return (await clueService.get(ctx, input.id)) as ClueRecord;
}

/** The body of setClueFlag inside a caller's transaction, with the settings already read. Returns the new version. */
export async function applyClueFlag(trx: Transaction<LedgerDb>, ctx: CoreContext, settings: LedgerSettings, input: FlagInput): Promise<number> {
  const row = await lockClue(trx, input.id, input.version);
  if (row['status'] === '已归档') throw new LedgerError('TRANSITION_REFUSED', '已归档的线索不能再修改标记。');
  const date = input.date ?? toIsoDate(ctx.now());
  const { changes, label } = flagChanges(input, settings, date);
  const before = valuesFromRow(clueEntity, row);
  await writeWorkflowChange(clueService, trx, ctx, { id: input.id, version: input.version, before, after: { ...before, ...changes, lastProgressDate: date }, actionLabel: label });
  await addEvent(trx, ctx, input.id, { date, action: label, fromState: null, toState: null, note: input.reason ?? input.plan ?? null });
  return input.version + 1;
}

function flagChanges(input: FlagInput, settings: LedgerSettings, date: string): { changes: Changes; label: string } {
  if (!input.on) {
    const off: Record<FlagInput['flag'], { changes: Changes; label: string }> = {
      supervised: { changes: { supervised: false, supervisedDate: null, supervisionReason: null }, label: '取消挂牌督办' },
      leaderOwned: { changes: { leaderOwned: false, ownerLeader: null, leaderPlan: null }, label: '取消领导包案' },
      caseFiled: { changes: { caseFiled: false, caseNumber: null, caseFiledDate: null }, label: '撤销立案标记' },
      referredToPolice: { changes: { referredToPolice: false, policeReferralDate: null }, label: '撤销移送公安标记' },
      guidedToArbitration: { changes: { guidedToArbitration: false, arbitrationDate: null }, label: '撤销引导仲裁/诉讼标记' },
    };
    return off[input.flag];
  }
  switch (input.flag) {
    case 'supervised':
      if (!input.reason) throw fieldErrors([{ field: 'reason', message: '督办原因：挂牌督办时必须填写' }]);
      return { changes: { supervised: true, supervisedDate: date, supervisionReason: input.reason }, label: '挂牌督办' };
    case 'leaderOwned': {
      const leader = settings.leaders.find((l) => l.name === input.leader);
      if (!leader) throw fieldErrors([{ field: 'leader', message: '包案领导：请从领导字典中选择（在“设置”中维护）' }]);
      return { changes: { leaderOwned: true, ownerLeader: leader.name, leaderPlan: input.plan ?? null }, label: `领导包案：${leader.name}${leader.title ? `（${leader.title}）` : ''}` };
    }
    case 'caseFiled':
      if (!input.caseNumber) throw fieldErrors([{ field: 'caseNumber', message: '立案编号：立案时必须填写' }]);
      return { changes: { caseFiled: true, caseNumber: input.caseNumber, caseFiledDate: date }, label: `立案（${input.caseNumber}）` };
    case 'referredToPolice':
      return { changes: { referredToPolice: true, policeReferralDate: date }, label: '移送公安' };
    case 'guidedToArbitration':
      return { changes: { guidedToArbitration: true, arbitrationDate: date }, label: '引导仲裁/诉讼' };
  }
}

export async function addEvent(
  trx: Transaction<LedgerDb>,
  ctx: CoreContext,
  clueId: number,
  event: { date: string; action: string; fromState: string | null; toState: string | null; note: string | null },
): Promise<number> {
  const inserted = await trx
    .insertInto('clueEvents')
    .values({ clueId, ...event, operator: ctx.operator, at: timestamp(ctx) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}
