import { type FormEvent, useRef, useState } from 'react';
import { errorBodyOf } from '../shared/api.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { useUploadMapping } from './useMappingMutations.ts';

/** Reads a mapping sheet (CSV or Excel with the columns ansvar and område) and applies it, all or nothing. */
export function MappingUpload({ committee, onSaved }: { committee: string; onSaved: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const upload = useUploadMapping(committee);
  const sending = upload.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) {
      input.current?.focus();
      return;
    }
    upload.mutate(file, {
      onSuccess: (saved) => {
        if (input.current) input.current.value = '';
        onSaved(
          `${saved.fileName ?? file.name} är inläst: ${saved.saved} ansvar mappade${saved.areasCreated ? `, ${saved.areasCreated} nya områden` : ''}.`,
        );
      },
    });
  };

  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-labelledby="mapping-upload-heading">
      <h2 id="mapping-upload-heading">Läs in en mappningsfil</h2>
      <p>
        En CSV- eller Excel-fil med kolumnerna <strong>ansvar</strong> och <strong>område</strong>. Ett område som inte finns skapas; en tom
        cell betyder inget område (Ej fördelat).
      </p>
      {upload.isError && <PlacedError title="Mappningsfilen lästes inte in" error={errorBodyOf(upload.error)} unchanged />}
      <div className="field">
        <label htmlFor="mapping-file">Mappningsfil</label>
        <p className="hint" id="mapping-file-hint">
          Tillåtna filtyper: .csv, .txt, .xlsx.
        </p>
        <input
          type="file"
          id="mapping-file"
          ref={input}
          accept=".csv,.txt,.tsv,.xlsx"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'mapping-file-hint mapping-file-error' : 'mapping-file-hint'}
        />
        {missing && (
          <p className="field-error" id="mapping-file-error">
            Välj en fil att läsa in.
          </p>
        )}
      </div>
      <button type="submit" className="button" aria-disabled={sending || undefined}>
        {sending ? 'Läser in …' : 'Läs in mappningsfilen'}
      </button>
    </form>
  );
}
