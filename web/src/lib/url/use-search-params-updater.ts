import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * React Router's `setSearchParams(prev => …)` hands `prev` from the last render. Navigations render in a transition,
 * so two changes made before the page re-renders (a person, or a test, picking two filters quickly on a busy phone)
 * would both start from the same `prev` and the second would undo the first. This updater starts each change from
 * the last query it asked for, until the page has rendered it; a navigation it did not ask for (back, a link) wins.
 */
export function useSearchParamsUpdater() {
  const [params, setParams] = useSearchParams();
  const asked = useRef<string[]>([]);

  useLayoutEffect(() => {
    const rendered = params.toString();
    const at = asked.current.indexOf(rendered);
    // Caught up with the last query asked for, or moved somewhere it never asked for: nothing is pending any more.
    if (at === asked.current.length - 1 || at < 0) asked.current = [];
    else asked.current = asked.current.slice(at + 1);
  }, [params]);

  const update = useCallback(
    (change: (latest: URLSearchParams) => URLSearchParams) => {
      const pending = asked.current.at(-1);
      const next = change(new URLSearchParams(pending ?? params));
      asked.current.push(next.toString());
      setParams(next);
    },
    [params, setParams],
  );

  return [params, update] as const;
}
