import { useLatestLoad } from '../../lib/useLatestLoad';

export interface Loaded<T> {
  /** the last value read; kept on screen while a refresh is under way */
  value: T | null;
  error: string | null;
}

/**
 * Reads something for one part of the dashboard whenever `load` changes (the page's 刷新 makes a new one). Each part
 * loads on its own, so a slow or failing chart never holds up the figures or the warnings.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const { data, error } = useLatestLoad(load);
  return { value: data, error };
}
