import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClueDetail } from '../../../../shared/contract/clues';
import { api } from '../../../api/client';
import { errorMessage } from '../../../lib/errors';

export interface ClueDetailState {
  detail: ClueDetail | null;
  error: string | null;
  /** re-reads everything after an action: state, allowed actions, the logs and the roster totals change together */
  reload: () => Promise<void>;
}

export function useClueDetail(id: number): ClueDetailState {
  const [detail, setDetail] = useState<ClueDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const next = await api().clues.detail({ id });
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
