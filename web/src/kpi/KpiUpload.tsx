import { type FormEvent, useId, useRef, useState } from 'react';
import { errorBodyOf } from '../shared/api.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { useUploadKpiValues } from './api.ts';

/** Reads a sheet of key-figure values (CSV or Excel: nyckeltal, område, period, värde), all or nothing. */
export function KpiUpload({ committee, onSaved }: { committee: string; onSaved: (message: string) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const upload = useUploadKpiValues(committee);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) {
      input.current?.focus();
      return;
    }
    upload.mutate(file, {
      onSuccess: (r) => {
        if (input.current) input.current.value = '';
        onSaved(`${r.fileName ?? file.name} är inläst: ${r.saved} värden.`);
      },
    });
  };

  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Läs in värden från en fil</h2>
      <p>
        En CSV- eller Excel-fil med kolumnerna <strong>nyckeltal</strong>, <strong>område</strong>, <strong>period</strong> och{' '}
        <strong>värde</strong> (decimalkomma). Tomt område betyder hela nämnden. Ett fel på någon rad gör att ingenting sparas.
      </p>
      {upload.isError && <PlacedError title="Filen lästes inte in" error={errorBodyOf(upload.error)} unchanged />}
      <div className="field">
        <label htmlFor={`${id}-file`}>Fil med nyckeltal</label>
        <p className="hint" id={`${id}-hint`}>
          Tillåtna filtyper: .csv, .txt, .xlsx.
        </p>
        <input
          type="file"
          id={`${id}-file`}
          ref={input}
          accept=".csv,.txt,.tsv,.xlsx"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {missing && (
          <p className="field-error" id={`${id}-error`}>
            Välj en fil att läsa in.
          </p>
        )}
      </div>
      <button type="submit" className="button" aria-disabled={upload.isPending || undefined}>
        {upload.isPending ? 'Läser in …' : 'Läs in filen'}
      </button>
    </form>
  );
}
