import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * A list filter from the conditions a call asked for (null: not asked), joined with AND; undefined when none was.
 * For RecordService.list: `problems.list {view, inspectionId}`, `plans.list {projectId, clueId}`.
 */
export function allOf(...conditions: (Expression<SqlBool> | null)[]): Expression<SqlBool> | undefined {
  const asked = conditions.filter((condition) => condition !== null);
  return asked.length > 0 ? sql<SqlBool>`${sql.join(asked, sql` AND `)}` : undefined;
}
