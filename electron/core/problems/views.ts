import { sql, type Expression, type SqlBool } from 'kysely';
import { PROBLEM_VIEWS, type ProblemViewName } from '../../../shared/contract/inspections';
import type { CoreContext } from '../context';

/** The problem grid's saved views as SQL, so lists and counts never load rows to filter them. */
export function problemViewCondition(view: ProblemViewName, today: string): Expression<SqlBool> {
  switch (view) {
    case 'pending':
      return sql<SqlBool>`status IN ('待整改', '整改中')`;
    case 'overdue':
      return sql<SqlBool>`(status <> '已复核销号' AND deadline < ${today})`;
    case 'toReview':
      return sql<SqlBool>`status = '已报整改'`;
    case 'closed':
      return sql<SqlBool>`status = '已复核销号'`;
    case 'all':
      return sql<SqlBool>`1 = 1`;
  }
}

export async function problemViewCounts(ctx: CoreContext, today: string): Promise<Record<ProblemViewName, number>> {
  const columns = PROBLEM_VIEWS.map((view) => sql`coalesce(sum(CASE WHEN ${problemViewCondition(view.name, today)} THEN 1 ELSE 0 END), 0)`.as(view.name));
  const row = (await ctx.db.selectFrom('problems').select(columns).where('deletedAt', 'is', null).executeTakeFirstOrThrow()) as Record<string, unknown>;
  const counts = {} as Record<ProblemViewName, number>;
  for (const view of PROBLEM_VIEWS) counts[view.name] = Number(row[view.name] ?? 0);
  return counts;
}
