/**
 * "Ångra import" for the latest entry of the import log: a modal dialog (the native <dialog>, so
 * focus stays in it, Esc closes it and focus returns to the button; focus starts on "Avbryt") asks first; the answer, or why
 * the server refused, is shown; the committee's figures are fetched again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { errorBodyOf, undoImport } from '../shared/api.ts';
import type { ImportLogEntry } from '../shared/contract.ts';
import { formatTimestamp } from '../shared/format.ts';
import { invalidateAfterUndo } from '../shared/queries.ts';

export function UndoImport({
  committee,
  entry,
  onUndone,
}: {
  committee: string;
  entry: ImportLogEntry;
  onUndone: (message: string) => void;
}) {
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const undo = useMutation({
    mutationFn: () => undoImport(committee, entry.id),
    onSuccess: async (done) => {
      await invalidateAfterUndo(client, committee);
      dialog.current?.close();
      onUndone(`Importen av ${done.fileName} är ångrad: nämndens bokföring är som före importen.`);
    },
  });
  const open = () => {
    undo.reset();
    dialog.current?.showModal();
    // The undo cannot itself be undone: focus starts on the harmless choice.
    cancel.current?.focus();
  };
  return (
    <>
      <button type="button" className="button button-small" onClick={open} aria-haspopup="dialog">
        Ångra import
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <h2 id={`${id}-title`}>Ångra importen av {entry.fileName}?</h2>
        <p id={`${id}-text`}>
          Nämndens bokföring blir som före importen {formatTimestamp(entry.importedAt)}: belopp, verifikationer, kontoplan och räkenskapsår,
          och ansvar och områden som importen lade till tas bort. Importen står kvar i loggen, markerad som ångrad.
        </p>
        {undo.isError && (
          <p className="status-error" role="alert">
            Importen kunde inte ångras: {errorBodyOf(undo.error).error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => undo.mutate()} disabled={undo.isPending}>
            {undo.isPending ? 'Ångrar …' : 'Ja, ångra importen'}
          </button>
          <button type="button" className="button" ref={cancel} onClick={() => dialog.current?.close()} disabled={undo.isPending}>
            Avbryt
          </button>
        </div>
      </dialog>
    </>
  );
}
