import { sql } from 'kysely';
import type { ProblemRecord } from '../../../shared/contract/inspections';
import { toIsoDate } from '../../../shared/dates';
import { allowedProblemActions } from '../../../shared/domain/problem';
import type { RecordValues } from '../../../shared/domain/schema';
import { LedgerError } from '../../../shared/errors';
import type { HandlersOf } from '../handler-types';
import { inspectionService } from '../inspections/service';
import { allOf } from '../records/filters';
import { problemService } from './service';
import { problemViewCondition, problemViewCounts } from './views';
import { actOnProblem } from './workflow';

export const problemHandlers: HandlersOf<'problems'> = {
  'problems.list': (input, ctx) => {
    const filter = allOf(
      input?.view ? problemViewCondition(input.view, toIsoDate(ctx.now())) : null,
      input?.inspectionId !== undefined ? sql<boolean>`inspection_id = ${input.inspectionId}` : null,
    );
    return problemService.list(ctx, { afterId: input?.afterId, limit: input?.limit }, filter) as Promise<ProblemRecord[]>;
  },
  'problems.get': (input, ctx) => problemService.get(ctx, input.id),
  'problems.create': (input, ctx) => problemService.create(ctx, input.values as RecordValues),
  'problems.update': (input, ctx) => problemService.update(ctx, input.id, input.version, input.values as RecordValues),
  'problems.delete': (input, ctx) => problemService.softDelete(ctx, input.id),
  'problems.restore': (input, ctx) => problemService.restore(ctx, input.id),
  'problems.viewCounts': (_input, ctx) => problemViewCounts(ctx, toIsoDate(ctx.now())),
  'problems.createFromInspection': async (input, ctx) => {
    const ids = await ctx.db.transaction().execute(async (trx) => {
      const inspection = await inspectionService.liveRow(trx, input.inspectionId);
      const created: number[] = [];
      for (const [index, problem] of input.problems.entries()) {
        const values: RecordValues = {
          projectId: (inspection['projectId'] as number | null) ?? null,
          companyId: (inspection['companyId'] as number | null) ?? null,
          township: (inspection['township'] as string | null) ?? null,
          checkItem: problem.checkItem,
          description: problem.description,
          requirement: problem.requirement ?? null,
          responsibleUnit: problem.responsibleUnit,
          foundDate: problem.foundDate,
          deadline: problem.deadline,
        };
        try {
          created.push(await problemService.insert(trx, ctx, values, false, { inspectionId: input.inspectionId }));
        } catch (error) {
          // name the problem in the list the clerk is confirming
          if (error instanceof LedgerError) throw new LedgerError(error.code, `第${index + 1}个问题：${error.message}`, error.fields?.map((f) => ({ field: `problems.${index}.${f.field}`, message: `第${index + 1}个问题 ${f.message}` })));
          throw error;
        }
      }
      return created;
    });
    return (await problemService.list(ctx, {}, sql<boolean>`id IN (${sql.join(ids)})`)) as ProblemRecord[];
  },
  'problems.detail': async (input, ctx) => {
    const problem = (await problemService.get(ctx, input.id)) as ProblemRecord;
    const events = await ctx.db.selectFrom('problemEvents').selectAll().where('problemId', '=', input.id).orderBy('date', 'desc').orderBy('id', 'desc').execute();
    return {
      problem,
      events: events.map((e) => ({ id: Number(e.id), date: e.date, action: e.action, fromState: e.fromState, toState: e.toState, note: e.note, operator: e.operator, at: e.at })),
      allowedActions: allowedProblemActions(String(problem['status'])),
    };
  },
  'problems.act': (input, ctx) => actOnProblem(ctx, input),
};
