import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/shell';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** The shell's version and folders; read when a component that shows them mounts. */
export function useAppInfo(enabled = true): { info: AppInfo | null; error: string | null } {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api()
      .shell.appInfo({})
      .then(
        (value) => live && setInfo(value),
        (reason: unknown) => live && setError(errorMessage(reason)),
      );
    return () => {
      live = false;
    };
  }, [enabled]);
  return { info, error };
}
