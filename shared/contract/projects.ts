import { z } from 'zod';
import { projectEntity } from '../domain/project';
import { domain, query } from './define';
import type { ProjectDossier } from './inspections';
import { recordId, recordMethods } from './records';

export const projectsContract = domain('projects', {
  ...recordMethods(projectEntity),
  dossier: query<ProjectDossier>()(z.object({ id: recordId }).strict(), '一项目一档：项目的检查、问题、线索和方案'),
});
