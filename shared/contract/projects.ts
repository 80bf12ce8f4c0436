import { projectEntity } from '../domain/project';
import { domain } from './define';
import { recordMethods } from './records';

export const projectsContract = domain('projects', recordMethods(projectEntity));
