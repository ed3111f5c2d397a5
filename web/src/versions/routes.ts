/**
 * The versions' paths (parsed by shared/router.tsx):
 *   /:committee/:period/versioner                   the period's published versions (and publishing)
 *   /:committee/:period/versioner/jamfor/:from/:to  what changed from one version to another
 *   /:committee/:period/version/:number             the dashboard showing a published version
 */
export type VersionRoute =
  | { view: 'versions'; committee: string; period: string }
  | { view: 'version-diff'; committee: string; period: string; from: number; to: number }
  | { view: 'dashboard'; committee: string; period: string; version: number };

const versionNumber = (text: string | undefined): number | null =>
  text !== undefined && /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;

/** The route of a path /:committee/:period/<word>/…, or null when it is not one of the versions' paths. */
export function parseVersionRoute(committee: string, period: string, word: string, rest: (string | undefined)[]): VersionRoute | null {
  const [a, b, c, ...more] = rest;
  if (more.some((p) => p !== undefined)) return null;
  if (word === 'versioner' && a === undefined) return { view: 'versions', committee, period };
  const from = versionNumber(b);
  const to = versionNumber(c);
  if (word === 'versioner' && a === 'jamfor' && from !== null && to !== null) return { view: 'version-diff', committee, period, from, to };
  const number = versionNumber(a);
  if (word === 'version' && number !== null && b === undefined) return { view: 'dashboard', committee, period, version: number };
  return null;
}

export const versionsPath = (committee: string, period: string) => `/${committee}/${period}/versioner`;
export const versionDiffPath = (committee: string, period: string, from: number, to: number) =>
  `${versionsPath(committee, period)}/jamfor/${from}/${to}`;
export const versionDashboardPath = (committee: string, period: string, number: number) => `/${committee}/${period}/version/${number}`;
