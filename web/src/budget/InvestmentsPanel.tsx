import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { formatMoney } from '../shared/format.ts';
import { Loading, QueryError } from '../shared/Status.tsx';
import {
  addProject,
  changeProject,
  type InvestmentOverviewJson,
  invalidateAfterBudgetChange,
  investmentsQuery,
  type ProjectBody,
} from './api.ts';
import { type Errors, Field, focusFirst, readAmount, serverErrors } from './fields.tsx';

type Project = InvestmentOverviewJson['projects'][number];
const NEW = '';
const ORDER = ['project', 'id', 'name', 'budget', 'carryOver', 'forecast', 'accounts'] as const;
const mnkr = (x: number | null) => (x === null ? '–' : formatMoney(x, 'mnkr', { bare: true }));
const typedOf = (x: number | null | undefined) => (x === null || x === undefined ? '' : formatMoney(x, 'kr', { decimals: 2, space: ' ' }));

/** The investment projects with budget, carry-over, decisions, actual and forecast; a form to add or change one. */
export function InvestmentsPanel({ committee, period, onDone }: { committee: string; period: string; onDone: (m: string) => void }) {
  const query = useQuery(investmentsQuery(committee, period));
  const data = query.isError ? undefined : query.data;
  return (
    <>
      <QueryError title="Investeringarna kunde inte hämtas." query={query} />
      {query.isPending && <Loading text="Hämtar investeringarna …" />}
      {data && (
        <div aria-busy={query.isFetching}>
          <ProjectTable data={data} />
          <ProjectForm key={data.projects.map((p) => p.id).join()} committee={committee} data={data} onDone={onDone} />
        </div>
      )}
    </>
  );
}

function ProjectTable({ data }: { data: InvestmentOverviewJson }) {
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">Investeringsbudget {data.fiscalYear}</h2>
      <dl className="inline-figures">
        <div>
          <dt>Ursprunglig budget</dt>
          <dd>{formatMoney(data.originalBudget, 'mnkr')}</dd>
        </div>
        <div>
          <dt>Överfört från föregående år</dt>
          <dd>{formatMoney(data.carryOver, 'mnkr')}</dd>
        </div>
        <div>
          <dt>Årets beslut</dt>
          <dd>{formatMoney(data.decisions, 'mnkr', { signed: true })}</dd>
        </div>
        <div>
          <dt>Budget efter justering</dt>
          <dd>{formatMoney(data.adjustedBudget, 'mnkr')}</dd>
        </div>
        <div>
          <dt>Utfall hittills</dt>
          <dd>{formatMoney(data.actual, 'mnkr')}</dd>
        </div>
      </dl>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="projects-caption" tabIndex={0}>
        <table className="figures-table">
          <caption id="projects-caption">Investeringsprojekt, mnkr</caption>
          <thead>
            <tr>
              <th scope="col">Projekt</th>
              <th scope="col" className="num">
                Ursprunglig budget
              </th>
              <th scope="col" className="num">
                Överfört
              </th>
              <th scope="col" className="num">
                Beslut
              </th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col" className="num">
                Utfall
              </th>
              <th scope="col" className="num">
                Prognos
              </th>
              <th scope="col" className="num">
                Avvikelse mot prognos
              </th>
              <th scope="col">Konton</th>
            </tr>
          </thead>
          <tbody>
            {data.projects.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name} <span className="hint">({p.id})</span>
                </th>
                <td className="num">{mnkr(p.budget)}</td>
                <td className="num">{mnkr(p.carryOver)}</td>
                <td className="num">{mnkr(p.decisions)}</td>
                <td className="num">{mnkr(p.revisedBudget)}</td>
                <td className="num">{mnkr(p.actual)}</td>
                <td className="num">{mnkr(p.forecast)}</td>
                <td className="num">{mnkr(p.forecastDeviation)}</td>
                <td>{p.accounts.join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.unassignedDecisions !== 0 && (
        <p className="hint">
          Beslut om investeringsbudgeten som inte gäller något projekt: {formatMoney(data.unassignedDecisions, 'mnkr', { signed: true })}.
        </p>
      )}
    </section>
  );
}

