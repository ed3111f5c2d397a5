import { useEffect, useRef } from 'react';
import { shouldFocusHeading } from './router.tsx';

/**
 * After a navigation inside the app, moves focus to the view's h1 (tabIndex -1), so a screen
 * reader announces the new view and keyboard users start at its top. `ready` delays it until
 * the heading shows the loaded content.
 */
export function useHeadingFocus<T extends HTMLElement>(ready: boolean, key: string) {
  const ref = useRef<T>(null);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || done.current === key) return;
    done.current = key;
    if (shouldFocusHeading()) ref.current?.focus();
  }, [ready, key]);
  return ref;
}
