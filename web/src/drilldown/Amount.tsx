import { isNegativeTkr, tkrCell } from '../shared/format.ts';

/** A table cell in tkr; negative figures in red and always with their minus sign. */
export function TkrCell({ value, signed = false }: { value: number; signed?: boolean }) {
  return <td className={isNegativeTkr(value) ? 'num negative' : 'num'}>{tkrCell(value, signed)}</td>;
}

export const TKR_FOOTER = 'Belopp i tusentals kronor (tkr). Positiv avvikelse betyder bättre än budget.';
