import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './errors';

export interface LoadState<T> {
  data: T | null;
  error: string | null;
  reload: () => Promise<void>;
}

/**
 * Loads a value now and on every reload; an answer that arrives after a newer request started is dropped, so a
 * slow reply never overwrites a newer one. Errors become the Chinese message the core sent.
 */
export function useLatestLoad<T>(load: () => Promise<T>): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const next = await load();
      if (mine !== latest.current) return;
      setData(next);
      setError(null);
    } catch (e) {
      if (mine !== latest.current) return;
      setError(errorMessage(e));
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, reload };
}
