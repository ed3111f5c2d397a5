import { type FormEvent, useState } from 'react';
import { errorBodyOf } from '../shared/api.ts';
import type { MappingEntry, MappingJson } from '../shared/contract.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { useSaveMapping } from './useMappingMutations.ts';

const NONE = '';
const NEW = '__nytt__';

interface Edit {
  choice: string;
  newName: string;
}

/** Every responsibility code with a labelled choice of area; saves the changed rows at once (PUT). */
export function MappingTable({ mapping, onSaved }: { mapping: MappingJson; onSaved: (message: string) => void }) {
  const [edits, setEdits] = useState<Map<string, Edit>>(new Map());
  const save = useSaveMapping(mapping.committee.id);
  const saving = save.isPending;
  const [invalid, setInvalid] = useState<string | null>(null);

  const current = (code: string, areaId: string | null): Edit => edits.get(code) ?? { choice: areaId ?? NONE, newName: '' };
  const update = (code: string, edit: Edit) => setEdits((old) => new Map(old).set(code, edit));
  const changed = mapping.codes.filter((c) => {
    const e = edits.get(c.code);
    return e && (e.choice === NEW || e.choice !== (c.areaId ?? NONE));
  });
  const changedCodes = new Set(changed.map((c) => c.code));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const entries: MappingEntry[] = [];
    for (const c of changed) {
      const e = current(c.code, c.areaId);
      if (e.choice === NEW && !e.newName.trim()) {
        setInvalid(c.code);
        document.getElementById(`new-area-${mapping.codes.indexOf(c)}`)?.focus();
        return;
      }
      entries.push({ code: c.code, area: e.choice === NEW ? e.newName.trim() : e.choice || null });
    }
    setInvalid(null);
    if (entries.length === 0) {
      onSaved('Inga ändringar att spara.');
      return;
    }
    save.mutate(entries, {
      // Called once the mapping has been fetched again: the table shows it with no pending change.
      onSuccess: (saved) => {
        setEdits(new Map());
        onSaved(`Mappningen är sparad: ${saved.saved} ansvar ändrade${saved.areasCreated ? `, ${saved.areasCreated} nya områden` : ''}.`);
      },
    });
  };

  if (mapping.codes.length === 0) return <p>Nämnden har inga ansvarskoder ännu. Importera en fil först.</p>;

  return (
    <form onSubmit={submit} className="mapping-form" aria-labelledby="mapping-table-heading">
      <h2 id="mapping-table-heading">Ansvar och områden</h2>
      {save.isError && <PlacedError title="Mappningen kunde inte sparas" error={errorBodyOf(save.error)} unchanged />}
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="mapping-caption" tabIndex={0}>
        <table className="figures-table mapping-table">
          <caption id="mapping-caption">
            Varje ansvarskod hör till ett område i rapporten. Ansvar utan område redovisas som "Ej fördelat".
          </caption>
          <thead>
            <tr>
              <th scope="col">Ansvar</th>
              <th scope="col">Namn</th>
              <th scope="col">Område</th>
            </tr>
          </thead>
          <tbody>
            {mapping.codes.map((c, i) => {
              const e = current(c.code, c.areaId);
              const isChanged = changedCodes.has(c.code);
              // Codes may hold spaces; ids may not.
              const selectId = `area-${i}`;
              const newId = `new-area-${i}`;
              return (
                <tr key={c.code} className={isChanged ? 'changed' : undefined}>
                  <th scope="row">
                    {c.code}
                    {isChanged && (
                      <>
                        {' '}
                        <span className="badge">Ändrad</span>
                      </>
                    )}
                  </th>
                  <td>{c.name}</td>
                  <td>
                    <label className="sr-only" htmlFor={selectId}>
                      Område för ansvar {c.code} {c.name}
                    </label>
                    <select
                      id={selectId}
                      className="input"
                      value={e.choice}
                      onChange={(ev) => update(c.code, { ...e, choice: ev.target.value })}
                    >
                      {mapping.areas.map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.name}
                        </option>
                      ))}
                      <option value={NONE}>Inget område (Ej fördelat)</option>
                      <option value={NEW}>Nytt område …</option>
                    </select>
                    {e.choice === NEW && (
                      <span className="new-area">
                        <label htmlFor={newId}>
                          Namn på nytt område<span className="sr-only"> för ansvar {c.code}</span>
                        </label>
                        <input
                          type="text"
                          id={newId}
                          className="input"
                          value={e.newName}
                          onChange={(ev) => update(c.code, { ...e, newName: ev.target.value })}
                          aria-invalid={invalid === c.code || undefined}
                          aria-describedby={invalid === c.code ? `${newId}-error` : undefined}
                        />
                        {invalid === c.code && (
                          <span className="field-error" id={`${newId}-error`}>
                            Skriv områdets namn.
                          </span>
                        )}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions mapping-actions">
        <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
          {saving ? 'Sparar …' : 'Spara mappningen'}
        </button>
        <button type="button" className="button" onClick={() => setEdits(new Map())} disabled={changed.length === 0 || saving}>
          Ångra ändringarna
        </button>
        <span className="hint">{changed.length === 0 ? 'Inga ändringar.' : `${changed.length} ändrade ansvar.`}</span>
      </div>
    </form>
  );
}
