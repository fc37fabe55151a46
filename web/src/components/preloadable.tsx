import { lazy, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is its own chunk (issue 16: what a phone's first screen does not show is not in its first
 * download), with `preload` to fetch it ahead of need. Once loaded it renders at once, without suspending: a wide
 * screen that preloaded it when the module was evaluated never shows a fallback. Before that it suspends like
 * React.lazy (wrap it in Suspense). A failed load (offline) is tried again the next time.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P): ReactNode {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component: Preloadable, preload };
}

/** True on a screen wider than a phone's, when the module is evaluated (where the table and inline filters show). */
export function wideScreen(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && !window.matchMedia(query).matches;
}
