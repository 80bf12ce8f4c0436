import { sql, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ClueAttendance, ClueEvent } from '../../../shared/contract/clues';
import { writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { clueService } from './service';
import { addEvent } from './workflow';

/**
 * A progress-log entry (办理记录) typed by the clerk, inside a caller's transaction (the handler opens one; the demo
 * writes hundreds in one).
 */
export async function recordProgress(trx: Transaction<LedgerDb>, ctx: CoreContext, input: ParsedInputOf<'clues.addProgress'>): Promise<ClueEvent> {
  await clueService.liveRow(trx, input.id);
  const id = await addEvent(trx, ctx, input.id, { date: input.date, action: '办理记录', fromState: null, toState: null, note: input.note });
  // bookkeeping for the "no progress for N days" warning: not the clerk's data, so no new version
  await trx.updateTable('clues').set({ lastProgressDate: sql`max(coalesce(last_progress_date, ''), ${input.date})` }).where('id', '=', input.id).execute();
  await writeAudit(trx, ctx.operator, timestamp(ctx), { entity: 'clues', entityId: input.id, action: 'workflow', before: null, after: { 办理操作: '办理记录', date: input.date, note: input.note } });
  return { id, date: input.date, action: '办理记录', fromState: null, toState: null, note: input.note, operator: ctx.operator, at: timestamp(ctx) };
}

/** A 四必到 attendance entry with its progress-log line and audit row, inside a caller's transaction. */
export async function recordAttendance(trx: Transaction<LedgerDb>, ctx: CoreContext, input: ParsedInputOf<'clues.addAttendance'>): Promise<ClueAttendance> {
  await clueService.liveRow(trx, input.id);
  const at = timestamp(ctx);
  const flags = {
    departmentPresent: input.departmentPresent ? 1 : 0,
    companyHeadPresent: input.companyHeadPresent ? 1 : 0,
    worksTownshipPresent: input.worksTownshipPresent ? 1 : 0,
    homeTownshipPresent: input.homeTownshipPresent ? 1 : 0,
  };
  const inserted = await trx
    .insertInto('clueAttendance')
    .values({ clueId: input.id, date: input.date, ...flags, note: input.note ?? null, operator: ctx.operator, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const absent = [
    input.departmentPresent ? '' : '项目主管部门',
    input.companyHeadPresent ? '' : '企业负责人',
    input.worksTownshipPresent ? '' : '项目所在乡镇',
    input.homeTownshipPresent ? '' : '信访人户籍地乡镇',
  ].filter(Boolean);
  const summary = absent.length === 0 ? '四方均到场' : `未到场：${absent.join('、')}`;
  await addEvent(trx, ctx, input.id, { date: input.date, action: '四必到', fromState: null, toState: null, note: [summary, input.note].filter(Boolean).join('；') });
  await writeAudit(trx, ctx.operator, at, { entity: 'clues', entityId: input.id, action: 'workflow', before: null, after: { 办理操作: '四必到', date: input.date, ...flags } });
  return {
    id: Number(inserted.id),
    date: input.date,
    departmentPresent: input.departmentPresent,
    companyHeadPresent: input.companyHeadPresent,
    worksTownshipPresent: input.worksTownshipPresent,
    homeTownshipPresent: input.homeTownshipPresent,
    note: input.note ?? null,
    operator: ctx.operator,
  };
}
