import { useCallback } from 'react';
import type { ClueDetail } from '../../../../shared/contract/clues';
import { api } from '../../../api/client';
import { useLatestLoad } from '../../../lib/useLatestLoad';

export interface ClueDetailState {
  detail: ClueDetail | null;
  error: string | null;
  /** re-reads everything after an action: state, allowed actions, the logs and the roster totals change together */
  reload: () => Promise<void>;
}

export function useClueDetail(id: number): ClueDetailState {
  const { data, error, reload } = useLatestLoad(useCallback(() => api().clues.detail({ id }), [id]));
  return { detail: data, error, reload };
}
