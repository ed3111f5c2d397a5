/**
 * The report as a typed document. Paragraphs hold references to figures, never formatted numbers:
 * a figure that appears in two sections is one value in `figures`, so the two cannot disagree.
 * Renderers (HTML, JSON, later PDF and DOCX) only format and lay out.
 */
import type { CommitteeItem } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';

/** 'mnkr-bare': the number without its unit, for a computation written out ("2,2 − 0,6 = 1,6 mnkr"). */
export type FigureStyle = 'mnkr' | 'mnkr-signed' | 'mnkr-bare' | 'tkr' | 'tkr-signed';

export interface Figure {
  amount: Ore;
  style: FigureStyle;
  /** What it is, in Swedish, for screen readers and traceability ("Ackumulerat resultat"). */
  label: string;
}

/** A run of text, or a reference to a figure by id. */
export type Inline = string | { figure: string };

export type Block =
  | { type: 'heading'; level: 3 | 4 | 5; id: string; content: Inline[] }
  | { type: 'paragraph'; content: Inline[]; note?: boolean }
  | { type: 'list'; items: Inline[][] }
  | { type: 'table'; caption: string; head: string[]; numeric: boolean[]; rows: TableRow[]; foot?: TableRow };

export interface TableRow {
  cells: Inline[];
  /** The row's header cell is the first. */
  strong?: boolean;
}

export interface Section {
  number: string;
  title: string;
  id: string;
  blocks: Block[];
}

export interface ResultNumbers {
  actualResult: Ore;
  budgetResult: Ore;
  deviation: Ore;
  previousDeviation: Ore | null;
  forecastDeviation: Ore | null;
}

export interface AreaNumbers extends ResultNumbers {
  id: string;
  name: string;
  material: boolean;
  comment: string | null;
  action: string | null;
  forecastComment: string | null;
  byGroup: { group: string; name: string; actualResult: Ore; budgetResult: Ore; deviation: Ore }[];
}

export interface ReportDocument {
  committee: { id: string; name: string };
  period: string;
  previousPeriod: string | null;
  /** "april 2025" */
  periodLabel: string;
  /** "2025" or "2025/2026" */
  fiscalYear: string;
  /** The fiscal year's first and last month, "YYYY-MM". */
  fiscalYearMonths: { start: string; end: string };
  materialityThreshold: Ore;
  total: ResultNumbers;
  areas: AreaNumbers[];
  investments: { budget: Ore; adjustedBudget: Ore; actual: Ore };
  figures: Record<string, Figure>;
  sections: Section[];
  /** Committee-level items with their inputs and results (src/core/committee-items.ts). */
  committeeItems: readonly CommitteeItem[];
  /** Key figures of the fiscal year up to the period. */
  kpis: readonly ReportKpi[];
}

/** A key figure in the report: its definition and its values so far this fiscal year. */
export interface ReportKpi {
  id: string;
  name: string;
  unit: string;
  /** Thousandths; null when it has no target. */
  target: number | null;
  decimals: number;
  /** area: the area's id, null for the committee; value in thousandths. */
  values: { area: string | null; period: string; value: number }[];
}

/** Collects figures while a document is built; `ref` registers a value once and returns its reference. */
export class FigureBook {
  readonly figures: Record<string, Figure> = {};

  ref(id: string, amount: Ore, style: FigureStyle, label: string): Inline {
    const existing = this.figures[id];
    if (existing && existing.amount !== amount) throw new Error(`figure ${id} registered with two values`);
    this.figures[id] = { amount, style, label };
    return { figure: id };
  }
}
