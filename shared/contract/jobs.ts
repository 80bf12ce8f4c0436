import { z } from 'zod';
import type { ErrorPayload } from '../errors';
import { domain, query } from './define';

/**
 * Long work (import, export, batch print, backup) runs as a job in the core: the method that starts it answers at
 * once with the job's id, the renderer polls `jobs.status` for progress and may `jobs.cancel` it. Polling works the
 * same over Electron's IPC and the tests' HTTP host, and never blocks the core for longer than one step.
 */
export interface JobStarted<R> {
  jobId: string;
  /** phantom: the result type the finished job carries; never set at run time */
  readonly result?: R;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  jobId: string;
  /** what the progress dialog shows, e.g. 导入线索 */
  label: string;
  state: JobState;
  done: number;
  /** null while the size of the work is not yet known */
  total: number | null;
  /** the step under way, e.g. 正在读取工作表 */
  stage: string;
  /** when done */
  result?: unknown;
  /** when failed */
  error?: ErrorPayload;
}

const jobId = z.string().regex(/^job-\d+$/, '未知的任务');

export const jobsContract = domain('jobs', {
  status: query<JobStatus>()(z.strictObject({ jobId }), '后台任务的进度'),
  // changes no record (the job itself decides what a cancel undoes), so anyone who may start a job may cancel it
  cancel: query<{ cancelled: boolean }>()(z.strictObject({ jobId }), '取消后台任务'),
});
