import type { RollupCommitteeJson } from './rollup-api.ts';

const PARTS = [
  { key: 'result', title: 'Resultat' },
  { key: 'forecast', title: 'Årsprognos' },
  { key: 'investment', title: 'Investeringsverksamhet' },
] as const;

function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) return <p className="missing-text">Kommentar saknas.</p>;
  return (
    <>
      {paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of one text, in their order.
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

/** Each committee's texts to kommunstyrelsen (section 5 of its report): result, forecast, investments. */
export function RollupSummaries({ committees }: { committees: readonly RollupCommitteeJson[] }) {
  if (committees.length === 0) return null;
  return (
    <section className="rollup-summaries" aria-labelledby="rollup-summaries-heading">
      <h2 id="rollup-summaries-heading">Nämndernas sammanfattningar till kommunstyrelsen</h2>
      {committees.map((c) => (
        <article key={c.id} className="rollup-summary" aria-labelledby={`summary-${c.id}`}>
          <h3 id={`summary-${c.id}`}>{c.name}</h3>
          {PARTS.map((part) => (
            <div key={part.key}>
              <h4>{part.title}</h4>
              <Paragraphs text={c.ksTexts[part.key]} />
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
