import { z } from 'zod';
import { projectEntity } from '../domain/project';
import { domain, query } from './define';
import type { ProjectDossier } from './inspections';
import { recordId, recordMethods } from './records';

export const projectsContract = domain('projects', {
  ...recordMethods(projectEntity),
  names: query<{ id: number; name: string; township: string }[]>()(
    z.object({}).strict().optional(),
    '全部项目的编号、名称和乡镇（供选择框和表格显示名称，不传整条记录）',
  ),
  dossier: query<ProjectDossier>()(z.object({ id: recordId }).strict(), '一项目一档：项目的检查、问题、线索和方案'),
});
