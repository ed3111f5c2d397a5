import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { PeriodizationError, parseWeightsInput } from '#core/periodization.ts';
import { formatMoney, monthName } from '../shared/format.ts';
import { type BudgetOverviewJson, invalidateAfterBudgetChange, type PeriodizationBody, setPeriodization } from './api.ts';
import { type Errors, Field, focusFirst, serverErrors } from './fields.tsx';
import { GROUP_LABELS } from './groups.ts';

const METHODS: { id: PeriodizationBody['method']; label: string }[] = [
  { id: 'ledger', label: 'Som den inlästa budgeten' },
  { id: 'straight', label: 'Rak (en tolftedel i månaden)' },
  { id: 'profile', label: 'Profil med tolv vikter' },
  { id: 'last-year', label: 'Som förra årets utfall' },
];
const METHOD_LABEL = Object.fromEntries(METHODS.map((m) => [m.id, m.label]));
const ORDER = ['line', 'method', 'weights'] as const;
const tkr = (x: number) => formatMoney(x, 'tkr', { bare: true });

/** How each area's account groups are spread over the months, the flagged ones first, and a form to change one. */
export function PeriodizationPanel({
  committee,
  overview,
  onDone,
}: {
  committee: string;
  overview: BudgetOverviewJson;
  onDone: (m: string) => void;
}) {
  const id = useId();
  const client = useQueryClient();
  const lines = overview.areas.flatMap((a) =>
    a.lines.map((l) => ({ ...l, areaId: a.areaId, areaName: a.name, key: `${a.areaId}/${l.group}` })),
  );
  const flagged = lines.find((l) => l.unperiodized);
  const [line, setLine] = useState(flagged?.key ?? lines[0]?.key ?? '');
  const selected = lines.find((l) => l.key === line);
  const [method, setMethod] = useState<string>(selected?.method ?? 'ledger');
  const [weights, setWeights] = useState(selected?.weights?.join('; ') ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: (b: PeriodizationBody) => setPeriodization(committee, b),
    onSuccess: async (_r, b) => {
      await invalidateAfterBudgetChange(client, committee);
      onDone(
        `${selected?.areaName ?? b.area}, ${(GROUP_LABELS[b.group] ?? b.group).toLowerCase()}: ${METHOD_LABEL[b.method]?.toLowerCase()}.`,
      );
    },
    onError: (e) => {
      const found = serverErrors(e, ORDER);
      setErrors(found);
      focusFirst(id, ORDER, found);
    },
  });
  const choose = (key: string) => {
    setLine(key);
    const l = lines.find((x) => x.key === key);
    setMethod(l?.method ?? 'ledger');
    setWeights(l?.weights?.join('; ') ?? '');
    setErrors({});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending || !selected) return;
    const found: Errors = {};
    let parsed: number[] | null = null;
    if (method === 'profile') {
      try {
        parsed = parseWeightsInput(weights);
        if (parsed.length !== 12) found.weights = `Ange tolv vikter, en per månad (nu ${parsed.length}).`;
        else if (!parsed.some((w) => w > 0)) found.weights = 'Minst en vikt måste vara större än noll.';
      } catch (e) {
        if (!(e instanceof PeriodizationError)) throw e;
        found.weights = e.message;
      }
    }
    setErrors(found);
    if (focusFirst(id, ORDER, found)) return;
    save.mutate({
      fiscalYear: overview.fiscalYear,
      area: selected.areaId,
      group: selected.group as PeriodizationBody['group'],
      method: method as PeriodizationBody['method'],
      weights: parsed,
    });
  };

  return (
    <>
      <form className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Ändra periodisering</h2>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <Field id={`${id}-line`} label="Område och kontogrupp" error={errors.line}>
          {(p) => (
            <select {...p} value={line} onChange={(e) => choose(e.target.value)}>
              {lines.map((l) => (
                <option key={l.key} value={l.key}>
                  {l.areaName}, {(GROUP_LABELS[l.group] ?? l.group).toLowerCase()}
                  {l.unperiodized ? ' (ej periodiserad budget)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field">
          <legend id={`${id}-method`}>Fördelning över året</legend>
          <div className="choices">
            {METHODS.map((m) => (
              <label key={m.id}>
                <input type="radio" name={`${id}-method-choice`} checked={method === m.id} onChange={() => setMethod(m.id)} /> {m.label}
              </label>
            ))}
          </div>
        </fieldset>
        {method === 'profile' && (
          <Field
            id={`${id}-weights`}
            label="Vikter, januari till december"
            hint="Tolv tal åtskilda med semikolon eller mellanslag, t.ex. 0; 0; 0; 0; 0; 0; 0; 0; 1; 1; 1; 1"
            error={errors.weights}
          >
            {(p) => (
              <input
                {...p}
                type="text"
                className="input wide"
                autoComplete="off"
                value={weights}
                onChange={(e) => setWeights(e.target.value)}
              />
            )}
          </Field>
        )}
        <p className="hint">
          Månaderna summerar alltid exakt till årets belopp: öresavrundningen går till månaderna med störst rest, vid lika till den
          tidigaste.
        </p>
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={save.isPending || undefined}>
            {save.isPending ? 'Sparar …' : 'Spara periodiseringen'}
          </button>
        </div>
      </form>
      {selected && (
        <section aria-labelledby="months-heading">
          <h2 id="months-heading">
            Månadsbudget: {selected.areaName}, {(GROUP_LABELS[selected.group] ?? selected.group).toLowerCase()}
          </h2>
          {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
          <div className="table-scroll" role="region" aria-labelledby="months-caption" tabIndex={0}>
            <table className="figures-table months-table">
              <caption id="months-caption">
                {METHOD_LABEL[selected.method]}, tkr (året {tkr(selected.annual)})
              </caption>
              <thead>
                <tr>
                  {overview.months.map((m) => (
                    <th key={m} scope="col" className="num">
                      {monthName(m).slice(0, 3)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  {selected.months.map((x, i) => (
                    <td key={overview.months[i]} className="num">
                      {tkr(x)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="lines-heading">
        <h2 id="lines-heading">Alla budgetrader</h2>
        {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
        <div className="table-scroll" role="region" aria-labelledby="lines-caption" tabIndex={0}>
          <table className="figures-table">
            <caption id="lines-caption">Periodisering per område och kontogrupp, årets budget i tkr</caption>
            <thead>
              <tr>
                <th scope="col">Område</th>
                <th scope="col">Kontogrupp</th>
                <th scope="col">Periodisering</th>
                <th scope="col" className="num">
                  Årets budget
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.key}>
                  <th scope="row">{l.areaName}</th>
                  <td>
                    {GROUP_LABELS[l.group] ?? l.group}
                    {l.unperiodized && (
                      <>
                        {' '}
                        <span className="badge">Ej periodiserad budget</span>
                      </>
                    )}
                  </td>
                  <td>{METHOD_LABEL[l.method] ?? l.method}</td>
                  <td className="num">{tkr(l.annual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
