import type { Ref } from 'react';
import type { ErrorBody } from './contract.ts';

/** Field names as the forms call them. */
const FIELD_LABELS: Record<string, string> = {
  kind: 'Typ av fil',
  committee: 'Nämnd',
  dimension: 'Dimension',
  name: 'Nämndens namn',
  file: 'Fil',
  body: 'Innehåll',
};

/** The place of an error as label–value pairs: fil, rad, kolumn, fält. */
export function placeOf(error: ErrorBody): [string, string][] {
  const place: [string, string][] = [];
  if (error.file) place.push(['Fil', error.file]);
  if (error.line !== undefined && error.line > 0) place.push(['Rad', String(error.line)]);
  if (error.row !== undefined && error.row > 0) place.push(['Rad', String(error.row)]);
  if (error.column !== undefined) place.push(['Kolumn', error.column]);
  if (error.field) place.push(['Fält', FIELD_LABELS[error.field] ?? error.field]);
  return place;
}

/**
 * An error that stopped an import or an upload, shown prominently with its place (file, line or
 * row, column) and, when the server guarantees it, that nothing was changed.
 */
export function PlacedError({
  title,
  error,
  unchanged,
  headingRef,
}: {
  title: string;
  error: ErrorBody;
  /** Say that nothing was changed (the import is all or nothing). */
  unchanged: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const place = placeOf(error);
  return (
    <div className="status status-error placed-error" role="alert">
      <h2 className="status-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {place.length > 0 && (
        <dl className="error-place">
          {place.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="error-message">{error.error}</p>
      {unchanged && (
        <p>
          <strong>Inget ändrades:</strong> importen görs helt eller inte alls, så uppgifterna är som före försöket.
        </p>
      )}
    </div>
  );
}
