import type { JobStarted, JobStatus } from '../../../shared/contract/jobs';
import { LedgerError, type ErrorPayload } from '../../../shared/errors';

/** What a running job sees: where to report progress, and whether the clerk asked to stop. */
export interface JobHandle {
  readonly signal: AbortSignal;
  progress(done: number, total: number | null, stage?: string): void;
  /** throws LedgerError CANCELLED once the clerk cancelled; call between steps (never inside a transaction's body) */
  throwIfCancelled(): void;
}

export type JobWork<R> = (job: JobHandle) => Promise<R>;

/** Finished jobs are kept this long for the renderer's last poll, then forgotten. */
const KEEP_FINISHED_MS = 10 * 60_000;

interface Entry {
  status: JobStatus;
  controller: AbortController;
  finishedAt: number | null;
}

/**
 * The core's running jobs. A job runs in the core's event loop: the work must yield (await) between steps so calls —
 * including this job's own status and cancel — are answered while it runs.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();
  private nextId = 1;

  constructor(private readonly toPayload: (error: unknown) => ErrorPayload) {}

  start<R>(label: string, work: JobWork<R>): JobStarted<R> {
    this.forgetOld();
    const jobId = `job-${this.nextId++}`;
    const controller = new AbortController();
    const entry: Entry = { status: { jobId, label, state: 'running', done: 0, total: null, stage: '' }, controller, finishedAt: null };
    this.jobs.set(jobId, entry);
    const handle: JobHandle = {
      signal: controller.signal,
      progress: (done, total, stage) => {
        entry.status = { ...entry.status, done, total, stage: stage ?? entry.status.stage };
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new LedgerError('CANCELLED', `已取消：${label}`);
      },
    };
    // started on the next turn so the caller gets the id before the first step runs
    void Promise.resolve()
      .then(() => work(handle))
      .then(
        (result) => this.finish(entry, { state: 'done', result }),
        (error: unknown) => {
          const payload = this.toPayload(error);
          this.finish(entry, payload.code === 'CANCELLED' || controller.signal.aborted ? { state: 'cancelled', error: payload } : { state: 'failed', error: payload });
        },
      );
    return { jobId };
  }

  status(jobId: string): JobStatus {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new LedgerError('NOT_FOUND', '找不到这个后台任务（可能已结束很久）');
    return entry.status;
  }

  cancel(jobId: string): { cancelled: boolean } {
    const entry = this.jobs.get(jobId);
    if (!entry || entry.status.state !== 'running') return { cancelled: false };
    entry.controller.abort();
    return { cancelled: true };
  }

  /** Whether any job is still running (closing the ledger waits for them to stop). */
  get running(): number {
    return [...this.jobs.values()].filter((entry) => entry.status.state === 'running').length;
  }

  /** Asks every running job to stop, e.g. before the ledger closes. */
  cancelAll(): void {
    for (const entry of this.jobs.values()) if (entry.status.state === 'running') entry.controller.abort();
  }

  private finish(entry: Entry, outcome: Partial<JobStatus> & { state: JobStatus['state'] }): void {
    entry.status = { ...entry.status, ...outcome };
    entry.finishedAt = Date.now();
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, entry] of this.jobs) if (entry.finishedAt !== null && now - entry.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}
