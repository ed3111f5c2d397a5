/** The committee's materiality threshold: typed as a Swedish amount ("150" is 150 tkr), checked by core's parser, saved with PATCH. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { parseThresholdInput } from '#core/materiality.ts';
import { formatMoney } from '../shared/format.ts';
import { patchCommittee } from './textsApi.ts';

export function MaterialityForm({ committee, period, threshold }: { committee: string; period: string; threshold: number }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [value, setValue] = useState(() => String(threshold / 100_000).replace('.', ','));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    let ore: number;
    try {
      ore = parseThresholdInput(value);
    } catch (err) {
      setError((err as Error).message);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const r = await patchCommittee(committee, { materialityThreshold: ore });
      setSaved(`Väsentlighetsgränsen är nu ${formatMoney(r.materialityThreshold, 'tkr')}.`);
      void queryClient.invalidateQueries({ queryKey: ['texts', committee, period] });
      void queryClient.invalidateQueries({ queryKey: ['report', committee] });
      void queryClient.invalidateQueries({ queryKey: ['report-html', committee] });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form-panel materiality-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Väsentlighetsgräns</h2>
      <div className="field">
        <label htmlFor={`${id}-input`}>Väsentlighetsgräns (tkr)</label>
        <p className="hint" id={`${id}-hint`}>
          Områden vars avvikelse hittills i år eller prognos når gränsen måste ha kommentar och åtgärd. Skriv till exempel "150" (tkr) eller
          "0,2 mnkr".
        </p>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Sparar …' : 'Spara gränsen'}
        </button>
        <p role="status" className="status-success-inline">
          {saved}
        </p>
      </div>
    </form>
  );
}
