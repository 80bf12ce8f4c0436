import type { MethodName } from '../../shared/contract';
import { backupHandlers, recoveryHandlers } from './backup/handlers';
import { accountHandlers } from './accounts/handlers';
import { auditHandlers } from './audit/handlers';
import { clueWorkerHandlers } from './clue-workers/handlers';
import { clueHandlers } from './clues/handlers';
import { companyService } from './companies/service';
import { documentHandlers } from './documents/handlers';
import { gridExportHandlers } from './grid-export/handlers';
import { importHandlers } from './import/handlers';
import { inspectionHandlers } from './inspections/handlers';
import { jobHandlers } from './jobs/handlers';
import { planHandlers } from './plans/handlers';
import { problemHandlers } from './problems/handlers';
import { projectDossier } from './projects/dossier';
import { reportHandlers } from './reports/handlers';
import { warningHandlers } from './warnings/handlers';
import { workLogService } from './work-logs/service';
import type { Handlers } from './handler-types';
import { projectService } from './projects/service';
import { recordHandlers } from './records/handlers';
import { settingsHandlers } from './settings/handlers';
import { systemHandlers } from './system/handlers';

/** One handler per contract method: a missing method fails `satisfies`, an extra one fails NoExtraMethods. */
export const handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...recordHandlers('companies', companyService),
  ...recordHandlers('projects', projectService),
  'projects.dossier': (input, ctx) => projectDossier(ctx, input.id),
  'projects.names': async (_input, ctx) =>
    (await ctx.db.selectFrom('projects').select(['id', 'name', 'township']).where('deletedAt', 'is', null).orderBy('id').execute()).map((row) => ({
      id: Number(row.id),
      name: String(row['name']),
      township: String(row['township']),
    })),
  ...clueHandlers,
  ...clueWorkerHandlers,
  ...inspectionHandlers,
  ...problemHandlers,
  ...planHandlers,
  ...recordHandlers('workLogs', workLogService),
  ...reportHandlers,
  ...documentHandlers,
  ...warningHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...recoveryHandlers,
  ...gridExportHandlers,
  ...importHandlers,
  ...accountHandlers,
  ...auditHandlers,
} satisfies Handlers;

type NoExtraMethods<T> = [Exclude<keyof T, MethodName>] extends [never] ? true : { extraMethods: Exclude<keyof T, MethodName> };
export const handlersMatchContract: NoExtraMethods<typeof handlers> = true;
