/**
 * What changed between two published versions of a report: per area (and for the committee as a
 * whole) which figures changed, from what to what, and which texts changed, with a word diff.
 * The input is the report JSON as it was frozen (src/contract/reports.ts has its full schema; only
 * the parts compared are named here). Amounts are integers in öre.
 */
import { diffWordsWithSpace } from 'diff';
import { ACCOUNT_GROUPS } from './accounts.ts';
import { TEXT_LABELS, textKindOf } from './texts.ts';

interface FigureSet {
  actualResult: number;
  budgetResult: number;
  deviation: number;
  previousDeviation: number | null;
  forecastDeviation: number | null;
}

interface TextOfVersion {
  kind: string;
  body: string;
}

/** The parts of a frozen report JSON that a diff compares. */
export interface VersionContent {
  total: FigureSet;
  areas: readonly (FigureSet & {
    code: string;
    name: string;
    accountGroups: readonly { group: string; name: string; actualResult: number; budgetResult: number; deviation: number }[];
    texts: readonly TextOfVersion[];
  })[];
  committeeTexts: readonly TextOfVersion[];
  investments: { budget: number; adjustedBudget: number; actual: number; carryOver: number };
}

export interface FigureChange {
  /** Which figure: "deviation", "accountGroups.personalkostnader.actualResult", "investments.actual", … */
  figure: string;
  /** In Swedish, for the screen: "Avvikelse", "Personalkostnader: utfall". */
  label: string;
  /** null: the figure is not there (a first month's previous deviation, an area without forecast, a group without amounts). */
  from: number | null;
  to: number | null;
}

export interface TextPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

export interface TextChange {
  /** The report JSON's kind name (comment, action, forecast-comment, summary, …). */
  kind: string;
  label: string;
  from: string;
  to: string;
  /** The word diff from `from` to `to`: concatenating the same and removed parts gives `from`, the same and added parts `to`. */
  parts: TextPart[];
}

export interface AreaChange {
  /** The area's id; null for the committee as a whole (its totals, investments and own texts). */
  area: string | null;
  name: string;
  /** An area only in the newer version is added, only in the older one removed. */
  presence: 'both' | 'added' | 'removed';
  figures: FigureChange[];
  texts: TextChange[];
}

/** Only what changed: no entry for an area whose figures and texts are the same in both. */
export interface VersionDiff {
  changes: AreaChange[];
}

export const COMMITTEE_AS_AREA = 'Hela nämnden';

const FIGURE_LABELS: Record<keyof FigureSet, string> = {
  actualResult: 'Utfall',
  budgetResult: 'Budget',
  deviation: 'Avvikelse',
  previousDeviation: 'Föregående månads avvikelse',
  forecastDeviation: 'Prognos, avvikelse helår',
};
const FIGURE_KEYS = Object.keys(FIGURE_LABELS) as (keyof FigureSet)[];
const GROUP_FIGURES = { actualResult: 'utfall', budgetResult: 'budget', deviation: 'avvikelse' } as const;
const INVESTMENT_LABELS: Record<keyof VersionContent['investments'], string> = {
  budget: 'Investeringsbudget',
  adjustedBudget: 'Justerad investeringsbudget',
  actual: 'Investeringar, utfall',
  carryOver: 'Investeringar, överfört från föregående år',
};

