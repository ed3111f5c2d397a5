/**
 * The kinds of text a monthly report holds. Per area: why it deviates (comment), what is done
 * (action), and its forecast explained. Per committee: the summary, the forecast and investment
 * comments, and the three parts of the summary to kommunstyrelsen.
 */
export const TEXT_KINDS = [
  'comment',
  'action',
  'forecast_comment',
  'summary',
  'forecast_summary',
  'investment_comment',
  'ks_result',
  'ks_forecast',
  'ks_investment',
] as const;

export type TextKind = (typeof TEXT_KINDS)[number];
