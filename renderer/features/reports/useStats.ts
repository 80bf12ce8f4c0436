import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/errors';

/**
 * Loads one report from the core whenever `load` changes (a new week or range), keeping the last figures on screen
 * while the next ones come; an answer that arrives after a newer request is dropped, so a quick change of week never
 * shows the older week's figures. Errors are shown as the core's Chinese message.
 */
export function useStats<T>(load: () => Promise<T>): { value: T | null; loading: boolean; error: string | null; reload: () => Promise<void> } {
  const { message } = App.useApp();
  const [value, setValue] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setLoading(true);
    try {
      const next = await load();
      if (request !== latest.current) return;
      setValue(next);
      setError(null);
    } catch (caught) {
      if (request !== latest.current) return;
      const text = errorMessage(caught);
      setError(text);
      message.error(text);
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [load, message]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { value, loading, error, reload };
}
