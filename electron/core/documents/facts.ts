import type { Kysely } from 'kysely';
import type { ClueFacts, PlanFacts } from '../../../shared/contract/documents';
import type { LedgerDb } from '../db/schema';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export async function companyName(db: Kysely<LedgerDb>, id: unknown): Promise<string | null> {
  if (typeof id !== 'number') return null;
  const row = await db.selectFrom('companies').select('name').where('id', '=', id).executeTakeFirst();
  return row ? String(row['name']) : null;
}

export async function projectName(db: Kysely<LedgerDb>, id: unknown): Promise<string | null> {
  if (typeof id !== 'number') return null;
  const row = await db.selectFrom('projects').select('name').where('id', '=', id).executeTakeFirst();
  return row ? String(row['name']) : null;
}

/** The facts of a clue as documents quote them (the complainant's identity is never printed). */
export async function clueFacts(db: Kysely<LedgerDb>, clue: Record<string, unknown>): Promise<ClueFacts> {
  return {
    clueNo: String(clue['clueNo']),
    platformNo: text(clue['platformNo']),
    source: String(clue['source']),
    receivedDate: String(clue['receivedDate']),
    employer: (await companyName(db, clue['employerCompanyId'])) ?? text(clue['employerName']) ?? '',
    project: await projectName(db, clue['projectId']),
    workersInvolved: num(clue['workersInvolved']),
    amountInvolvedFen: num(clue['amountInvolved']),
    arrearsPeriod: text(clue['arrearsPeriod']),
    summary: text(clue['summary']),
    demand: text(clue['demand']),
  };
}

export function planFacts(plan: Record<string, unknown>): PlanFacts {
  return {
    title: String(plan['title']),
    riskLevel: String(plan['riskLevel']),
    measures: String(plan['measures']),
    responsibility: String(plan['responsibility']),
    funds: text(plan['funds']),
    items: text(plan['items']),
    contingency: text(plan['contingency']),
    progress: text(plan['progress']),
  };
}
