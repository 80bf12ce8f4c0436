import { sql, type Expression, type SqlBool } from 'kysely';
import type { ClueViewName } from '../../../shared/contract/clues';
import { CLUE_VIEWS } from '../../../shared/contract/clues';
import type { CoreContext } from '../context';
import { CLUE_STATES } from '../../../shared/domain/clue-workflow';
import { CLOSED_STATES, dueSoonLimit, type DueContext } from './due';

/** Monday and Sunday of the week containing `today` (the clerks' week starts on Monday). */
export function weekOf(today: string): { monday: string; sunday: string } {
  const t = Date.parse(`${today}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { monday: iso(t - weekday * 86_400_000), sunday: iso(t + (6 - weekday) * 86_400_000) };
}

/** The states of a clue still being handled. */
export const OPEN_CLUE_STATES = CLUE_STATES.filter((state) => !(CLOSED_STATES as readonly string[]).includes(state));

/**
 * Clues still being handled, named state by state: `status IN (…)` reads the (status, deadline) index where
 * `NOT IN` the closed states makes SQLite walk all of it.
 */
export const OPEN_CLUE = sql<SqlBool>`status IN (${sql.join(OPEN_CLUE_STATES)})`;

/** Each saved view as one SQL condition, so lists and counts use the indexes and never load rows to filter. */
export function viewCondition(view: ClueViewName, due: DueContext): Expression<SqlBool> {
  const week = weekOf(due.today);
  switch (view) {
    case 'todo':
      return OPEN_CLUE;
    case 'dueSoon':
      return sql<SqlBool>`(${OPEN_CLUE} AND deadline >= ${due.today} AND deadline <= ${dueSoonLimit(due)})`;
    case 'overdue':
      return sql<SqlBool>`(${OPEN_CLUE} AND deadline < ${due.today})`;
    case 'supervised':
      return sql<SqlBool>`supervised = 1`;
    case 'leaderOwned':
      return sql<SqlBool>`leader_owned = 1`;
    case 'newThisWeek':
      return sql<SqlBool>`(received_date >= ${week.monday} AND received_date <= ${week.sunday})`;
    case 'closed':
      return sql<SqlBool>`status IN ('已办结', '已归档')`;
    case 'all':
      return sql<SqlBool>`1 = 1`;
  }
}

/** The count of every saved view in one pass over the live clues. */
export async function viewCounts(ctx: CoreContext, due: DueContext): Promise<Record<ClueViewName, number>> {
  const columns = CLUE_VIEWS.map((view) => sql`coalesce(sum(CASE WHEN ${viewCondition(view.name, due)} THEN 1 ELSE 0 END), 0)`.as(view.name));
  const row = await ctx.db.selectFrom('clues').select(columns).where('deletedAt', 'is', null).executeTakeFirstOrThrow();
  const counts = {} as Record<ClueViewName, number>;
  for (const view of CLUE_VIEWS) counts[view.name] = Number((row as Record<string, unknown>)[view.name] ?? 0);
  return counts;
}
