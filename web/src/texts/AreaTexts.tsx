/** The area page's texts for the period (comment, action, forecast comment), beside its figures by account group. */
import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../shared/Status.tsx';
import { TextEditor } from './TextEditor.tsx';
import { textListQuery } from './textsApi.ts';
import './texts.css';

export function AreaTexts({ committee, period, area }: { committee: string; period: string; area: string }) {
  const list = useQuery(textListQuery(committee, period));
  const texts = list.data?.texts.filter((t) => t.area === area) ?? [];
  const material = list.data?.areas.find((a) => a.id === area)?.material ?? false;
  return (
    <section aria-labelledby="area-texts-heading" className="drill-section texts-section" id="texter">
      <h2 id="area-texts-heading">Texter till rapporten</h2>
      {material && <p className="hint">Området når väsentlighetsgränsen: kommentar och åtgärd krävs i rapporten.</p>}
      <QueryError title="Texterna kunde inte hämtas." query={list} />
      {list.isPending && <p role="status">Hämtar texterna …</p>}
      {texts.map((t) => (
        <TextEditor key={`${t.area}/${t.kind}`} committee={committee} period={period} entry={t} />
      ))}
    </section>
  );
}
