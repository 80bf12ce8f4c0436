import type { MethodName } from '../../shared/contract';
import { clueWorkerHandlers } from './clue-workers/handlers';
import { clueHandlers } from './clues/handlers';
import { companyService } from './companies/service';
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
  ...clueHandlers,
  ...clueWorkerHandlers,
} satisfies Handlers;

type NoExtraMethods<T> = [Exclude<keyof T, MethodName>] extends [never] ? true : { extraMethods: Exclude<keyof T, MethodName> };
export const handlersMatchContract: NoExtraMethods<typeof handlers> = true;