/** The changes from version `from` to version `to`. */
export function diffVersions(from: VersionContent, to: VersionContent): VersionDiff {
  const changes: AreaChange[] = [];
  const committee: AreaChange = {
    area: null,
    name: COMMITTEE_AS_AREA,
    presence: 'both',
    figures: [
      ...figureChanges(from.total, to.total),
      ...(Object.keys(INVESTMENT_LABELS) as (keyof VersionContent['investments'])[])
        .filter((k) => from.investments[k] !== to.investments[k])
        .map((k) => ({ figure: `investments.${k}`, label: INVESTMENT_LABELS[k], from: from.investments[k], to: to.investments[k] })),
    ],
    texts: textChanges(from.committeeTexts, to.committeeTexts),
  };
  if (committee.figures.length > 0 || committee.texts.length > 0) changes.push(committee);

  const older = new Map(from.areas.map((a) => [a.code, a]));
  const newer = new Map(to.areas.map((a) => [a.code, a]));
  // The newer version's order, then the areas it no longer has.
  const codes = [...to.areas.map((a) => a.code), ...from.areas.map((a) => a.code).filter((c) => !newer.has(c))];
  for (const code of codes) {
    const a = older.get(code);
    const b = newer.get(code);
    const change: AreaChange = {
      area: code,
      name: (b ?? a)?.name ?? code,
      presence: a && b ? 'both' : b ? 'added' : 'removed',
      figures: [...figureChanges(a, b), ...groupChanges(a?.accountGroups ?? [], b?.accountGroups ?? [])],
      texts: textChanges(a?.texts ?? [], b?.texts ?? []),
    };
    if (change.presence !== 'both' || change.figures.length > 0 || change.texts.length > 0) changes.push(change);
  }
  return { changes };
}

function figureChanges(a: FigureSet | undefined, b: FigureSet | undefined): FigureChange[] {
  return FIGURE_KEYS.filter((k) => (a?.[k] ?? null) !== (b?.[k] ?? null)).map((k) => ({
    figure: k,
    label: FIGURE_LABELS[k],
    from: a?.[k] ?? null,
    to: b?.[k] ?? null,
  }));
}

type GroupFigures = VersionContent['areas'][number]['accountGroups'][number];

function groupChanges(a: readonly GroupFigures[], b: readonly GroupFigures[]): FigureChange[] {
  const older = new Map(a.map((g) => [g.group, g]));
  const newer = new Map(b.map((g) => [g.group, g]));
  const known = ACCOUNT_GROUPS.map((g) => g.id as string);
  const groups = [...new Set([...older.keys(), ...newer.keys()])].sort((x, y) => rank(known, x) - rank(known, y));
  const out: FigureChange[] = [];
  for (const group of groups) {
    const g = older.get(group);
    const h = newer.get(group);
    const name = (h ?? g)?.name ?? group;
    for (const k of Object.keys(GROUP_FIGURES) as (keyof typeof GROUP_FIGURES)[]) {
      const before = g?.[k] ?? null;
      const after = h?.[k] ?? null;
      if (before !== after)
        out.push({ figure: `accountGroups.${group}.${k}`, label: `${name}: ${GROUP_FIGURES[k]}`, from: before, to: after });
    }
  }
  return out;
}

function rank(known: string[], group: string): number {
  const i = known.indexOf(group);
  return i === -1 ? known.length : i;
}

function textChanges(a: readonly TextOfVersion[], b: readonly TextOfVersion[]): TextChange[] {
  const older = new Map(a.map((t) => [t.kind, t.body]));
  const newer = new Map(b.map((t) => [t.kind, t.body]));
  const kinds = [...new Set([...newer.keys(), ...older.keys()])];
  return kinds
    .filter((kind) => (older.get(kind) ?? '') !== (newer.get(kind) ?? ''))
    .map((kind) => {
      const from = older.get(kind) ?? '';
      const to = newer.get(kind) ?? '';
      const internal = textKindOf(kind);
      return { kind, label: internal ? TEXT_LABELS[internal] : kind, from, to, parts: textDiff(from, to) };
    });
}

/**
 * Below this share of the longer text's visible characters in common, a text counts as rewritten:
 * the old text removed and the new added, whole, which reads better than words picked apart.
 */
export const REWRITTEN_BELOW = 0.4;

/** A word diff (whitespace kept as it is), adjacent parts of the same change joined. */
export function textDiff(from: string, to: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const c of diffWordsWithSpace(from, to)) {
    const change = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.change === change) last.text += c.value;
    else parts.push({ change, text: c.value });
  }
  const visible = (text: string) => text.replace(/\s/g, '').length;
  const same = parts.reduce((n, p) => n + (p.change === 'same' ? visible(p.text) : 0), 0);
  const longer = Math.max(visible(from), visible(to));
  if (longer > 0 && same < REWRITTEN_BELOW * longer) {
    return [...(from ? [{ change: 'removed' as const, text: from }] : []), ...(to ? [{ change: 'added' as const, text: to }] : [])];
  }
  return parts;
}
