import { sql } from 'kysely';
import type { Clearance, ClearanceProject } from '../../../shared/contract/reports';
import { CLOSED_STATES } from '../clues/due';
import { OPEN_CLUE_STATES } from '../clues/views';
import type { CoreContext } from '../context';

const GOVERNMENT = '政府投资';

/**
 * 两清零 (government-invested projects owing no wages): which such projects still have open clues and how much they
 * involve, and what was cleared in the period (clues on them closed between `from` and `to`, with the 解决金额
 * recorded). Summed in SQL over the live records: the dashboard never loads the clue ledger to work it out.
 */
export async function clearance(ctx: CoreContext, from: string, to: string): Promise<Clearance> {
  const owing = await sql<{ id: number; name: string; openClues: number; owedFen: number }>`
    SELECT p.id AS id, p.name AS name, count(*) AS "openClues", coalesce(sum(c.amount_involved), 0) AS "owedFen"
    FROM clues c JOIN projects p ON p.id = c.project_id
    WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND p.investment_type = ${GOVERNMENT} AND c.status IN (${sql.join(OPEN_CLUE_STATES)})
    GROUP BY p.id`.execute(ctx.db);
  const cleared = await sql<{ clearedClues: number; clearedFen: number }>`
    SELECT count(*) AS "clearedClues", coalesce(sum(c.amount_resolved), 0) AS "clearedFen"
    FROM clues c JOIN projects p ON p.id = c.project_id
    WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND p.investment_type = ${GOVERNMENT} AND c.status IN (${sql.join([...CLOSED_STATES])})
      AND c.closed_date BETWEEN ${from} AND ${to}`.execute(ctx.db);
  const projects: ClearanceProject[] = owing.rows
    .map((row) => ({ id: Number(row.id), name: String(row.name ?? ''), openClues: Number(row.openClues), owedFen: Number(row.owedFen) }))
    .sort((a, b) => b.owedFen - a.owedFen || a.name.localeCompare(b.name, 'zh-CN'));
  return {
    projects,
    openClues: projects.reduce((sum, p) => sum + p.openClues, 0),
    remainingFen: projects.reduce((sum, p) => sum + p.owedFen, 0),
    clearedClues: Number(cleared.rows[0]?.clearedClues ?? 0),
    clearedFen: Number(cleared.rows[0]?.clearedFen ?? 0),
  };
}
