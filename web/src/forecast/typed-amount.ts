/** What a person types as a forecast, read by core's parser; without a unit the amount is tkr (the forms' and grid's unit). */
import { AmountInputError, parseAmountInput } from '#core/amount-input.ts';

export type Typed = { ok: true; ore: number } | { ok: false; message: string };

export function readTkrInput(text: string): Typed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Skriv ett belopp, t.ex. "-300" (tkr), "-0,3 mnkr" eller "0".' };
  const withUnit = /[a-zåäö]\s*$/i.test(trimmed) ? trimmed : `${trimmed} tkr`;
  try {
    return { ok: true, ore: parseAmountInput(withUnit) };
  } catch (error) {
    if (error instanceof AmountInputError) return { ok: false, message: error.message };
    throw error;
  }
}
