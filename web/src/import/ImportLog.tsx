import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportLogEntry } from '../shared/contract.ts';
import { formatTimestamp } from '../shared/format.ts';
import { importLogQuery } from '../shared/queries.ts';
import { Loading, QueryError } from '../shared/Status.tsx';
import { UndoImport } from './UndoImport.tsx';

const KIND_LABELS: Record<ImportLogEntry['kind'], string> = {
  sie: 'SIE-fil',
  'table-actual': 'Utfall',
  'table-budget': 'Budget',
  demo: 'Demodata',
};

/** The Status column: undone (when, by whom), the undo button on the one entry that can be undone, or nothing. */
function StatusOf({ committee, entry, onUndone }: { committee: string; entry: ImportLogEntry; onUndone: (message: string) => void }) {
  if (entry.undoneAt)
    return (
      <>
        Ångrad {formatTimestamp(entry.undoneAt)} av {entry.undoneBy}
      </>
    );
  if (entry.undoable) return <UndoImport committee={committee} entry={entry} onUndone={onUndone} />;
  return null;
}

/** A short description of what an import held, from its stored summary. */
function contentOf(entry: ImportLogEntry): string {
  const s = entry.summary as { counts?: { vouchers?: number; periodBalances?: number }; rows?: number; periods?: string[] } | null;
  if (!s || typeof s !== 'object') return '';
  const n = (x: number) => x.toLocaleString('sv-SE');
  if (typeof s.rows === 'number') {
    const first = s.periods?.[0];
    const last = s.periods?.at(-1);
    const periods = first && last ? `, ${first === last ? first : `${first} – ${last}`}` : '';
    return `${n(s.rows)} ${s.rows === 1 ? 'rad' : 'rader'}${periods}`;
  }
  if (s.counts && typeof s.counts.vouchers === 'number') {
    const v = s.counts.vouchers;
    const b = s.counts.periodBalances ?? 0;
    return v > 0 ? `${n(v)} ${v === 1 ? 'verifikation' : 'verifikationer'}` : `${n(b)} ${b === 1 ? 'periodsaldo' : 'periodsaldon'}`;
  }
  return '';
}

/** The committee's import log: what was read, from which file (SHA-256), when and by whom; the latest can be undone. */
export function ImportLog({ committee, name }: { committee: string; name: string }) {
  const log = useQuery(importLogQuery(committee));
  const [message, setMessage] = useState('');
  return (
    <section className="import-log" aria-labelledby="import-log-heading">
      <h2 id="import-log-heading">Importlogg</h2>
      <p className="status-message" role="status">
        {message}
      </p>
      {log.isPending && <Loading text="Hämtar importloggen …" />}
      <QueryError title="Importloggen kunde inte hämtas." query={log} />
      {log.isSuccess && (log.data === null || log.data.imports.length === 0) && <p>Inga importer till nämnden ännu.</p>}
      {log.data && log.data.imports.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
        <div className="table-scroll" role="region" aria-labelledby="import-log-caption" tabIndex={0}>
          <table className="figures-table">
            <caption id="import-log-caption">Importer till {name}, senaste först</caption>
            <thead>
              <tr>
                <th scope="col">Tid</th>
                <th scope="col">Fil</th>
                <th scope="col">Typ</th>
                <th scope="col">Innehåll</th>
                <th scope="col">Användare</th>
                <th scope="col">SHA-256 (början)</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {log.data.imports.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatTimestamp(entry.importedAt)}</td>
                  <th scope="row" className="file-name">
                    {entry.fileName}
                  </th>
                  <td>{KIND_LABELS[entry.kind] ?? entry.kind}</td>
                  <td>{contentOf(entry)}</td>
                  <td>{entry.user}</td>
                  <td>
                    <code>{entry.sha256.slice(0, 12)}</code>
                  </td>
                  <td>
                    <StatusOf committee={committee} entry={entry} onUndone={setMessage} />
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
