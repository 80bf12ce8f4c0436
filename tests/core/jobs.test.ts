import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/contract';
import type { Ledger } from '../../electron/core/ledger';
import { freshLedger } from './helpers';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function until(ledger: Ledger, jobId: string, done: (status: JobStatus) => boolean): Promise<JobStatus> {
  for (let i = 0; i < 400; i++) {
    const result = await ledger.call('jobs.status', { jobId });
    if (!result.ok) throw new Error(result.error.message);
    const status = result.value as JobStatus;
    if (done(status)) return status;
    await tick();
  }
  throw new Error('job never reached the expected state');
}

describe('jobs', () => {
  it('reports progress while running and the result when done', async () => {
    const ledger = freshLedger();
    const seen: number[] = [];
    const { jobId } = ledger.ctx.jobs.start('测试任务', async (job) => {
      for (let i = 1; i <= 5; i++) {
        job.progress(i, 5, `第${i}步`);
        await tick();
      }
      return { rows: 5 };
    });
    const finished = await until(ledger, jobId, (status) => {
      seen.push(status.done);
      return status.state !== 'running';
    });
    expect(finished).toMatchObject({ state: 'done', done: 5, total: 5, stage: '第5步', result: { rows: 5 } });
    expect(seen.some((done) => done > 0 && done < 5)).toBe(true);
  });

  it('stops a cancelled job at its next step and says so', async () => {
    const ledger = freshLedger();
    let steps = 0;
    const { jobId } = ledger.ctx.jobs.start('长任务', async (job) => {
      for (;;) {
        job.throwIfCancelled();
        steps++;
        await tick();
      }
    });
    await until(ledger, jobId, () => steps >= 2);
    expect(await ledger.call('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    const finished = await until(ledger, jobId, (status) => status.state !== 'running');
    expect(finished.state).toBe('cancelled');
    expect(finished.error?.code).toBe('CANCELLED');
    const stepsAtCancel = steps;
    await tick();
    expect(steps).toBe(stepsAtCancel);
    // cancelling a finished job changes nothing
    expect(await ledger.call('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('carries a failure as the Chinese error, and refuses unknown ids', async () => {
    const ledger = freshLedger();
    const { jobId } = ledger.ctx.jobs.start('会失败的任务', async () => {
      throw new Error('boom');
    });
    const finished = await until(ledger, jobId, (status) => status.state !== 'running');
    expect(finished.state).toBe('failed');
    expect(finished.error?.code).toBe('INTERNAL');
    const unknown = await ledger.call('jobs.status', { jobId: 'job-999' });
    expect(unknown.ok).toBe(false);
    const malformed = await ledger.call('jobs.status', { jobId: '../x' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
