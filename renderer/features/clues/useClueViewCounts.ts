import { useCallback, useEffect, useState } from 'react';
import type { ClueViewName } from '../../../shared/contract/clues';
import { api } from '../../api/client';

export type ViewCounts = Partial<Record<ClueViewName, number>>;

/** The count on each saved view; re-read after every change, since one action can move a clue between views. */
export function useClueViewCounts(): { counts: ViewCounts; reload: () => Promise<void> } {
  const [counts, setCounts] = useState<ViewCounts>({});
  const reload = useCallback(async () => {
    try {
      setCounts(await api().clues.viewCounts({}));
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
