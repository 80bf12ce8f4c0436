import { useCallback, useEffect, useState } from 'react';
import type { ProblemViewName } from '../../../shared/contract/inspections';
import { api } from '../../api/client';

export type ProblemViewCounts = Partial<Record<ProblemViewName, number>>;

/** The count on each saved view; re-read after every change, since one action moves a problem between views. */
export function useProblemViewCounts(): { counts: ProblemViewCounts; reload: () => Promise<void> } {
  const [counts, setCounts] = useState<ProblemViewCounts>({});
  const reload = useCallback(async () => {
    try {
      setCounts(await api().problems.viewCounts({}));
    } catch {
      // the counts are a convenience: the grid below reports a failed load itself
      setCounts({});
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { counts, reload };
}
