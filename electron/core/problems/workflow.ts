import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { problemsContract, ProblemRecord } from '../../../shared/contract/inspections';
import { toIsoDate } from '../../../shared/dates';
import { PROBLEM_ACTIONS, problemRefusal } from '../../../shared/domain/problem';
import type { FieldValue } from '../../../shared/domain/values';
import { fieldErrors, LedgerError } from '../../../shared/errors';
import { timestamp, type CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { lockForChange, writeWorkflowChange } from '../workflow/record-change';
import { problemService } from './service';

type ActInput = z.output<(typeof problemsContract)['problems.act']['input']>;

/**
 * The rectification lifecycle 待整改 → 整改中 → 已报整改 → 已复核销号; a failed review returns the problem to
 * 整改中 with the reviewer's reason. Each step writes the rectification log and the audit row.
 */
export async function actOnProblem(ctx: CoreContext, input: ActInput): Promise<ProblemRecord> {
  await ctx.db.transaction().execute(async (trx) => {
    const { row, values } = await lockForChange(problemService, trx, input.id, input.version);
    const status = String(row['status']);
    const refusal = problemRefusal(input.action, status);
    if (refusal) throw new LedgerError('TRANSITION_REFUSED', `该问题${refusal}。`);
    const action = PROBLEM_ACTIONS.find((a) => a.name === input.action);
    if (!action) throw new LedgerError('TRANSITION_REFUSED', '未知的整改操作。');
    const date = input.date ?? toIsoDate(ctx.now());
    if (date < String(row['foundDate'])) throw fieldErrors([{ field: 'date', message: `日期：不能早于发现日期${String(row['foundDate'])}` }]);

    const changes: Record<string, FieldValue> = {};
    if (input.action === 'report') changes['reportedDate'] = date;
    if (input.action === 'passReview' || input.action === 'failReview') {
      if (!input.reviewer) throw fieldErrors([{ field: 'reviewer', message: '复核人：复核时必须填写' }]);
      changes['reviewer'] = input.reviewer;
      changes['reviewNote'] = input.note ?? null;
    }
    if (input.action === 'passReview') changes['closedDate'] = date;
    if (input.action === 'failReview') {
      if (!input.note) throw fieldErrors([{ field: 'note', message: '复核意见：复核不通过时必须写明原因' }]);
      changes['reportedDate'] = null;
    }
    await writeWorkflowChange(problemService, trx, ctx, {
      id: input.id,
      version: input.version,
      before: values,
      after: { ...values, ...changes, status: action.to },
      actionLabel: action.label,
    });
    const who = input.reviewer ? `复核人：${input.reviewer}` : '';
    await addProblemEvent(trx, ctx, input.id, { date, action: action.label, fromState: status, toState: action.to, note: [who, input.note].filter(Boolean).join('；') || null });
  });
  return (await problemService.get(ctx, input.id)) as ProblemRecord;
}

export async function addProblemEvent(
  trx: Transaction<LedgerDb>,
  ctx: CoreContext,
  problemId: number,
  event: { date: string; action: string; fromState: string | null; toState: string | null; note: string | null },
): Promise<void> {
  await trx.insertInto('problemEvents').values({ problemId, ...event, operator: ctx.operator, at: timestamp(ctx) }).execute();
}
