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
}

export interface RollupDocument extends PrintableDocument {
  period: string;
  periodLabel: string;
  committees: RollupCommittee[];
  total: RollupNumbers;
}
