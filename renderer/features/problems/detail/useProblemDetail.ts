import { useCallback } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { api } from '../../../api/client';
import { useLatestLoad } from '../../../lib/useLatestLoad';

export type ProblemDetail = OutputOf<'problems.detail'>;

/** The problem, its 整改记录 and the actions its state allows, re-read whole after every action. */
export function useProblemDetail(id: number): { detail: ProblemDetail | null; error: string | null; reload: () => Promise<void> } {
  const { data, error, reload } = useLatestLoad(useCallback(() => api().problems.detail({ id }), [id]));
  return { detail: data, error, reload };
}
