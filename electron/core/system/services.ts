import { clueWorkerService } from '../clue-workers/service';
import { clueService } from '../clues/service';
import { companyService } from '../companies/service';
import { inspectionService } from '../inspections/service';
import { planService } from '../plans/service';
import { problemService } from '../problems/service';
import { workLogService } from '../work-logs/service';
import { projectService } from '../projects/service';
import type { RecordService } from '../records/service';

/** Every catalog record service by its entity name: the recycle bin and personal-data reveal serve them all. */
export const RECORD_SERVICES: Record<'companies' | 'projects' | 'clues' | 'clueWorkers' | 'inspections' | 'problems' | 'plans' | 'workLogs', RecordService> = {
  companies: companyService,
  projects: projectService,
  clues: clueService,
  clueWorkers: clueWorkerService,
  inspections: inspectionService,
  problems: problemService,
  plans: planService,
  workLogs: workLogService,
};
