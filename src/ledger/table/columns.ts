/**
 * Recognises the header row of a ledger or budget sheet: which column holds the period, the
 * account, the responsibility code (ansvar) and the amount. Headers are matched in Swedish and
 * English, ignoring case, accents, surrounding whitespace, punctuation (_ - . :) and any
 * parenthesised note, so "Period (ÅÅÅÅMM)", "Månad", "Kostnadsställe" and "Cost_Center" all match.
 * Other columns (names, texts, further dimensions) are ignored.
 */
import { TableError } from './errors.ts';

export type TableKind = 'actual' | 'budget';
export type Role = 'period' | 'account' | 'code' | 'amount';

/** Zero-based indexes of the four columns, and the header texts as found. */
export interface ColumnMap {
  period: number;
  account: number;
  code: number;
  amount: number;
  headers: string[];
}

/**
 * Accepted header names of a column, as a user would write them (shown in messages), and the
 * same names normalised (see normalizeHeader), which are what a header is matched against.
 * Best match first.
 */
export interface Aliases {
  readonly names: readonly string[];
  readonly keys: readonly string[];
}

export function aliases(names: readonly string[]): Aliases {
  return { names, keys: names.map(normalizeHeader) };
}

const PERIOD = aliases([
  'period',
  'bokföringsperiod',
  'redovisningsperiod',
  'accounting period',
  'månad',
  'month',
  'bokföringsdatum',
  'transaktionsdatum',
  'verifikationsdatum',
  'posting date',
  'datum',
  'date',
]);
const CODE = aliases([
  'ansvar',
  'ansvarskod',
  'ansvarsnummer',
  'ansvarsnr',
  'ansvar kod',
  'ansvar nr',
  'kostnadsställe',
  'kst',
  'responsibility',
  'responsibility code',
  'cost center',
  'cost centre',
  'costcenter',
]);
const ACCOUNT = aliases(['konto', 'kontonr', 'kontonummer', 'konto nr', 'account', 'account number', 'account no']);
const AMOUNT: Record<TableKind, Aliases> = {
  actual: aliases(['utfall', 'actual', 'actuals', 'belopp', 'amount', 'saldo']),
  budget: aliases(['budget', 'periodiserad budget', 'budgetbelopp', 'belopp', 'amount', 'saldo']),
};

/** The accepted header names of a role's column, for a kind. */
function aliasesOf(role: Role, kind: TableKind): Aliases {
  return role === 'period' ? PERIOD : role === 'account' ? ACCOUNT : role === 'code' ? CODE : AMOUNT[kind];
}

