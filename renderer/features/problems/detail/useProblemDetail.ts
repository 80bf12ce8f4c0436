import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { api } from '../../../api/client';
import { errorMessage } from '../../../lib/errors';

export type ProblemDetail = OutputOf<'problems.detail'>;

/** The problem, its 整改记录 and the actions its state allows, re-read whole after every action. */
export function useProblemDetail(id: number): { detail: ProblemDetail | null; error: string | null; reload: () => Promise<void> } {
  const [detail, setDetail] = useState<ProblemDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const next = await api().problems.detail({ id });
      if (mine !== latest.current) return;
      setDetail(next);
      setError(null);
    } catch (e) {
      if (mine !== latest.current) return;
      setError(errorMessage(e));
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { detail, error, reload };
}
