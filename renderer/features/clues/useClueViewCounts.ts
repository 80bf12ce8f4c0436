import type { ClueViewName } from '../../../shared/contract/clues';
import { api } from '../../api/client';
import { useViewCounts, type ViewCounts as Counts } from '../records/useViewCounts';

export type ViewCounts = Counts<ClueViewName>;

const loadClueViewCounts = () => api().clues.viewCounts({});

/** The count on each of the clue ledger's saved views. */
export const useClueViewCounts = () => useViewCounts<ClueViewName>(loadClueViewCounts);
