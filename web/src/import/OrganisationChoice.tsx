import { type FormEvent, useId, useState } from 'react';
import type { ErrorBody } from '../shared/contract.ts';

type Side = NonNullable<ErrorBody['organisation']>['file'];

/** "Övningsbolaget AB (556677-8899)", as the server's message names an organisation. */
function describe(side: Side): string {
  const name = side.name ?? '';
  if (name && side.orgNumber) return `${name} (${side.orgNumber})`;
  if (name) return name;
  if (side.orgNumber) return `organisationsnummer ${side.orgNumber}`;
  return 'okänd organisation';
}

function codes(side: Side): string | null {
  return side.codes && side.codes.length > 0 ? side.codes.join(', ') : null;
}

/**
 * After an import refused as another organisation's: both sides, and a checkbox to import the
 * file anyway (it then replaces the committee's organisation).
 */
export function OrganisationChoice({
  organisation,
  committeeName,
  fileName,
  onRetry,
}: {
  organisation: NonNullable<ErrorBody['organisation']>;
  committeeName: string;
  fileName: string;
  onRetry: () => void;
}) {
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) {
      setMissing(true);
      document.getElementById(`${id}-replace`)?.focus();
      return;
    }
    onRetry();
  };
  const fileCodes = codes(organisation.file);
  const committeeCodes = codes(organisation.committee);
  return (
    <form className="form-panel organisation-choice" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Annan organisation?</h2>
      <dl className="organisation-sides">
        <dt>Filen {fileName}</dt>
        <dd>
          {describe(organisation.file)}
          {fileCodes && <span className="hint"> Ansvarskoder: {fileCodes}</span>}
        </dd>
        <dt>Nämnden {committeeName}</dt>
        <dd>
          {describe(organisation.committee)}
          {committeeCodes && <span className="hint"> Ansvarskoder: {committeeCodes}</span>}
        </dd>
      </dl>
      <div className="field field-check">
        <input
          type="checkbox"
          id={`${id}-replace`}
          checked={confirmed}
          onChange={(e) => {
            setConfirmed(e.target.checked);
            setMissing(false);
          }}
          aria-invalid={missing || undefined}
          aria-describedby={`${id}-replace-hint${missing ? ` ${id}-replace-error` : ''}`}
        />
        <label htmlFor={`${id}-replace`}>
          Ersätt organisationen: läs in filen från {describe(organisation.file)} i {committeeName} ändå
        </label>
        <p className="hint" id={`${id}-replace-hint`}>
          Gör det bara om nämndens bokföring verkligen ska komma från den här organisationen från och med nu.
        </p>
        {missing && (
          <p className="field-error" id={`${id}-replace-error`}>
            Kryssa i rutan för att läsa in filen ändå.
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Läs in filen igen
        </button>
      </div>
    </form>
  );
}
