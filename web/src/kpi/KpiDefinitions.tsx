import { type FormEvent, useId, useRef, useState } from 'react';
import type { KpiDefinitionJson } from '#contract/index.ts';
import { KpiValueError, parseKpiValue } from '#core/kpis.ts';
import { errorBodyOf } from '../shared/api.ts';
import { useDefineKpi } from './api.ts';

type Field = 'id' | 'name' | 'unit' | 'target' | 'decimals';
const LABELS: Record<Field, string> = { id: 'Id', name: 'Namn', unit: 'Enhet', target: 'Mål', decimals: 'Antal decimaler' };
const HINTS: Partial<Record<Field, string>> = {
  id: 'a–z, siffror och bindestreck, t.ex. "placeringar-hvb". Används i CSV-filer och API:t.',
  unit: 'T.ex. "st", "%", "åa" eller "hushåll". Kan lämnas tomt.',
  target: 'Kan lämnas tomt, t.ex. "6,0".',
};

function check(v: Record<Field, string>): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.id.trim())) e.id = 'Skriv ett id med a–z, siffror och bindestreck, t.ex. "placeringar-hvb".';
  if (v.name.trim() === '') e.name = 'Skriv nyckeltalets namn.';
  if (v.unit.trim().length > 20) e.unit = 'Enheten får vara högst 20 tecken.';
  const decimals = Number(v.decimals);
  if (!/^[0-3]$/.test(v.decimals.trim())) e.decimals = 'Ange 0, 1, 2 eller 3 decimaler.';
  else if (v.target.trim() !== '') {
    try {
      parseKpiValue(v.target, decimals);
    } catch (err) {
      if (!(err instanceof KpiValueError)) throw err;
      e.target = err.message;
    }
  }
  return e;
}

/** The committee's key figures, and a form to define one or change it. */
export function KpiDefinitions({
  committee,
  definitions,
  onSaved,
}: {
  committee: string;
  definitions: KpiDefinitionJson[];
  onSaved: (message: string) => void;
}) {
  const id = useId();
  const empty = { id: '', name: '', unit: '', target: '', decimals: '0' };
  const [values, setValues] = useState<Record<Field, string>>(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  const define = useDefineKpi(committee);
  const [editing, setEditing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (define.isPending) return;
    const found = check(values);
    setErrors(found);
    const first = (Object.keys(LABELS) as Field[]).find((f) => found[f]);
    if (first) {
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    define.mutate(
      {
        id: values.id.trim(),
        body: {
          name: values.name.trim(),
          unit: values.unit.trim(),
          target: values.target.trim() || null,
          decimals: Number(values.decimals),
        },
      },
      {
        onSuccess: (d) => {
          setValues(empty);
          setEditing(false);
          onSaved(`Nyckeltalet ${d.name} är sparat.`);
        },
        onError: (error) => {
          const body = errorBodyOf(error);
          const field = (body.field ?? body.issues?.[0]?.field ?? '') as Field;
          setErrors(field in LABELS ? { [field]: body.issues?.[0]?.message ?? body.error } : { name: body.error });
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-list`}>
      <h2 id={`${id}-list`}>Nyckeltal</h2>
      {definitions.length === 0 ? (
        <p>Nämnden har inga nyckeltal än.</p>
      ) : (
        <table className="figures-table">
          <caption className="sr-only">Nämndens nyckeltal</caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Id</th>
              <th scope="col">Enhet</th>
              <th scope="col">Mål</th>
              <th scope="col">Decimaler</th>
              <th scope="col">
                <span className="sr-only">Åtgärd</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {definitions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.id}</td>
                <td>{d.unit || '–'}</td>
                <td>{d.targetText ?? '–'}</td>
                <td>{d.decimals}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setValues({
                        id: d.id,
                        name: d.name,
                        unit: d.unit,
                        target: d.targetText?.replace(/\u00a0/g, ' ') ?? '',
                        decimals: String(d.decimals),
                      });
                      setErrors({});
                      setEditing(true);
                      form.current?.querySelector<HTMLElement>('[name="name"]')?.focus();
                    }}
                  >
                    Ändra<span className="sr-only"> {d.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form ref={form} className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-form`}>
        <h3 id={`${id}-form`}>{editing ? `Ändra ${values.id}` : 'Nytt nyckeltal'}</h3>
        {(Object.keys(LABELS) as Field[]).map((f) => {
          const describedBy = [HINTS[f] && `${id}-${f}-hint`, errors[f] && `${id}-${f}-error`].filter(Boolean).join(' ') || undefined;
          return (
            <div className="field" key={f}>
              <label htmlFor={`${id}-${f}`}>{LABELS[f]}</label>
              {HINTS[f] && (
                <p className="hint" id={`${id}-${f}-hint`}>
                  {HINTS[f]}
                </p>
              )}
              <input
                type="text"
                id={`${id}-${f}`}
                name={f}
                value={values[f]}
                readOnly={f === 'id' && editing}
                onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                aria-invalid={errors[f] ? true : undefined}
                aria-describedby={describedBy}
                autoComplete="off"
              />
              {errors[f] && (
                <p className="field-error" id={`${id}-${f}-error`}>
                  {errors[f]}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit" className="button" aria-disabled={define.isPending || undefined}>
          {define.isPending ? 'Sparar …' : editing ? 'Spara ändringen' : 'Lägg till nyckeltalet'}
        </button>
      </form>
    </section>
  );
}
