import { useEffect, useRef } from 'react';

/** Ctrl (or ⌘) + a letter → handler, e.g. { n: newRecord, f: focusSearch }. The browser's own action is prevented. */
export function useCtrlHotkeys(handlers: Record<string, () => void>, active = true): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const handler = ref.current[event.key.toLowerCase()];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
