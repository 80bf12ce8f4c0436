import type { HandlersOf } from '../handler-types';

export const jobHandlers: HandlersOf<'jobs'> = {
  'jobs.status': (input, ctx) => ctx.jobs.status(input.jobId),
  'jobs.cancel': (input, ctx) => ctx.jobs.cancel(input.jobId),
};
