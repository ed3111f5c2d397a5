import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AreaInfo } from '#contract/index.ts';
import { errorBodyOf } from '../shared/api.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { type AreaEdit, areasQuery, useRemoveArea, useSaveArea } from './areas-api.ts';

/** One area: its name, its short name for headings and its place in the report; saved on its own. */
function AreaRow({ committee, area, onSaved }: { committee: string; area: AreaInfo; onSaved: (m: string) => void }) {
  const [edit, setEdit] = useState<AreaEdit>({ id: area.id, name: area.name, shortName: area.shortName ?? '', sortOrder: area.sortOrder });
  const [order, setOrder] = useState(String(area.sortOrder));
  const [orderError, setOrderError] = useState('');
  const save = useSaveArea(committee);
  const remove = useRemoveArea(committee);
  const changed = edit.name !== area.name || edit.shortName !== (area.shortName ?? '') || order !== String(area.sortOrder);
  const base = `area-${area.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^-?\d{1,9}$/.test(order.trim())) {
      setOrderError('Ordningen ska vara ett heltal, t.ex. 10.');
      document.getElementById(`${base}-order`)?.focus();
      return;
    }
    setOrderError('');
    save.mutate({ ...edit, sortOrder: Number(order.trim()) }, { onSuccess: (a) => onSaved(`Området ${a.name} är sparat.`) });
  };
  const error = save.error ?? remove.error;
  return (
    <tr>
      <th scope="row">
        <code>{area.id}</code>
      </th>
      <td>
        <label className="sr-only" htmlFor={`${base}-name`}>
          Namn på {area.name}
        </label>
        <input
          id={`${base}-name`}
          form={`${base}-form`}
          value={edit.name}
          maxLength={200}
          required
          onChange={(e) => setEdit({ ...edit, name: e.target.value })}
        />
      </td>
      <td>
        <label className="sr-only" htmlFor={`${base}-short`}>
          Kortnamn för {area.name}
        </label>
        <input
          id={`${base}-short`}
          form={`${base}-form`}
          value={edit.shortName}
          maxLength={60}
          onChange={(e) => setEdit({ ...edit, shortName: e.target.value })}
        />
      </td>
      <td>
        <label className="sr-only" htmlFor={`${base}-order`}>
          Ordning för {area.name}
        </label>
        <input
          id={`${base}-order`}
          form={`${base}-form`}
          inputMode="numeric"
          size={5}
          value={order}
          aria-invalid={orderError ? true : undefined}
          aria-describedby={orderError ? `${base}-order-error` : undefined}
          onChange={(e) => setOrder(e.target.value)}
        />
        {orderError && (
          <p id={`${base}-order-error`} className="field-error">
            {orderError}
          </p>
        )}
      </td>
      <td>{area.codes.length > 0 ? area.codes.join(', ') : <span className="hint">inga</span>}</td>
      <td>
        <form id={`${base}-form`} onSubmit={submit} className="inline-actions">
          <button type="submit" className="button" disabled={!changed || save.isPending}>
            Spara<span className="sr-only"> {area.name}</span>
          </button>
          {area.codes.length === 0 && (
            <button
              type="button"
              className="button"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Ta bort området ${area.name}?`))
                  remove.mutate(area.id, { onSuccess: () => onSaved(`Området ${area.name} är borttaget.`) });
              }}
            >
              Ta bort<span className="sr-only"> {area.name}</span>
            </button>
          )}
        </form>
        {error && <PlacedError title={`${area.name} kunde inte sparas`} error={errorBodyOf(error)} unchanged />}
      </td>
    </tr>
  );
}

/** The committee's areas with their names, short names (section 3's headings) and order. */
export function AreaNames({ committee, onSaved }: { committee: string; onSaved: (message: string) => void }) {
  const areas = useQuery(areasQuery(committee));
  if (!areas.data) return null;
  return (
    <section aria-labelledby="area-names-heading" className="area-names">
      <h2 id="area-names-heading">Områden</h2>
      <p>
        Namn och ordning i rapporten. Kortnamnet används i rubriker där namnet är långt, t.ex. i årsprognosen ("Utredning vuxen"). Ett
        område utan ansvar kan tas bort om inget är skrivet för det.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="area-names-heading" tabIndex={0}>
        <table className="figures-table mapping-table area-table">
          <caption className="sr-only">Nämndens områden</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Namn</th>
              <th scope="col">Kortnamn</th>
              <th scope="col">Ordning</th>
              <th scope="col">Ansvar</th>
              <th scope="col">
                <span className="sr-only">Åtgärder</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.data.map((a) => (
              <AreaRow key={a.id} committee={committee} area={a} onSaved={onSaved} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
