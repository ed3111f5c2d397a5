/**
 * What in a text may no longer be true (src/core/text-warnings.ts): a note beside the editor,
 * each warning with the words it is about marked in their sentence. Advice only: nothing here
 * stops a save. The warnings are the saved text's: the list's until the editor saves, then the
 * text's own answer (fetched again after every save).
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TextEntry, TextWarning } from '#contract/index.ts';
import { textHistoryQuery } from './textsApi.ts';

/** Characters of context shown on each side of the marked words. */
const CONTEXT = 40;

function Excerpt({ body, w }: { body: string; w: TextWarning }) {
  if (w.phrase === null || body.slice(w.start, w.end) !== w.phrase) return null;
  const from = Math.max(0, body.lastIndexOf(' ', Math.max(0, w.start - CONTEXT)) + 1);
  const toSpace = body.indexOf(' ', Math.min(body.length, w.end + CONTEXT));
  const to = toSpace < 0 ? body.length : toSpace;
  return (
    <q className="text-warning-excerpt">
      {from > 0 && '… '}
      {body.slice(from, w.start)}
      <mark>{w.phrase}</mark>
      {body.slice(w.end, to)}
      {to < body.length && ' …'}
    </q>
  );
}

export function TextWarnings({
  committee,
  period,
  entry,
  version,
  id,
}: {
  committee: string;
  period: string;
  entry: TextEntry;
  /** The version the editor stands on: another than the one it was opened with means it has saved since. */
  version: number;
  id: string;
}) {
  // The list's entry follows a save (version, body) but not its warnings: after a save, ask the text.
  const [loadedVersion] = useState(entry.version);
  const savedSince = version !== loadedVersion;
  const saved = useQuery({ ...textHistoryQuery(committee, period, entry.kind, entry.area), enabled: savedSince });
  const current = savedSince && saved.data ? saved.data : entry;
  // The element is always there: the text area names it in aria-describedby.
  if (current.warnings.length === 0) return <div id={id} />;
  return (
    <div className="text-warnings" id={id} role="note" aria-label={`Varningar: ${entry.label.toLowerCase()}`}>
      <ul>
        {current.warnings.map((w) => (
          <li key={`${w.type}/${w.start}/${w.end}`} className={`text-warning text-warning-${w.type}`}>
            <strong>Varning:</strong> {w.message.charAt(0).toLowerCase() + w.message.slice(1)} <Excerpt body={current.body} w={w} />
          </li>
        ))}
      </ul>
      <p className="hint">Varningarna hindrar inte att texten sparas.</p>
    </div>
  );
}
