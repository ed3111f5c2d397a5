import { type ClipboardEvent, type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { KpiTableJson } from '#contract/index.ts';
import { KpiValueError, parseKpiValue } from '#core/kpis.ts';
import { errorBodyOf } from '../shared/api.ts';
import { monthName } from '../shared/format.ts';
import { useSaveKpiValues } from './api.ts';

/** Row key of the committee itself. */
const COMMITTEE = '';
const cellKey = (area: string, period: string) => `${area}|${period}`;

/**
 * One key figure as areas × months, as a controller fills it from the source system's list:
 * Tab moves along a row, Enter and the arrow keys up and down a column, and a block copied from
 * Excel (rows of tab-separated cells) is pasted from the cell it lands in. Only changed cells
 * are sent; an emptied cell removes its value. Every cell is read with the core's parser.
 */
export function KpiGrid({ table, onSaved }: { table: KpiTableJson; onSaved: (message: string) => void }) {
  const id = useId();
  const [kpiId, setKpiId] = useState(table.definitions[0]?.id ?? '');
  const def = table.definitions.find((d) => d.id === kpiId);
  const rows = useMemo(() => [{ id: COMMITTEE, name: 'Hela nämnden' }, ...table.areas], [table.areas]);
  const saved = useMemo(() => {
    const m = new Map<string, string>();
    for (const v of table.values) if (v.kpi === kpiId) m.set(cellKey(v.area ?? COMMITTEE, v.period), v.text.replace(/\u00a0/g, ' '));
    return m;
  }, [table.values, kpiId]);
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [formError, setFormError] = useState('');
  const save = useSaveKpiValues(table.committee.id);
  if (!def) return <p>Definiera ett nyckeltal först.</p>;

  const value = (k: string) => edits.get(k) ?? saved.get(k) ?? '';
  const cellId = (r: number, c: number) => `${id}-c-${r}-${c}`;
  const place = (k: string) => {
    const [area, period] = k.split('|');
    return [rows.findIndex((x) => x.id === area), table.months.indexOf(period ?? '')] as const;
  };
  const errorId = (k: string) => `${id}-e-${place(k).join('-')}`;
  const focus = (r: number, c: number) => document.getElementById(cellId(r, c))?.focus();
  const change = (k: string, text: string) => setEdits((m) => new Map(m).set(k, text));

  const onKey = (r: number, c: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault();
      focus(Math.min(r + 1, rows.length - 1), c);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focus(Math.max(r - 1, 0), c);
    }
  };
  const onPaste = (r: number, c: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
    setEdits((m) => {
      const next = new Map(m);
      lines.forEach((line, i) => {
        line.split('\t').forEach((cell, j) => {
          const row = rows[r + i];
          const month = table.months[c + j];
          if (row && month) next.set(cellKey(row.id, month), cell.trim());
        });
      });
      return next;
    });
  };

  const submit = () => {
    if (save.isPending) return;
    setFormError('');
    const found = new Map<string, string>();
    const values: { kpi: string; area: string | null; period: string; value: string | null }[] = [];
    const keys: string[] = [];
    for (const [k, text] of edits) {
      if ((saved.get(k) ?? '') === text.trim()) continue;
      const [area = '', period = ''] = k.split('|');
      if (text.trim() !== '') {
        try {
          parseKpiValue(text, def.decimals);
        } catch (e) {
          if (!(e instanceof KpiValueError)) throw e;
          found.set(k, e.message);
          continue;
        }
      }
      keys.push(k);
      values.push({ kpi: def.id, area: area || null, period, value: text.trim() === '' ? null : text.trim() });
    }
    setErrors(found);
    if (found.size > 0) {
      focus(...place([...found.keys()][0] ?? ''));
      return;
    }
    if (values.length === 0) {
      onSaved('Inga ändrade värden att spara.');
      return;
    }
    save.mutate(
      { values },
      {
        onSuccess: (r) => {
          setEdits(new Map());
          onSaved(`${r.saved} värden för ${def.name} är sparade.`);
        },
        onError: (error) => {
          const body = errorBodyOf(error);
          const index = /^values\.(\d+)\./.exec(body.field ?? '')?.[1];
          const k = index === undefined ? undefined : keys[Number(index)];
          if (k) setErrors(new Map([[k, body.error.replace(/^values\.\d+\.\w+: /, '')]]));
          else setFormError(body.error);
        },
      },
    );
  };

  const errorList = [...errors].map(([k, message]) => {
    const [area, period] = k.split('|');
    return { k, text: `${rows.find((x) => x.id === area)?.name ?? area}, ${monthName(period ?? '')}: ${message}` };
  });

  return (
    <section className="form-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Fyll i värden</h2>
      <div className="field">
        <label htmlFor={`${id}-kpi`}>Nyckeltal</label>
        <select
          id={`${id}-kpi`}
          value={kpiId}
          onChange={(e) => {
            // Values typed for this key figure and not saved are not thrown away without asking.
            if (edits.size > 0 && !window.confirm(`Du har ${edits.size} osparade värden för ${def.name}. Byta nyckeltal och släppa dem?`))
              return;
            setKpiId(e.target.value);
            setEdits(new Map());
            setErrors(new Map());
          }}
        >
          {table.definitions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <p className="hint" id={`${id}-hint`}>
        Tabb flyttar längs raden, Enter och piltangenterna upp och ned. Klistra in ett block från Excel i den cell där det ska börja. En
        tömd cell tar bort värdet. {def.decimals === 0 ? 'Heltal.' : `Högst ${def.decimals} decimaler, med komma.`}
      </p>
      {errorList.length > 0 && (
        <div className="field-error" role="alert">
          <p>Rätta de markerade cellerna:</p>
          <ul>
            {errorList.map((e) => (
              <li key={e.k} id={errorId(e.k)}>
                {e.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="table-scroll">
        <table className="figures-table kpi-grid">
          <caption id={`${id}-caption`}>
            {def.name}
            {def.unit ? ` (${def.unit})` : ''} per område och månad
          </caption>
          <thead>
            <tr>
              <th scope="col">Område</th>
              {table.months.map((m) => (
                <th scope="col" key={m} className="num">
                  {monthName(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {table.months.map((m, c) => {
                  const k = cellKey(row.id, m);
                  const bad = errors.has(k);
                  return (
                    <td key={m}>
                      <input
                        id={cellId(r, c)}
                        className="input kpi-cell"
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={`${def.name}, ${row.name}, ${monthName(m)}`}
                        aria-invalid={bad || undefined}
                        aria-describedby={bad ? errorId(k) : undefined}
                        value={value(k)}
                        onChange={(e) => change(k, e.target.value)}
                        onKeyDown={onKey(r, c)}
                        onPaste={onPaste(r, c)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" onClick={submit} aria-disabled={save.isPending || undefined}>
        {save.isPending ? 'Sparar …' : 'Spara värden'}
      </button>
    </section>
  );
}
