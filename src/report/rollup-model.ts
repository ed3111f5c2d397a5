/**
 * The roll-up to kommunstyrelsen: for one period, every committee's result, deviation, forecast
 * and investments in one table with the municipality's total, and each committee's section 5
 * summary. It is a PrintableDocument (cover, sections, figures), so HTML, PDF and DOCX render it
 * as they render a committee's report; Excel has its own sheets (src/report/xlsx/).
 */
import type { Ore } from '#core/money.ts';
import type { PrintableDocument, PublicationStatus } from './model.ts';

export interface RollupNumbers {
  actualResult: Ore;
  budgetResult: Ore;
  deviation: Ore;
  /** null when the committee (or, in the total, no committee) has given no forecast. */
  forecastDeviation: Ore | null;
  investments: { adjustedBudget: Ore; actual: Ore };
}

export interface RollupCommittee extends RollupNumbers {
  id: string;
  name: string;
  /** Where the figures come from: the latest published version, or the working draft. */
  status: PublicationStatus;
  /** The committee's own texts to kommunstyrelsen (section 5), '' when it has none. */
  ksTexts: { result: string; forecast: string; investment: string };
}

/** A committee in the roll-up without figures, and why ("Ingen publicerad version för april 2025."). */
export interface RollupNote {
  id: string;
  name: string;
  note: string;
}

export interface RollupDocument extends PrintableDocument {
  period: string;
  periodLabel: string;
  committees: RollupCommittee[];
  /** Committees listed without figures (no published version for a reader, no ledger for the period). */
  notes: RollupNote[];
  total: RollupNumbers;
}
