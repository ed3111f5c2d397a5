/** A committee (nämnd), its reporting areas and the ledger codes that map to them. */
import type { Ore } from './money.ts';

export interface Committee {
  id: string;
  name: string;
  /** An area whose deviation (year to date or forecast) is at or over this is material. */
  materialityThreshold: Ore;
  /** First calendar month of the fiscal year (1 = January). */
  fiscalYearStartMonth: number;
}

export interface Area {
  id: string;
  name: string;
  sortOrder: number;
  /** A shorter name for headings ("Utredning vuxen" for "Utredningsenhet vuxen"); absent: the name. */
  shortName?: string | null;
}

/** Where amounts on codes that map to no area land, so totals always reconcile with the ledger. */
export const UNALLOCATED_AREA: Area = { id: 'ej-fordelat', name: 'Ej fördelat', sortOrder: 1_000_000 };

/** Responsibility code (ansvar) → area id. */
export type CodeMap = ReadonlyMap<string, string>;

export function areaOfCode(codeMap: CodeMap, code: string): string {
  return codeMap.get(code) ?? UNALLOCATED_AREA.id;
}

const SLUG_FROM = 'åäöéüÅÄÖÉÜ';
const SLUG_TO = 'aaoeuaaoeu';

/** A stable, URL-safe id from a name: "Utveckling och stöd" → "utveckling-och-stod". */
/** A committee id: lower-case a–z and digits in parts joined by single hyphens ("socialnamnden"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_COMMITTEE_ID = 64;

export function isCommitteeId(id: string): boolean {
  return id.length <= MAX_COMMITTEE_ID && SLUG_PATTERN.test(id);
}

/** Area ids and accounts as the ledger has them ("A/1", "5010A"): any printable characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
export const LEDGER_ID_PATTERN = /^[^\u0000-\u001f\u007f]+$/;

export function slugify(name: string): string {
  const ascii = [...name].map((c) => {
    const i = SLUG_FROM.indexOf(c);
    return i >= 0 ? SLUG_TO[i] : c;
  });
  return ascii
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function isMaterial(threshold: Ore, ...deviations: (Ore | null | undefined)[]): boolean {
  return deviations.some((d) => d != null && Math.abs(d) >= threshold);
}
