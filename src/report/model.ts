/**
 * The report as a typed document. Paragraphs hold references to figures, never formatted numbers:
 * a figure that appears in two sections is one value in `figures`, so the two cannot disagree.
 * Renderers (HTML, JSON, later PDF and DOCX) only format and lay out.
 */

import type { CommitteeItem } from '#core/forecast.ts';
import type { ProjectFigures } from '#core/investments.ts';
import type { Ore } from '#core/money.ts';
import type { AreaMonths } from '#core/monthly.ts';
import type { ReportTemplate, SectionKey, TemplateLogo } from '#core/template.ts';
import type { TextWarning } from '#core/text-warnings.ts';
import type { TextKind, TextState } from '#core/texts.ts';
import type { decisionsJson } from './budget.ts';
import type { ChartSpec } from './charts/spec.ts';

export type DecisionJson = ReturnType<typeof decisionsJson>[number];

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
  | { type: 'list'; items: Inline[][]; ordered?: boolean }
  | { type: 'table'; caption: string; head: string[]; numeric: boolean[]; rows: TableRow[]; foot?: TableRow }
  | { type: 'chart'; chart: ChartSpec };

export interface TableRow {
  cells: Inline[];
  /** The row's header cell is the first. */
  strong?: boolean;
}

export interface Section {
  /** Which of the template's sections it is (src/core/template.ts); absent in a roll-up. */
  key?: SectionKey;
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
  /** For headings (section 3); null: the name. */
  shortName: string | null;
  material: boolean;
  comment: string | null;
  action: string | null;
  forecastComment: string | null;
  /** The area's texts with their states (comment, action, forecast comment). */
  texts: ReportText[];
  /** Account groups whose budget is straight while the actual is seasonal ("ej periodiserad budget"). */
  unperiodizedGroups: string[];
  byGroup: { group: string; name: string; actualResult: Ore; budgetResult: Ore; deviation: Ore }[];
  /** The year's forecasts of earlier periods, oldest first. */
  forecastHistory: { period: string; deviation: Ore }[];
  /** What the app proposes: periodized and run-rate baselines (deviations); null when not computed. */
  baselineForecast: { periodized: Ore; runRate: Ore } | null;
}

/** Per area, the forecast history and the baselines (src/app/forecast-report.ts). */
export interface ForecastDetails {
  history: { period: string; deviation: Ore }[];
  baseline: { periodized: Ore; runRate: Ore };
}

/** Where a text of the report stands: saved for the period, copied from an earlier one, or missing. */
export interface TextStatus {
  state: TextState;
  /** 0 when the period has no saved text of its own. */
  version: number;
  /** The period a copied text comes from. */
  copiedFrom: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface ReportText extends TextStatus {
  kind: TextKind;
  body: string;
  /** Missing, and required (a material area's comment or action). */
  required: boolean;
  /** What in the text may no longer be true (src/app/text-warnings.ts fills them in). */
  warnings: TextWarning[];
}

/** Whether the document is the working draft ("Utkast" on every page) or a published version. */
export type PublicationStatus = { kind: 'draft' } | { kind: 'published'; version: number; publishedAt: string; publishedBy: string };

/** The cover or title block of a printed document. */
export interface Cover {
  /** "Exempelkommun"; empty: none. */
  municipality: string;
  logo: TemplateLogo | null;
  /** Who reports: "Socialnämnden", or "Kommunstyrelsen" for the roll-up. */
  organisation: string;
  /** "Resultatrapport april 2025" */
  title: string;
  /** The line under the title (what the figures are and their unit). */
  subtitle: string;
  status: PublicationStatus;
}

/** What a renderer needs besides the document: the date printed on a draft (now by default). */
export interface RenderOptions {
  now?: Date;
}

/**
 * What every printed format renders (HTML, PDF, DOCX): a cover, numbered sections of blocks, and
 * the figures the blocks refer to. The committee's report and the roll-up are both one.
 */
export interface PrintableDocument {
  /** The document's title (HTML <title>, PDF title): "Resultatrapport april 2025: Socialnämnden". */
  title: string;
  cover: Cover;
  sections: Section[];
  figures: Record<string, Figure>;
}

export interface ReportDocument extends PrintableDocument {
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
  investments: {
    budget: Ore;
    adjustedBudget: Ore;
    actual: Ore;
    carryOver: Ore;
    projects: ProjectFigures[];
    decisions: DecisionJson[];
  };
  budgetDecisions: DecisionJson[];
  figures: Record<string, Figure>;
  /** The committee's own texts with their states. */
  committeeTexts: ReportText[];
  sections: Section[];
  /** Committee-level items with their inputs and results (src/core/committee-items.ts). */
  committeeItems: readonly CommitteeItem[];
  /** Key figures of the fiscal year up to the period. */
  kpis: readonly ReportKpi[];
  /** Month by month actual and budget per area and in total (areaId ''), fiscal year to the period. */
  monthly: AreaMonths[];
  /** The committee's template the document was built with. */
  template: ReportTemplate;
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
