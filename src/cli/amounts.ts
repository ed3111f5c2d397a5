/** Amounts on the command line: Swedish input ("250 tkr", "-0,3 mnkr", "47 000") or whole öre (`--…-ore N`). */
import { InputError } from '#app/errors.ts';
import { AmountInputError, parseAmountInput } from '#core/amount-input.ts';
import type { Ore } from '#core/money.ts';

/** The amount of `--NAME` or `--NAME-ore` (not both); undefined when neither is given. */
export function amountOption(typed: string | undefined, ore: string | undefined, name: string, oreName: string): Ore | undefined {
  if (typed !== undefined && ore !== undefined) throw new InputError(`ange antingen --${name} eller --${oreName}, inte båda`, `--${name}`);
  if (ore !== undefined) {
    if (!/^[-+]?\d+$/.test(ore.trim()) || !Number.isSafeInteger(Number(ore)))
      throw new InputError(`"${ore}" är inget helt antal öre`, `--${oreName}`);
    return Number(ore);
  }
  if (typed === undefined) return undefined;
  try {
    return parseAmountInput(typed);
  } catch (e) {
    if (e instanceof AmountInputError) throw new InputError(e.message, `--${name}`);
    throw e;
  }
}

export function required<T>(value: T | undefined, what: string, option: string): T {
  if (value === undefined || value === '') throw new InputError(`måste anges (${what})`, option);
  return value;
}
