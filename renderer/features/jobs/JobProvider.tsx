import { Button, Modal, Progress, Typography } from 'antd';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JobStarted, JobStatus } from '../../../shared/contract/jobs';
import { LedgerError } from '../../../shared/errors';
import { api } from '../../api/client';

/** How often the dialog asks the core how far the job has got. */
const POLL_MS = 250;

export interface JobRunner {
  /**
   * Shows a progress dialog with 取消 while the core runs the job `start` began. Resolves with the job's result,
   * or null when the clerk cancelled; a failed job rejects with the core's LedgerError.
   */
  run<R>(label: string, start: () => Promise<JobStarted<R>>): Promise<R | null>;
}

const JobContext = createContext<JobRunner | null>(null);

export function useJobRunner(): JobRunner {
  const runner = useContext(JobContext);
  if (!runner) throw new Error('useJobRunner 必须在 JobProvider 之内使用');
  return runner;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One progress dialog for the whole app: long jobs run one at a time, as a clerk expects from an office program. */
export function JobProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const current = useRef<string | null>(null);

  const run = useCallback(async <R,>(label: string, start: () => Promise<JobStarted<R>>): Promise<R | null> => {
    setCancelling(false);
    setStatus({ jobId: '', label, state: 'running', done: 0, total: null, stage: '正在开始…' });
    try {
      const { jobId } = await start();
      current.current = jobId;
      for (;;) {
        const latest = await api().jobs.status({ jobId });
        setStatus(latest);
        if (latest.state === 'done') return latest.result as R;
        if (latest.state === 'cancelled') return null;
        if (latest.state === 'failed') throw LedgerError.fromPayload(latest.error ?? { code: 'INTERNAL', message: `${label}失败` });
        await wait(POLL_MS);
      }
    } finally {
      current.current = null;
      setStatus(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setCancelling(true);
    void api().jobs.cancel({ jobId });
  }, []);

  const runner = useMemo<JobRunner>(() => ({ run }), [run]);
  const percent = status && status.total ? Math.min(100, Math.floor((status.done / status.total) * 100)) : null;

  return (
    <JobContext.Provider value={runner}>
      {children}
      <Modal
        open={status !== null}
        title={status?.label}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button onClick={cancel} disabled={cancelling || !current.current}>
            {cancelling ? '正在取消…' : '取消'}
          </Button>
        }
      >
        <Progress percent={percent ?? 0} status="active" showInfo={percent !== null} aria-label="进度" />
        <Typography.Text type="secondary">
          {status?.stage}
          {status?.total ? `（${status.done.toLocaleString('zh-CN')} / ${status.total.toLocaleString('zh-CN')}）` : ''}
        </Typography.Text>
      </Modal>
    </JobContext.Provider>
  );
}
