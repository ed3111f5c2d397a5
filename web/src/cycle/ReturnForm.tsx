/** "Återsänd med kommentar": the controller's note to the area manager, required, with its message by the field. */
import { type FormEvent, useId, useState } from 'react';
import { RETURN_NOTE_MAX } from '#core/cycle.ts';

export function ReturnForm({ onSubmit, onCancel, busy }: { onSubmit: (note: string) => void; onCancel: () => void; busy: boolean }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = note.trim();
    if (text === '') return setError('Skriv vad områdeschefen ska rätta.');
    if ([...text].length > RETURN_NOTE_MAX) return setError(`Kommentaren får vara högst ${RETURN_NOTE_MAX} tecken.`);
    setError(null);
    onSubmit(text);
  };
  return (
    <form onSubmit={submit} noValidate onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="field">
        <label htmlFor={`${id}-note`}>Kommentar till områdeschefen</label>
        <textarea
          id={`${id}-note`}
          className="text-area"
          value={note}
          // biome-ignore lint/a11y/noAutofocus: the form opens on the reviewer's request; the note is what they type next.
          autoFocus
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="cycle-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Återsänder …' : 'Återsänd området'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
