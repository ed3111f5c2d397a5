/** The overview's table: every area with its state, deadline, who changed it last and when, and the texts it still needs. */
import type { ReactNode } from 'react';
import { formatTimestamp } from '../shared/format.ts';
import { areaPath, Link } from '../shared/router.tsx';
import { StateBadge } from './StateBadge.tsx';
import type { CycleArea } from './types.ts';

export function CycleTable({
  committee,
  period,
  areas,
  caption,
  warnings,
}: {
  committee: string;
  period: string;
  areas: readonly CycleArea[];
  caption: string;
  /** The texts' warnings per area (a column of their own when given). */
  warnings?: (areaId: string) => ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-labelledby="cycle-caption" tabIndex={0}>
      <table className="figures-table cycle-table">
        <caption id="cycle-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col">Tillstånd</th>
            <th scope="col">Tidsgräns</th>
            <th scope="col">Senast ändrat</th>
            <th scope="col">Saknas</th>
            {warnings && <th scope="col">Varningar</th>}
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`${areaPath(committee, period, a.id)}#granskning`}>{a.name}</Link>
                {a.state === 'returned' && a.note && <p className="hint">Kommentar: {a.note}</p>}
              </th>
              <td>
                <StateBadge state={a.state} label={a.stateLabel} late={a.late} />
              </td>
              <td className="cycle-date">{a.deadline ?? '–'}</td>
              <td>{a.updatedBy && a.updatedAt ? `${a.updatedBy}, ${formatTimestamp(a.updatedAt)}` : '–'}</td>
              <td>{a.missingTexts.length > 0 ? a.missingTexts.join(', ') : '–'}</td>
              {warnings && <td>{warnings(a.id)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
