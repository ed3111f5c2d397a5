import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ItemView } from '#contract/index.ts';
import { formatRate } from '#core/amount-input.ts';
import { ITEM_KIND_LABELS } from '#core/committee-items.ts';
import { useCommittee } from '../shared/committees.ts';
import { formatMoney, monthName, periodLabel } from '../shared/format.ts';
import { PeriodInputPage } from '../shared/PeriodInputPage.tsx';
import { itemsQuery, useRemoveItem } from './api.ts';
import { ItemForm } from './ItemForm.tsx';
import { EMPTY_FORM, formOf } from './itemForm.ts';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './items.css';

function inputsText(i: ItemView): string {
  const { inputs } = i;
  const pct = (n: number | undefined) => (n === undefined ? '' : `${formatRate(n)} %`);
  const mnkr = (n: number | undefined) => (n === undefined ? '' : formatMoney(n, 'mnkr'));
  if (i.kind === 'po')
    return `Lönesumma ${mnkr(inputs.salaryBase)}, preliminärt ${pct(inputs.preliminaryRate)}, fastställt ${pct(inputs.fixedRate)}`;
  if (i.kind === 'salary-revision')
    return `Lönesumma ${mnkr(inputs.salaryBase)}, faktisk ökning ${pct(inputs.actualRise)}, kompenserad ${pct(inputs.compensatedRise)}`;
  return i.kind === null ? 'Belopp utan indata' : `Belopp ${mnkr(inputs.amount)}`;
}

/** /:committee/:period/poster: the committee-level items of the forecast, with their inputs and computations. */
export function ItemsPage({ committee, period }: { committee: string; period: string }) {
  const items = useQuery(itemsQuery(committee, period));
  const { summary } = useCommittee(committee);
  const data = items.isError ? undefined : items.data;
  const name = data?.committee.name ?? summary?.name ?? committee;
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemoveItem(committee, period);
  const edited = data?.items.find((i) => i.key === editing);
  const po = data?.items.filter((i) => i.group === 'po') ?? [];

  return (
    <PeriodInputPage
      committee={committee}
      period={period}
      name={name}
      title="Poster på nämndnivå"
      lead="PO-påslag, löneöversyn, förväntade statsbidrag och centrala potter i årsprognosen, med sina uträkningar."
      footer="Positivt resultat är bättre än budget. En post i ett område ingår i områdets prognos; utan område läggs den till nämndens total."
      query={items}
      loading="Hämtar posterna …"
      failed="Posterna kunde inte hämtas."
      message={message}
    >
      {data && (
        <>
          {data.readFrom && (
            <p className="notice">
              {capitalized(monthName(period))} har inga egna poster än: posterna från {periodLabel(data.readFrom)} gäller. Den första
              ändringen kopierar dem till {monthName(period)}.
            </p>
          )}
          {data.items.length === 0 ? (
            <p>Inga poster för perioden.</p>
          ) : (
            <>
              {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
              <div className="table-scroll" role="region" aria-labelledby="items-caption" tabIndex={0}>
                <table className="figures-table items-table">
                  <caption id="items-caption">Poster i årsprognosen för {periodLabel(period)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Post</th>
                      <th scope="col">Typ</th>
                      <th scope="col">Område</th>
                      <th scope="col">Indata</th>
                      <th scope="col">Uträkning</th>
                      <th scope="col">
                        <span className="sr-only">Åtgärder</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((i) => (
                      <tr key={i.key}>
                        <th scope="row">
                          {i.label}
                          <span className="item-key"> ({i.key})</span>
                        </th>
                        <td>{i.kind ? ITEM_KIND_LABELS[i.kind] : 'Belopp'}</td>
                        <td>{i.areaName ?? 'Hela nämnden'}</td>
                        <td>{inputsText(i)}</td>
                        <td className="num formula">{i.formula}</td>
                        <td className="actions">
                          <button type="button" className="button secondary" onClick={() => setEditing(i.key)}>
                            Ändra<span className="sr-only"> {i.label}</span>
                          </button>
                          <button
                            type="button"
                            className="button secondary"
                            aria-disabled={remove.isPending || undefined}
                            onClick={() => {
                              if (remove.isPending || !window.confirm(`Ta bort ${i.label} från ${monthName(period)}?`)) return;
                              remove.mutate(i.key, { onSuccess: () => setMessage(`${i.label} är borttagen från ${periodLabel(period)}.`) });
                            }}
                          >
                            Ta bort<span className="sr-only"> {i.label}</span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {remove.isError && (
            <p className="field-error" role="alert">
              {remove.error.message}
            </p>
          )}
          {po.length > 0 && (
            <p className="item-sum">
              PO-påslag och löneöversyn: <strong>{data.poFormula}</strong>
            </p>
          )}
          <ItemForm
            key={edited?.key ?? 'new'}
            data={data}
            initial={edited ? formOf(edited) : EMPTY_FORM}
            onSaved={(text) => {
              setMessage(text);
              setEditing(null);
            }}
            onCancel={edited ? () => setEditing(null) : undefined}
          />
        </>
      )}
    </PeriodInputPage>
  );
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
