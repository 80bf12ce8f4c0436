import { sql } from 'kysely';
import type { ProblemRecord, ProjectDossier } from '../../../shared/contract/inspections';
import { clueService } from '../clues/service';
import type { CoreContext } from '../context';
import { listDocuments } from '../documents/register';
import { inspectionService } from '../inspections/service';
import { planService } from '../plans/service';
import { problemService } from '../problems/service';
import { projectService } from './service';

/** 一项目一档: the project with its inspections, problems, clues and plans, each read through its own service. */
export async function projectDossier(ctx: CoreContext, id: number): Promise<ProjectDossier> {
  const project = await projectService.get(ctx, id);
  const ofProject = sql<boolean>`project_id = ${id}`;
  const inspections = await inspectionService.list(ctx, {}, ofProject);
  const plans = await planService.list(ctx, {}, ofProject);
  const documents = (await listDocuments(ctx, { entity: 'inspections' }))
    .filter((d) => inspections.some((i) => i.id === d.entityId))
    .concat((await listDocuments(ctx, { entity: 'plans' })).filter((d) => plans.some((p) => p.id === d.entityId)))
    .sort((a, b) => a.id - b.id);
  return {
    project,
    documents,
    inspections,
    problems: (await problemService.list(ctx, {}, ofProject)) as ProblemRecord[],
    clues: await clueService.list(ctx, {}, ofProject),
    plans,
  };
}
