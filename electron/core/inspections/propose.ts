import type { ProposedProblem } from '../../../shared/contract/inspections';
import { CHECKLIST } from '../../../shared/domain/inspection';
import type { CoreContext } from '../context';
import { readSettings } from '../settings/store';
import { inspectionService } from './service';
import { columnName } from '../db/column-name';

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One proposed problem per failed checklist item that has no problem yet: the standard requirement, the
 * settings' rectification period, and the unit that must fix it (the project's general contractor, or the
 * inspected company). The clerk edits them before confirming.
 */
export async function proposeProblems(ctx: CoreContext, inspectionId: number): Promise<ProposedProblem[]> {
  const inspection = await inspectionService.liveRow(ctx.db, inspectionId);
  const settings = await readSettings(ctx.db);
  const existing = await ctx.db.selectFrom('problems').select('checkItem').where('inspectionId', '=', inspectionId).where('deletedAt', 'is', null).execute();
  const covered = new Set(existing.map((p) => String(p['checkItem'])));
  const responsibleUnit = await responsibleUnitOf(ctx, inspection);
  const place = await placeOf(ctx, inspection);
  const date = String(inspection['inspectionDate']);
  return CHECKLIST.filter((item) => inspection[columnName(item.key)] === '不合格' || inspection[item.key] === '不合格')
    .filter((item) => !covered.has(item.label))
    .map((item): ProposedProblem => ({
      checkItem: item.label,
      description: `${place}${item.label}不符合要求`,
      requirement: item.requirement,
      responsibleUnit,
      foundDate: date,
      deadline: addDays(date, settings.problemDeadlineDays),
    }));
}

async function responsibleUnitOf(ctx: CoreContext, inspection: Record<string, unknown>): Promise<string> {
  let companyId = typeof inspection['companyId'] === 'number' ? inspection['companyId'] : null;
  if (companyId === null && typeof inspection['projectId'] === 'number') {
    const project = await ctx.db.selectFrom('projects').select('contractorId').where('id', '=', inspection['projectId']).executeTakeFirst();
    companyId = typeof project?.['contractorId'] === 'number' ? project['contractorId'] : null;
  }
  if (companyId === null) return '';
  const company = await ctx.db.selectFrom('companies').select('name').where('id', '=', companyId).executeTakeFirst();
  return String(company?.['name'] ?? '');
}

async function placeOf(ctx: CoreContext, inspection: Record<string, unknown>): Promise<string> {
  if (typeof inspection['projectId'] !== 'number') return '';
  const project = await ctx.db.selectFrom('projects').select('name').where('id', '=', inspection['projectId']).executeTakeFirst();
  return project ? `“${String(project['name'])}”` : '';
}
