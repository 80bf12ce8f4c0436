import { sql } from 'kysely';
import type { InspectionFigures } from '../../../shared/contract/inspections';
import { toIsoDate } from '../../../shared/dates';
import type { CoreContext } from '../context';

const count = async (query: Promise<{ n: unknown } | undefined>) => Number((await query)?.n ?? 0);

/**
 * Inspection and rectification figures for a period, all by SQL aggregation. Employers inspected counts each
 * distinct company once: an inspected company, or the general contractor of an inspected project.
 */
export async function inspectionFigures(ctx: CoreContext, from: string, to: string): Promise<InspectionFigures> {
  const today = toIsoDate(ctx.now());
  const inPeriod = sql<boolean>`deleted_at IS NULL AND inspection_date BETWEEN ${from} AND ${to}`;
  const inspections = await count(ctx.db.selectFrom('inspections').select(sql`count(*)`.as('n')).where(inPeriod).executeTakeFirst());
  const projectsInspected = await count(ctx.db.selectFrom('inspections').select(sql`count(DISTINCT project_id)`.as('n')).where(inPeriod).executeTakeFirst());
  const employersInspected = await count(
    sql<{ n: number }>`
      SELECT count(DISTINCT employer) AS n FROM (
        SELECT company_id AS employer FROM inspections WHERE ${inPeriod} AND company_id IS NOT NULL
        UNION
        SELECT p.contractor_id FROM inspections i JOIN projects p ON p.id = i.project_id
        WHERE i.deleted_at IS NULL AND i.inspection_date BETWEEN ${from} AND ${to} AND p.contractor_id IS NOT NULL
      )`
      .execute(ctx.db)
      .then((r) => r.rows[0]),
  );
  const problemsFound = await count(
    ctx.db.selectFrom('problems').select(sql`count(*)`.as('n')).where(sql<boolean>`deleted_at IS NULL AND found_date BETWEEN ${from} AND ${to}`).executeTakeFirst(),
  );
  const problemsRectified = await count(
    ctx.db.selectFrom('problems').select(sql`count(*)`.as('n')).where(sql<boolean>`deleted_at IS NULL AND closed_date BETWEEN ${from} AND ${to}`).executeTakeFirst(),
  );
  const problemsOverdue = await count(
    ctx.db.selectFrom('problems').select(sql`count(*)`.as('n')).where(sql<boolean>`deleted_at IS NULL AND status <> '已复核销号' AND deadline < ${today}`).executeTakeFirst(),
  );
  const noticesIssued = await count(
    ctx.db
      .selectFrom('problems')
      .select(sql`count(DISTINCT notice_no)`.as('n'))
      .where(sql<boolean>`deleted_at IS NULL AND notice_no IS NOT NULL AND found_date BETWEEN ${from} AND ${to}`)
      .executeTakeFirst(),
  );
  return { from, to, inspections, projectsInspected, employersInspected, problemsFound, problemsRectified, problemsOverdue, noticesIssued };
}