/** Swedish name of a role's column, used in messages: "period", "konto", "ansvar", "utfall"/"budget". */
function roleLabel(role: Role, kind: TableKind): string {
  return role === 'period' ? 'period' : role === 'account' ? 'konto' : role === 'code' ? 'ansvar' : amountLabel(kind);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function tidy(text: string): string {
  return text
    .replace(/[_\-.:"']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A header without accents, case, punctuation and parenthesised notes: "period". */
export function normalizeHeader(text: string): string {
  return tidy(fold(text).replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** A header as matched: with and without its note, and whether it is a Unit4 text column. */
interface HeaderForm {
  full: string;
  bare: string;
  /** "Ansvar(T)": Unit4's name column beside "Ansvar"; never a key or an amount. */
  text: boolean;
}

function headerForm(text: string): HeaderForm {
  const folded = fold(text);
  return { full: tidy(folded), bare: normalizeHeader(text), text: /\(\s*t\s*\)/.test(folded) };
}

/**
 * Rank of a header among the aliases (lower is better), or -1. A header that matches with its
 * note ("Ansvar") ranks before one that matches only without it ("Ansvar (kod)"). Amounts may
 * carry a year ("Budget 2025").
 */
function rank(h: HeaderForm, keys: readonly string[], allowYear: boolean): number {
  if (h.text) return -1;
  const index = (s: string) => keys.indexOf(allowYear ? s.replace(/ (19|20)\d\d$/, '') : s);
  const full = index(h.full);
  if (full >= 0) return 2 * full;
  const bare = index(h.bare);
  return bare >= 0 ? 2 * bare + 1 : -1;
}

/** The label of the amount column for a kind: "utfall" or "budget". */
export function amountLabel(kind: TableKind): string {
  return kind === 'budget' ? 'budget' : 'utfall';
}

const quote = (s: string): string => `"${s}"`;
const label = (m: { label: string }): string => m.label;

/** `"a", "b", "c"` */
export function quoteList(items: readonly string[]): string {
  return items.map(quote).join(', ');
}

/** A Swedish list: `a`, `a och b`, `a, b och c` (or with `eller`). */
export function swedishList(items: readonly string[], word: 'och' | 'eller'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** A column looked for and not found: its Swedish label and every header name accepted for it. */
export interface MissingColumn {
  label: string;
  names: readonly string[];
  /** An example with a year, for an amount column that may carry one ("budget 2025"). */
  withYear?: string;
}

/**
 * The reason of a missing-column error: which columns are missing, every header name each may
 * have, and the headers that were there, e.g.
 * `kolumnen för konto saknas (den kan heta "konto", … eller "account no"); rubrikerna i filen är "Period", "Ansvar"`.
 * `given` says that the headers were given by the caller (a file without a header row).
 */
export function missingColumnsReason(missing: readonly MissingColumn[], headers: readonly string[], given = false): string {
  const accepted = (m: MissingColumn): string => {
    const names = swedishList(m.names.map(quote), 'eller');
    return m.withYear ? `${names}, även med årtal som ${quote(m.withYear)}` : names;
  };
  const [first] = missing;
  let what: string;
  if (missing.length === 1 && first) {
    what = `kolumnen för ${first.label} saknas (den kan heta ${accepted(first)})`;
  } else {
    const labels = swedishList(missing.map(label), 'och');
    const each = missing.map((m) => `kolumnen för ${m.label} kan heta ${accepted(m)}`).join('; ');
    what = `kolumnerna för ${labels} saknas (${each})`;
  }
  const seen = headers.map((h) => h.trim()).filter((h) => h !== '');
  const where = given ? 'de angivna kolumnnamnen är' : 'rubrikerna i filen är';
  return `${what}; ${where} ${seen.length ? quoteList(seen) : '(inga)'}`;
}

/**
 * Finds the four columns in a header row. Throws a TableError at the header row when a column is
 * missing (naming it, every header name it may have and the headers that were found), when two
 * columns match equally well, or when the amounts are in tkr or mnkr (the reader takes kronor).
 * Row 0 in `place` means the headers were given by the caller, not read from the file.
 */
export function resolveColumns(headers: readonly string[], kind: TableKind, place: { file?: string; row: number }): ColumnMap {
  const trimmed = headers.map((h) => h.trim());
  const normal = trimmed.map(headerForm);
  const roles: Role[] = ['period', 'account', 'code', 'amount'];
  const found: Partial<Record<Role, number>> = {};
  const missing: Role[] = [];
  for (const role of roles) {
    const keys = aliasesOf(role, kind).keys;
    let best = -1;
    let at: number[] = [];
    normal.forEach((h, i) => {
      const r = rank(h, keys, role === 'amount');
      if (r < 0) return;
      if (best < 0 || r < best) {
        best = r;
        at = [i];
      } else if (r === best) at.push(i);
    });
    if (at.length === 0) {
      missing.push(role);
      continue;
    }
    if (at.length > 1) {
      const names = at.map((i) => trimmed[i] ?? '');
      throw new TableError(
        `flera kolumner kan vara kolumnen för ${roleLabel(role, kind)}: ${quoteList(names)}; ta bort eller byt namn på alla utom en`,
        place,
      );
    }
    found[role] = at[0];
  }
  if (missing.length > 0) throw missingError(missing, trimmed, normal, kind, place);
  const amount = found.amount ?? 0;
  const unitText = (trimmed[amount] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  if (/(^| )(tkr|mnkr|tsek|ksek|msek|tusental)( |$)/.test(unitText)) {
    throw new TableError('beloppen är i tkr eller mnkr; exportera dem i kronor', {
      ...place,
      column: trimmed[amount] ?? '',
    });
  }
  return {
    period: found.period ?? 0,
    account: found.account ?? 0,
    code: found.code ?? 0,
    amount,
    headers: trimmed,
  };
}

function missingError(
  missing: Role[],
  headers: string[],
  normal: HeaderForm[],
  kind: TableKind,
  place: { file?: string; row: number },
): TableError {
  const columns = missing.map(
    (role): MissingColumn => ({
      label: roleLabel(role, kind),
      names: aliasesOf(role, kind).names,
      ...(role === 'amount' ? { withYear: `${aliasesOf(role, kind).names[0]} 2025` } : {}),
    }),
  );
  let hint = '';
  if (missing.includes('amount')) {
    // A header only the other kind takes ("Budget" when reading actuals): the user may have picked the wrong kind.
    const other: TableKind = kind === 'budget' ? 'actual' : 'budget';
    const own = AMOUNT[kind].keys;
    const only = AMOUNT[other].keys.filter((k) => !own.includes(k));
    if (normal.some((h) => rank(h, only, true) >= 0)) {
      hint = `; filen har en kolumn för ${amountLabel(other)}: läs in den som ${amountLabel(other)}?`;
    }
  }
  const err = new TableError(missingColumnsReason(columns, headers, place.row === 0) + hint, place);
  // The missing column has no header text: name it by what was looked for (not in the message's
  // place, which would say the column twice).
  err.column = columns[0]?.label ?? '';
  return err;
}
