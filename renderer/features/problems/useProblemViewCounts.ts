import type { ProblemViewName } from '../../../shared/contract/inspections';
import { api } from '../../api/client';
import { useViewCounts, type ViewCounts } from '../records/useViewCounts';

export type ProblemViewCounts = ViewCounts<ProblemViewName>;

const loadProblemViewCounts = () => api().problems.viewCounts({});

/** The count on each of the problem ledger's saved views. */
export const useProblemViewCounts = () => useViewCounts<ProblemViewName>(loadProblemViewCounts);
