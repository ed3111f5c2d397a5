/**
 * A minimal router over the History API (the app has three views; no dependency needed).
 * Paths: /  ·  /:committee  ·  /:committee/:period  ·  /:committee/:period/rapport
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

export type Route =
  | { view: 'home' }
  | { view: 'committee'; committee: string }
  | { view: 'dashboard'; committee: string; period: string }
  | { view: 'report'; committee: string; period: string }
  | { view: 'not-found' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [committee, period, rest, ...extra] = parts;
  if (committee === undefined) return { view: 'home' };
  if (!SLUG.test(committee) || extra.length > 0) return { view: 'not-found' };
  if (period === undefined) return { view: 'committee', committee };
  if (!PERIOD.test(period)) return { view: 'not-found' };
  if (rest === undefined) return { view: 'dashboard', committee, period };
  if (rest === 'rapport') return { view: 'report', committee, period };
  return { view: 'not-found' };
}

export const dashboardPath = (committee: string, period: string) => `/${committee}/${period}`;
export const reportPath = (committee: string, period: string) => `/${committee}/${period}/rapport`;

const listeners = new Set<() => void>();
/** Whether the last route change came from inside the app (then focus moves to the new h1). */
let lastNavigation: { inApp: boolean; keepFocus: boolean } = { inApp: false, keepFocus: false };

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onPop = () => {
    lastNavigation = { inApp: true, keepFocus: false };
    listener();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', onPop);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export interface NavigateOptions {
  replace?: boolean;
  /** Leave focus where it is (e.g. on the period switcher) instead of moving it to the heading. */
  keepFocus?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  // A redirect (replace) keeps the origin of the navigation that led to it.
  lastNavigation = { inApp: options.replace ? lastNavigation.inApp : true, keepFocus: options.keepFocus ?? false };
  if (!options.replace && !options.keepFocus) window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** True when the view that is rendering should take focus on its heading. */
export function shouldFocusHeading(): boolean {
  return lastNavigation.inApp && !lastNavigation.keepFocus;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; keepFocus?: boolean };

/** An ordinary link that the app handles itself on a plain left click. */
export function Link({ to, keepFocus, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { keepFocus });
  };
  return <a href={to} onClick={handle} {...rest} />;
}
