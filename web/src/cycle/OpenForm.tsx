/** The controller opens the period: the whole report's deadline and the areas' (each can be changed later). */
import { type FormEvent, useId, useState } from 'react';
import { isDate } from '#core/cycle.ts';
import type { CycleOpen } from './types.ts';

const MESSAGE = 'Ange en dag som ÅÅÅÅ-MM-DD, till exempel 2025-05-08.';

export function OpenForm({
  initial,
  submitLabel,
  busy,
  onSubmit,
}: {
  initial: { deadline: string; areaDeadline: string };
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: CycleOpen) => void;
}) {
  const id = useId();
  const [deadline, setDeadline] = useState(initial.deadline);
  const [areaDeadline, setAreaDeadline] = useState(initial.areaDeadline);
  const [errors, setErrors] = useState<{ deadline?: string; areaDeadline?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!isDate(areaDeadline)) next.areaDeadline = MESSAGE;
    if (!isDate(deadline)) next.deadline = MESSAGE;
    else if (isDate(areaDeadline) && areaDeadline > deadline)
      next.areaDeadline = 'Områdenas tidsgräns ska ligga före eller på hela rapportens.';
    setErrors(next);
    if (Object.keys(next).length === 0) onSubmit({ deadline, areaDeadline });
  };
  const field = (name: 'areaDeadline' | 'deadline', label: string, hint: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <p className="hint" id={`${id}-${name}-hint`}>
        {hint}
      </p>
      <input
        id={`${id}-${name}`}
        type="date"
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-hint ${id}-${name}-error` : `${id}-${name}-hint`}
      />
      {errors[name] && (
        <p className="field-error" id={`${id}-${name}-error`} role="alert">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form className="form-panel cycle-open-form" onSubmit={submit} noValidate>
      {field(
        'areaDeadline',
        'Områdenas tidsgräns',
        'Dagen då områdeschefernas texter ska vara markerade klara.',
        areaDeadline,
        setAreaDeadline,
      )}
      {field('deadline', 'Hela rapportens tidsgräns', 'Dagen då hela rapporten ska vara godkänd.', deadline, setDeadline)}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Sparar …' : submitLabel}
        </button>
      </div>
    </form>
  );
}
