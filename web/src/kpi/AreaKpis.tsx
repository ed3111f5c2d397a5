import { useQuery } from '@tanstack/react-query';
import { monthName } from '../shared/format.ts';
import { kpisPath, Link } from '../shared/router.tsx';
import { kpisQuery } from './api.ts';
import './kpi.css';

/** The area page's key figures (Nyckeltal): each with the fiscal year's months up to the period, and its target. */
export function AreaKpis({ committee, period, area }: { committee: string; period: string; area: string }) {
  const kpis = useQuery(kpisQuery(committee, period, area));
  const data = kpis.data;
  if (!data) return null;
  const withValues = data.definitions.filter((d) => data.values.some((v) => v.kpi === d.id));
  return (
    <section aria-labelledby="area-kpis-heading" className="drill-section">
      <h2 id="area-kpis-heading">Nyckeltal</h2>
      {withValues.length === 0 ? (
        <p>
          Området har inga nyckeltal för perioden. <Link to={kpisPath(committee, period)}>Fyll i nyckeltal</Link>
        </p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
          <div className="table-scroll" role="region" aria-labelledby="area-kpis-caption" tabIndex={0}>
            <table className="figures-table">
              <caption id="area-kpis-caption">Områdets nyckeltal per månad</caption>
              <thead>
                <tr>
                  <th scope="col">Nyckeltal</th>
                  {data.months.map((m) => (
                    <th scope="col" className="num" key={m}>
                      {monthName(m)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Mål
                  </th>
                </tr>
              </thead>
              <tbody>
                {withValues.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      {d.name}
                      {d.unit ? `, ${d.unit}` : ''}
                    </th>
                    {data.months.map((m) => (
                      <td className="num" key={m}>
                        {data.values.find((v) => v.kpi === d.id && v.period === m)?.text ?? '–'}
                      </td>
                    ))}
                    <td className="num">{d.targetText ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
