import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/errors';

export interface Loaded<T> {
  /** the last value read; kept on screen while a refresh is under way */
  value: T | null;
  error: string | null;
}

/**
 * Reads something for one part of the dashboard whenever `load` changes (the page's 刷新 makes a new one). Each part
 * loads on its own, so a slow or failing chart never holds up the figures or the warnings; an answer that arrives
 * after a newer request is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ value: null, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    load().then(
      (value) => request === latest.current && setState({ value, error: null }),
      (error: unknown) => request === latest.current && setState((last) => ({ value: last.value, error: errorMessage(error) })),
    );
  }, [load]);
  return state;
}
