import { useEffect, useRef } from 'react';

/**
 * The latest value of a prop or callback, for handlers given once to something that outlives a render (a grid made
 * with AG Grid's createGrid takes its event handlers when it is created): they read `.current` when they run.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
