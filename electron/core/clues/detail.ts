import type { ClueAttendance, ClueDetail, ClueEvent, ClueRecord, RosterTotals } from '../../../shared/contract/clues';
import { allowedActions } from '../../../shared/domain/clue-workflow';
import type { CoreContext } from '../context';
import { clueService } from './service';

/** Everything the clue detail page shows, in one call. */
export async function clueDetail(ctx: CoreContext, id: number): Promise<ClueDetail> {
  const clue = (await clueService.get(ctx, id)) as ClueRecord;
  const events = await ctx.db.selectFrom('clueEvents').selectAll().where('clueId', '=', id).orderBy('date', 'desc').orderBy('id', 'desc').execute();
  const attendance = await ctx.db.selectFrom('clueAttendance').selectAll().where('clueId', '=', id).orderBy('date', 'desc').orderBy('id', 'desc').execute();
  return {
    clue,
    allowedActions: allowedActions({ status: String(clue['status']), satisfaction: (clue['satisfaction'] as string | null) ?? null }).map((a) => ({ name: a.name, label: a.label })),
    events: events.map(
      (e): ClueEvent => ({ id: Number(e.id), date: e.date, action: e.action, fromState: e.fromState, toState: e.toState, note: e.note, operator: e.operator, at: e.at }),
    ),
    attendance: attendance.map(
      (a): ClueAttendance => ({
        id: Number(a.id),
        date: a.date,
        departmentPresent: a.departmentPresent === 1,
        companyHeadPresent: a.companyHeadPresent === 1,
        worksTownshipPresent: a.worksTownshipPresent === 1,
        homeTownshipPresent: a.homeTownshipPresent === 1,
        note: a.note,
        operator: a.operator,
      }),
    ),
    roster: await rosterTotals(ctx, id),
  };
}

/** Totals of a clue's live roster, summed in SQL (a roster can hold thousands of workers). */
export async function rosterTotals(ctx: CoreContext, clueId: number): Promise<RosterTotals> {
  const row = await ctx.db
    .selectFrom('clueWorkers')
    .select((eb) => [
      eb.fn.countAll<number>().as('workers'),
      eb.fn.coalesce(eb.fn.sum<number>('amountOwed'), eb.lit(0)).as('owed'),
      eb.fn.coalesce(eb.fn.sum<number>('amountPaid'), eb.lit(0)).as('paid'),
    ])
    .where('clueId', '=', clueId)
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return { workers: Number(row.workers), owedFen: Number(row.owed), paidFen: Number(row.paid) };
}
