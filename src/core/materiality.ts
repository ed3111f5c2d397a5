/** The committee's materiality threshold as people type it: a bare number is tkr ("150" = 150 tkr); a unit may be named ("0,2 mnkr", "150 000 kr"). */
import { parseAmountInput } from './amount-input.ts';
import type { Ore } from './money.ts';

export class ThresholdInputError extends Error {}

/** The threshold in öre; throws AmountInputError (bad amount) or ThresholdInputError (negative). */
export function parseThresholdInput(text: string): Ore {
  const withUnit = /[a-zåäö]/i.test(text) ? text : `${text} tkr`;
  const ore = parseAmountInput(withUnit);
  if (ore < 0) throw new ThresholdInputError(`Väsentlighetsgränsen kan inte vara negativ ("${text.trim()}").`);
  return ore;
}
