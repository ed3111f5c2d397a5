import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorBodyOf } from '../shared/api.ts';
import { formatMoney } from '../shared/format.ts';
import { type BudgetOverviewJson, invalidateAfterBudgetChange, removeDecision } from './api.ts';
import { GROUP_LABELS } from './groups.ts';

type Decision = BudgetOverviewJson['decisions'][number];

const BODY_LABELS: Record<string, string> = { KF: 'Kommunfullmäktige', KS: 'Kommunstyrelsen', nämnd: 'Nämnden' };

function where(d: Decision, areaName: (id: string) => string): string {
  return d.lines
    .map((l) =>
      l.target === 'area'
        ? `${l.areaId ? areaName(l.areaId) : 'inget område'}, ${GROUP_LABELS[l.group] ?? l.group}`
        : `Investeringsbudget${l.projectId ? `, ${l.projectId}` : ''}`,
    )
    .join('; ');
}

/** The fiscal year's decisions, each removable; those after the period do not count yet. */
export function DecisionList({
  committee,
  overview,
  onDone,
}: {
  committee: string;
  overview: BudgetOverviewJson;
  onDone: (m: string) => void;
}) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => removeDecision(committee, id),
    onSuccess: async (r) => {
      await invalidateAfterBudgetChange(client, committee);
      onDone(`Beslutet ${r.removed} är borttaget.`);
    },
    onError: (e) => onDone(`Beslutet kunde inte tas bort: ${errorBodyOf(e).error}`),
  });
  const areaName = (id: string) => overview.areas.find((a) => a.areaId === id)?.name ?? id;
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Årets budgetbeslut</h2>
      {overview.decisions.length === 0 ? (
        <p>Inga budgetbeslut är registrerade för {overview.fiscalYear}.</p>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
        <div className="table-scroll" role="region" aria-labelledby="decisions-caption" tabIndex={0}>
          <table className="figures-table decisions-table">
            <caption id="decisions-caption">Budgetbeslut {overview.fiscalYear}, belopp i tkr</caption>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Beslut</th>
                <th scope="col">Gäller</th>
                <th scope="col" className="num">
                  Belopp
                </th>
                <th scope="col">
                  <span className="sr-only">Åtgärd</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.decisions.map((d) => (
                <tr key={d.id} className={d.counts ? undefined : 'not-counted'}>
                  <td>{d.decidedOn}</td>
                  <th scope="row">
                    {BODY_LABELS[d.body] ?? d.body}
                    {d.ref ? ` ${d.ref}` : ''}: {d.text}
                    {!d.counts && <span className="hint"> (räknas från och med {d.decidedOn.slice(0, 7)})</span>}
                  </th>
                  <td>{where(d, areaName)}</td>
                  <td className="num">
                    {formatMoney(
                      d.lines.reduce((s, l) => s + l.amount, 0),
                      'tkr',
                      { signed: true, bare: true },
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        if (window.confirm(`Ta bort budgetbeslutet ${d.id}? Den reviderade budgeten räknas om.`)) remove.mutate(d.id);
                      }}
                      aria-disabled={remove.isPending || undefined}
                    >
                      Ta bort<span className="sr-only"> beslutet {d.id}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
