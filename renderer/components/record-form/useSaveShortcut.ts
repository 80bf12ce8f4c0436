import { useEffect } from 'react';

/** Ctrl+S saves the open form (and keeps the browser from offering to save the page). */
export function useSaveShortcut(active: boolean, save: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        save();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, save]);
}