function ProjectForm({ committee, data, onDone }: { committee: string; data: InvestmentOverviewJson; onDone: (m: string) => void }) {
  const id = useId();
  const client = useQueryClient();
  const [project, setProject] = useState(NEW);
  const [fields, setFields] = useState({ id: '', name: '', budget: '', carryOver: '', forecast: '', accounts: '' });
  const [errors, setErrors] = useState<Errors>({});
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const choose = (value: string) => {
    setProject(value);
    setErrors({});
    const p: Project | undefined = data.projects.find((x) => x.id === value);
    setFields(
      p
        ? {
            id: p.id,
            name: p.name,
            budget: typedOf(p.budget),
            carryOver: typedOf(p.carryOver),
            forecast: typedOf(p.forecast),
            accounts: p.accounts.join(', '),
          }
        : { id: '', name: '', budget: '', carryOver: '', forecast: '', accounts: '' },
    );
  };
  const save = useMutation({
    mutationFn: (b: ProjectBody) => (project === NEW ? addProject(committee, b) : changeProject(committee, project, b)),
    onSuccess: async (_r, b) => {
      await invalidateAfterBudgetChange(client, committee);
      onDone(`Projektet ${b.name ?? project} är sparat.`);
    },
    onError: (e) => {
      const found = serverErrors(e, ORDER);
      setErrors(found);
      focusFirst(id, ORDER, found);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found: Errors = {};
    if (project === NEW && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fields.id.trim()))
      found.id = 'Ange ett id med små bokstäver a–z, siffror och bindestreck, t.ex. "inventarier".';
    if (fields.name.trim() === '') found.name = 'Ange projektets namn.';
    const budget = readAmount(fields.budget);
    const carryOver = readAmount(fields.carryOver, false);
    const forecast = readAmount(fields.forecast, false);
    if (budget.error) found.budget = budget.error;
    if (carryOver.error) found.carryOver = carryOver.error;
    if (forecast.error) found.forecast = forecast.error;
    const accounts = fields.accounts.split(/[,;\s]+/).filter((a) => a !== '');
    const badAccount = accounts.find((a) => !/^1[12]\d{0,4}$/.test(a));
    if (badAccount)
      found.accounts = `"${badAccount}" är inget investeringskonto: ange konton eller prefix i klass 11 eller 12, t.ex. 1220 eller 12.`;
    setErrors(found);
    if (focusFirst(id, ORDER, found) || budget.ore === null) return;
    save.mutate({
      fiscalYear: data.fiscalYear,
      ...(project === NEW ? { id: fields.id.trim() } : {}),
      name: fields.name.trim(),
      budget: budget.ore,
      carryOver: carryOver.ore ?? 0,
      forecast: forecast.ore,
      accounts,
    });
  };
  const text = (key: keyof typeof fields, label: string, hint?: string) => (
    <Field id={`${id}-${key}`} label={label} error={errors[key]} {...(hint ? { hint } : {})}>
      {(p) => <input {...p} type="text" autoComplete="off" value={fields[key]} onChange={(e) => set(key)(e.target.value)} />}
    </Field>
  );
  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{project === NEW ? 'Nytt investeringsprojekt' : 'Ändra investeringsprojekt'}</h2>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <Field id={`${id}-project`} label="Projekt" error={errors.project}>
        {(p) => (
          <select {...p} value={project} onChange={(e) => choose(e.target.value)}>
            <option value={NEW}>Nytt projekt …</option>
            {data.projects.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        {project === NEW && text('id', 'Id', 'Små bokstäver, siffror och bindestreck')}
        {text('name', 'Namn')}
      </div>
      <div className="field-row">
        {text('budget', 'Ursprunglig budget', 'T.ex. "700 tkr" eller "1,2 mnkr" (utan enhet: kronor)')}
        {text('carryOver', 'Överfört från föregående år (valfritt)', 'Utan enhet: kronor')}
        {text('forecast', 'Prognos för årets utfall (valfritt)', 'Utan enhet: kronor')}
      </div>
      {text('accounts', 'Konton för utfallet (valfritt)', 'Konton eller prefix i klass 11 och 12, t.ex. 1220, 1110')}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={save.isPending || undefined}>
          {save.isPending ? 'Sparar …' : 'Spara projektet'}
        </button>
      </div>
    </form>
  );
}
