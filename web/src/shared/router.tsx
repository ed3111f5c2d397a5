/**
 * A minimal router over the History API (no dependency needed). Paths:
 * /  ·  /import  ·  /admin/anvandare  ·  /:committee  ·  /:committee/mappning  ·  /:committee/andringslogg  ·  /:committee/:period
 * /:committee/rapportmall
 * /:committee/:period/rapport  ·  /:committee/:period/texter  ·  /:committee/:period/omrade/:area  ·  …/omrade/:area/konto/:account
 * /:committee/:period/prognos  ·  /:committee/prognossakerhet/:year
 * /:committee/:period/budget  ·  …/budget/periodisering  ·  …/budget/investeringar
 * /:committee/:period/poster  ·  /:committee/:period/nyckeltal  ·  /:committee/:period/granskning  ·  /att-gora
 * /:committee/:period/poster  ·  /:committee/:period/nyckeltal
 * /:committee/:period/versioner  ·  …/versioner/jamfor/:from/:to  ·  /:committee/:period/version/:number (web/src/versions/routes.ts)
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';
import { isCommitteeId, LEDGER_ID_PATTERN } from '#core/organisation.ts';
import { isPeriod } from '#core/period.ts';
import { parseVersionRoute, type VersionRoute } from '../versions/routes.ts';

export type Route =
  | { view: 'home' }
  | { view: 'import' }
  | { view: 'admin-users' }
  | { view: 'committee'; committee: string }
  | { view: 'mapping'; committee: string }
  | { view: 'audit'; committee: string }
  | { view: 'template'; committee: string }
  | { view: 'dashboard'; committee: string; period: string }
  | { view: 'report'; committee: string; period: string }
  | { view: 'texts'; committee: string; period: string }
  | { view: 'items'; committee: string; period: string }
  | { view: 'kpis'; committee: string; period: string }
  | { view: 'cycle'; committee: string; period: string }
  | { view: 'todo' }
  | { view: 'area'; committee: string; period: string; area: string }
  | { view: 'account'; committee: string; period: string; area: string; account: string }
  | { view: 'forecast-grid'; committee: string; period: string }
  | { view: 'forecast-accuracy'; committee: string; year: string }
  | { view: 'budget'; committee: string; period: string; page: BudgetPage }
  | VersionRoute
  | { view: 'not-found' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The budget pages: decisions and the revised budget, periodization, investment projects. */
export type BudgetPage = 'beslut' | 'periodisering' | 'investeringar';

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decode);
  if (parts.some((p) => p === null)) return { view: 'not-found' };
  const [committee, period, rest, area, kontoWord, account, ...extra] = parts as string[];
  if (committee === undefined) return { view: 'home' };
  if (committee === 'import' && period === undefined) return { view: 'import' };
  if (committee === 'att-gora' && period === undefined) return { view: 'todo' };
  if (committee === 'admin' && period === 'anvandare' && rest === undefined) return { view: 'admin-users' };
  if (!isCommitteeId(committee) || extra.length > 0) return { view: 'not-found' };
  if (period === undefined) return { view: 'committee', committee };
  if (period === 'mappning' && rest === undefined) return { view: 'mapping', committee };
  if (period === 'andringslogg' && rest === undefined) return { view: 'audit', committee };
  if (period === 'rapportmall' && rest === undefined) return { view: 'template', committee };
  if (period === 'prognossakerhet' && rest !== undefined && /^\d{4}$/.test(rest) && area === undefined)
    return { view: 'forecast-accuracy', committee, year: rest };
  if (!isPeriod(period)) return { view: 'not-found' };
  if (rest === undefined) return { view: 'dashboard', committee, period };
  if (rest === 'versioner' || rest === 'version')
    return parseVersionRoute(committee, period, rest, [area, kontoWord, account]) ?? { view: 'not-found' };
  if (rest === 'rapport' && area === undefined) return { view: 'report', committee, period };
  if (rest === 'texter' && area === undefined) return { view: 'texts', committee, period };
  if (rest === 'prognos' && area === undefined) return { view: 'forecast-grid', committee, period };
  if (rest === 'budget' && kontoWord === undefined && (area === undefined || area === 'periodisering' || area === 'investeringar'))
    return { view: 'budget', committee, period, page: area ?? 'beslut' };
  if (rest === 'poster' && area === undefined) return { view: 'items', committee, period };
  if (rest === 'nyckeltal' && area === undefined) return { view: 'kpis', committee, period };
  if (rest === 'granskning' && area === undefined) return { view: 'cycle', committee, period };
  if (rest !== 'omrade' || area === undefined || !LEDGER_ID_PATTERN.test(area)) return { view: 'not-found' };
  if (kontoWord === undefined) return { view: 'area', committee, period, area };
  if (kontoWord === 'konto' && account !== undefined && LEDGER_ID_PATTERN.test(account))
    return { view: 'account', committee, period, area, account };
  return { view: 'not-found' };
}

const enc = encodeURIComponent;
export const dashboardPath = (committee: string, period: string) => `/${committee}/${period}`;
export const reportPath = (committee: string, period: string) => `/${committee}/${period}/rapport`;
export const textsPath = (committee: string, period: string) => `/${committee}/${period}/texter`;
export const forecastGridPath = (committee: string, period: string) => `/${committee}/${period}/prognos`;
export const accuracyPath = (committee: string, year: string) => `/${committee}/prognossakerhet/${year}`;
export const mappingPath = (committee: string) => `/${committee}/mappning`;
export const auditPath = (committee: string) => `/${committee}/andringslogg`;
export const templatePath = (committee: string) => `/${committee}/rapportmall`;
export const budgetPath = (committee: string, period: string, page: BudgetPage = 'beslut') =>
  `/${committee}/${period}/budget${page === 'beslut' ? '' : `/${page}`}`;
export const itemsPath = (committee: string, period: string) => `/${committee}/${period}/poster`;
export const kpisPath = (committee: string, period: string) => `/${committee}/${period}/nyckeltal`;
export const cyclePath = (committee: string, period: string) => `/${committee}/${period}/granskning`;
export const todoPath = '/att-gora';
export const adminUsersPath = '/admin/anvandare';
export const importPath = (committee?: string) => (committee ? `/import?namnd=${enc(committee)}` : '/import');
export const areaPath = (committee: string, period: string, area: string) => `/${committee}/${period}/omrade/${enc(area)}`;
export const accountPath = (committee: string, period: string, area: string, account: string) =>
  `${areaPath(committee, period, area)}/konto/${enc(account)}`;

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
