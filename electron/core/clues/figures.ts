import { sql } from 'kysely';
import type { ClueFigureRow, ClueFigures } from '../../../shared/contract/clues';
import { toIsoDate } from '../../../shared/dates';
import { formatRate } from '../../../shared/rates';
import type { CoreContext } from '../context';
import { OPEN_CLUE } from './views';

type GroupBy = ClueFigures['groupBy'];

interface Counts {
  received: number;
  workersInvolved: number;
  amountInvolvedFen: number;
  closed: number;
  closedOnTime: number;
  followedUp: number;
  satisfied: number;
  workersResolved: number;
  amountResolvedFen: number;
  overdueNow: number;
}

const ZERO: Counts = { received: 0, workersInvolved: 0, amountInvolvedFen: 0, closed: 0, closedOnTime: 0, followedUp: 0, satisfied: 0, workersResolved: 0, amountResolvedFen: 0, overdueNow: 0 };

/**
 * The clue figures for a period, by source or township, with a total: received counts clues received in the
 * period, closed counts clues closed in it (办结率 = closed / received, as the platforms report it). All sums in
 * SQL, money in fen; the rates are formatted once, here.
 */
export async function clueFigures(ctx: CoreContext, from: string, to: string, groupBy: GroupBy): Promise<ClueFigures> {
  const key = groupBy === 'source' ? sql.ref('source') : groupBy === 'township' ? sql`coalesce(township, '（未填乡镇）')` : sql.lit('合计');
  const today = toIsoDate(ctx.now());
  const received = await ctx.db
    .selectFrom('clues')
    .select([
      key.as('k'),
      sql<number>`count(*)`.as('received'),
      sql<number>`coalesce(sum(workers_involved), 0)`.as('workersInvolved'),
      sql<number>`coalesce(sum(amount_involved), 0)`.as('amountInvolvedFen'),
    ])
    .where('deletedAt', 'is', null)
    .where('receivedDate', '>=', from)
    .where('receivedDate', '<=', to)
    .groupBy('k')
    .execute();
  const closed = await ctx.db
    .selectFrom('clues')
    .select([
      key.as('k'),
      sql<number>`count(*)`.as('closed'),
      sql<number>`coalesce(sum(closed_on_time), 0)`.as('closedOnTime'),
      sql<number>`sum(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END)`.as('followedUp'),
      sql<number>`sum(CASE WHEN satisfaction IN ('满意', '基本满意') THEN 1 ELSE 0 END)`.as('satisfied'),
      sql<number>`coalesce(sum(workers_resolved), 0)`.as('workersResolved'),
      sql<number>`coalesce(sum(amount_resolved), 0)`.as('amountResolvedFen'),
    ])
    .where('deletedAt', 'is', null)
    .where('closedDate', '>=', from)
    .where('closedDate', '<=', to)
    .groupBy('k')
    .execute();
  const overdue = await ctx.db
    .selectFrom('clues')
    .select([key.as('k'), sql<number>`count(*)`.as('overdueNow')])
    .where('deletedAt', 'is', null)
    .where(OPEN_CLUE)
    .where('deadline', '<', today)
    .groupBy('k')
    .execute();

  const byKey = new Map<string, Counts>();
  const merge = (rows: Record<string, unknown>[]) => {
    for (const row of rows) {
      const k = String(row['k']);
      const counts = byKey.get(k) ?? { ...ZERO };
      for (const [name, value] of Object.entries(row)) if (name !== 'k') (counts as unknown as Record<string, number>)[name] = Number(value ?? 0);
      byKey.set(k, counts);
    }
  };
  merge(received);
  merge(closed);
  merge(overdue);

  const total = { ...ZERO };
  for (const counts of byKey.values()) for (const name of Object.keys(ZERO) as (keyof Counts)[]) total[name] += counts[name];
  const rows = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')).map(([k, counts]) => figureRow(k, counts));
  return { from, to, groupBy, rows: groupBy === 'none' ? [] : rows, total: figureRow('合计', total) };
}

function figureRow(key: string, c: Counts): ClueFigureRow {
  return {
    key,
    ...c,
    closureRate: formatRate(c.closed, c.received),
    onTimeRate: formatRate(c.closedOnTime, c.closed),
    satisfactionRate: formatRate(c.satisfied, c.followedUp),
  };
}
