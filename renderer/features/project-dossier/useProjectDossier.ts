import { useCallback } from 'react';
import type { ProjectDossier } from '../../../shared/contract/inspections';
import { api } from '../../api/client';
import { useLatestLoad } from '../../lib/useLatestLoad';

/** Everything the ledger holds about one project, read in one call and re-read after a change made from the dossier. */
export function useProjectDossier(id: number): { dossier: ProjectDossier | null; error: string | null; reload: () => Promise<void> } {
  const { data, error, reload } = useLatestLoad(useCallback(() => api().projects.dossier({ id }), [id]));
  return { dossier: data, error, reload };
}
