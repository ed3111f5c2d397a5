import { periodLabel } from '../shared/format.ts';

/** Vouchers (SIE) or rows (sheet) per month, so that a month that stops short is visible. */
export function MonthCounts({ months, what }: { months: { period: string; count: number }[]; what: 'Verifikationer' | 'Rader' }) {
  if (months.length === 0) return null;
  return (
    <table className="figures-table compact month-counts">
      <caption>{what} per månad</caption>
      <thead>
        <tr>
          <th scope="col">Månad</th>
          <th scope="col" className="num">
            {what}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.period}>
            <th scope="row">{periodLabel(m.period)}</th>
            <td className="num">{m.count.toLocaleString('sv-SE')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
