import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectDossier } from '../../../shared/contract/inspections';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** Everything the ledger holds about one project, read in one call and re-read after a change made from the dossier. */
export function useProjectDossier(id: number): { dossier: ProjectDossier | null; error: string | null; reload: () => Promise<void> } {
  const [dossier, setDossier] = useState<ProjectDossier | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const next = await api().projects.dossier({ id });
      if (mine !== latest.current) return;
      setDossier(next);
      setError(null);
    } catch (e) {
      if (mine === latest.current) setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { dossier, error, reload };
}
