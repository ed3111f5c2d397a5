/**
 * The shape of the demo texts of Socialnämnden, periods January–April 2025.
 *
 * Written in the spirit of the real April report in shared/seed, but rephrased throughout.
 * The texts explain causes and actions only: the figures the system computes itself (an area's
 * year-to-date deviation and forecast, the committee's totals, the PO and löneöversyn amounts,
 * the investment budget) are printed by the report next to these texts and are never repeated here.
 * Paragraphs are separated by a blank line.
 */

export type AreaId =
  | 'utredning-vuxen'
  | 'utredning-barn'
  | 'rekrytering'
  | 'utredning-ungdom'
  | 'familjehem'
  | 'vald-i-nara-relation'
  | 'tillstand'
  | 'boende'
  | 'forebyggande'
  | 'oppenvard'
  | 'flyktingboende'
  | 'utveckling-stod'
  | 'overgripande'
  | 'familjeratt'
  | 'mottagning';

export interface AreaTexts {
  comment?: string;
  action?: string;
  forecastComment?: string;
}

export interface PeriodTexts {
  /** Section 2 "Sammanfattning": causes of the result, after the generated figure sentences. */
  summary: string;
  /** Section 3: the committee's forecast explained, after the generated total. */
  forecastSummary: string;
  /** Section 4: what the investment outcome relates to. */
  investmentComment: string;
  /** Section 5, to kommunstyrelsen (FU): Resultat. */
  ksResult: string;
  /** Section 5, to kommunstyrelsen (FU): Årsprognos. */
  ksForecast: string;
  /** Section 5, to kommunstyrelsen (FU): Investeringsverksamhet. */
  ksInvestment: string;
  areas: Partial<Record<AreaId, AreaTexts>>;
}

/** Paragraphs of a text are separated by a blank line. */
export const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');
