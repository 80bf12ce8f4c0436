import { useCallback, useEffect, useState } from 'react';

export type ViewCounts<View extends string> = Partial<Record<View, number>>;

/**
 * The count on each saved view of a ledger (clues, problems); re-read after every change, since one action can move
 * a record between views. `load` is the core's viewCounts method for that ledger.
 */
export function useViewCounts<View extends string>(load: () => Promise<Record<View, number>>): { counts: ViewCounts<View>; reload: () => Promise<void> } {
  const [counts, setCounts] = useState<ViewCounts<View>>({});
  const reload = useCallback(async () => {
    try {
      setCounts(await load());
    } catch {
      // the counts are a convenience: the grid below reports a failed load itself
      setCounts({});
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { counts, reload };
}
