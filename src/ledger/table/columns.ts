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

// Aliases in normalised form (see normalizeHeader), best match first.
const PERIOD = [
  'period', 'bokforingsperiod', 'redovisningsperiod', 'accounting period', 'manad', 'month',
  'bokforingsdatum', 'transaktionsdatum', 'verifikationsdatum', 'posting date', 'datum', 'date',
];
const CODE = [
  'ansvar', 'ansvarskod', 'ansvarsnummer', 'ansvarsnr', 'ansvar kod', 'ansvar nr', 'kostnadsstalle',
  'kst', 'responsibility', 'responsibility code', 'cost center', 'cost centre', 'costcenter',
];
const ACCOUNT = ['konto', 'kontonr', 'kontonummer', 'konto nr', 'account', 'account number', 'account no'];
const AMOUNT: Record<TableKind, string[]> = {
  actual: ['utfall', 'actual', 'actuals', 'belopp', 'amount', 'saldo'],
  budget: ['budget', 'periodiserad budget', 'budgetbelopp', 'belopp', 'amount', 'saldo'],
};

/** Swedish names of the roles, used in messages. */
const LABEL: Record<Role, string> = { period: 'period', account: 'konto', code: 'ansvar', amount: 'belopp' };

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function tidy(text: string): string {
  return text.replace(/[_\-.:"']+/g, ' ').replace(/\s+/g, ' ').trim();
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
function rank(h: HeaderForm, aliases: readonly string[], allowYear: boolean): number {
  if (h.text) return -1;
  const index = (s: string) => aliases.indexOf(allowYear ? s.replace(/ (19|20)\d\d$/, '') : s);
  const full = index(h.full);
  if (full >= 0) return 2 * full;
  const bare = index(h.bare);
  return bare >= 0 ? 2 * bare + 1 : -1;
}

/** The label of the amount column for a kind: "utfall" or "budget". */
export function amountLabel(kind: TableKind): string {
  return kind === 'budget' ? 'budget' : 'utfall';
}

function quoteList(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(', ');
}

/**
 * Finds the four columns in a header row. Throws a TableError at the header row when a column is
 * missing (naming it, with the headers that were found), when two columns match equally well,
 * or when the amounts are in tkr or mnkr (the reader takes kronor).
 */
export function resolveColumns(
  headers: readonly string[],
  kind: TableKind,
  place: { file?: string; row: number },
): ColumnMap {
  const trimmed = headers.map((h) => h.trim());
  const normal = trimmed.map(headerForm);
  const wanted: [Role, readonly string[]][] = [
    ['period', PERIOD], ['account', ACCOUNT], ['code', CODE], ['amount', AMOUNT[kind]],
  ];
  const found: Partial<Record<Role, number>> = {};
  const missing: Role[] = [];
  for (const [role, aliases] of wanted) {
    let best = -1;
    let at: number[] = [];
    normal.forEach((h, i) => {
      const r = rank(h, aliases, role === 'amount');
      if (r < 0) return;
      if (best < 0 || r < best) { best = r; at = [i]; } else if (r === best) at.push(i);
    });
    if (at.length === 0) { missing.push(role); continue; }
    if (at.length > 1) {
      const names = at.map((i) => trimmed[i] ?? '');
      throw new TableError(
        `flera kolumner kan vara ${LABEL[role]}: ${quoteList(names)}; ta bort eller döp om alla utom en`,
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
  const names = missing.map((role) => (role === 'amount' ? amountLabel(kind) : LABEL[role]));
  const parts = missing.map((role) => {
    const aliases = role === 'period' ? PERIOD : role === 'account' ? ACCOUNT : role === 'code' ? CODE : AMOUNT[kind];
    return `"${role === 'amount' ? amountLabel(kind) : LABEL[role]}" (t.ex. ${quoteList(aliases.slice(0, 3))})`;
  });
  let hint = '';
  if (missing.includes('amount')) {
    const other: TableKind = kind === 'budget' ? 'actual' : 'budget';
    if (normal.some((h) => rank(h, AMOUNT[other].slice(0, 1), true) >= 0)) {
      hint = `; filen har en kolumn för ${amountLabel(other)}: läs den som ${amountLabel(other)}?`;
    }
  }
  const seen = headers.filter((h) => h !== '');
  const err = new TableError(
    `${missing.length > 1 ? 'kolumnerna' : 'kolumnen'} ${parts.join(', ')} saknas; ` +
      `rubrikerna i filen är ${seen.length ? quoteList(seen) : '(inga)'}${hint}`,
    place,
  );
  // The missing column has no header text: name it by what was looked for.
  err.column = names[0];
  return err;
}
