/**
 * The forecast grid's table: areas × the fiscal year's months, in tkr. Tab and the arrow keys move
 * between cells (left and right at the ends of the text, Enter down); a block pasted from a
 * spreadsheet fills the cells from the one it is pasted into; the committee total of each month
 * follows what is typed. Months without bookkeeping cannot be given a forecast.
 */
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { periodsOfYear } from '#core/period.ts';
import type { ForecastList } from '../shared/contract.ts';
import { formatMoney, monthName } from '../shared/format.ts';
import { cellKey, cellValue, type GridState, monthTotal, parseBlock, textOf } from './grid-cells.ts';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  Enter: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function focusCell(row: number, col: number) {
  const input = document.querySelector<HTMLInputElement>(`input[data-cell="${row}:${col}"]`);
  if (input) {
    input.focus();
    input.select();
  }
}

export function ForecastGrid({
  list,
  state,
  onEdit,
}: {
  list: ForecastList;
  state: GridState;
  onEdit: (edits: [string, string][], skipped: number) => void;
}) {
  const months = periodsOfYear(list.fiscalYear);
  const editable = months.filter((p) => list.periodsWithData.includes(p));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    const input = event.currentTarget;
    if (move[1] === -1 && input.selectionStart !== 0) return;
    if (move[1] === 1 && input.selectionEnd !== input.value.length) return;
    event.preventDefault();
    focusCell(row + move[0], col + move[1]);
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const edits: [string, string][] = [];
    let skipped = 0;
    parseBlock(text).forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const area = list.areas[row + r];
        const period = editable[col + c];
        if (area && period) edits.push([cellKey(area.id, period), cell.trim()]);
        else skipped++;
      });
    });
    onEdit(edits, skipped);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-labelledby="grid-caption" tabIndex={0}>
      <table className="figures-table forecast-grid">
        <caption id="grid-caption">
          Årsprognos per område och månad: förväntad avvikelse mot budget för helåret, i tkr (positiv = bättre än budget). Månader utan
          bokföring kan inte få prognos.
        </caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            {months.map((p) => (
              <th scope="col" key={p} className="num">
                {monthName(p).slice(0, 3)}, tkr
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.areas.map((a, row) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              {months.map((p) => {
                const col = editable.indexOf(p);
                const key = cellKey(a.id, p);
                if (col < 0) return <td key={p} className="num" aria-label={`${a.name}, ${monthName(p)}: ingen bokföring`} />;
                const value = cellValue(state, key);
                const changed = state.edits.has(key) && state.edits.get(key) !== (state.saved.get(key) ?? '');
                return (
                  <td key={p} className={changed ? 'num changed' : 'num'}>
                    <input
                      type="text"
                      inputMode="decimal"
                      data-cell={`${row}:${col}`}
                      aria-label={`${a.name}, ${monthName(p)}, tkr`}
                      aria-invalid={value && !value.ok ? true : undefined}
                      title={value && !value.ok ? value.message : undefined}
                      value={textOf(state, key)}
                      onChange={(e) => onEdit([[key, e.target.value]], 0)}
                      onKeyDown={(e) => onKeyDown(e, row, col)}
                      onPaste={(e) => onPaste(e, row, col)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Hela nämnden</th>
            {months.map((p) => {
              const total = monthTotal(list, state, p);
              return (
                <td key={p} className="num" data-total={p}>
                  {total === null ? '–' : formatMoney(total, 'tkr', { signed: true, bare: true })}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
