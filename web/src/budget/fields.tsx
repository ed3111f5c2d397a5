/** Small form parts of the budget pages: a labelled field with its hint and the message that says what is wrong. */
import type { ReactNode } from 'react';
import { AmountInputError, parseAmountInput } from '#core/amount-input.ts';
import { errorBodyOf } from '../shared/api.ts';

export type Errors = Record<string, string>;

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (props: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A typed amount in öre, or the Swedish message of what is wrong with it. */
export function readAmount(text: string, required = true): { ore: number | null; error?: string } {
  if (text.trim() === '')
    return required ? { ore: null, error: 'Ange ett belopp, till exempel "47 tkr" eller "-0,3 mnkr".' } : { ore: null };
  try {
    return { ore: parseAmountInput(text) };
  } catch (e) {
    if (e instanceof AmountInputError) return { ore: null, error: e.message };
    throw e;
  }
}

/** Moves focus to the first field with a message (in the order given); true when there was one. */
export function focusFirst(prefix: string, order: readonly string[], errors: Errors): boolean {
  const first = order.find((k) => errors[k]);
  if (first) document.getElementById(`${prefix}-${first}`)?.focus();
  return first !== undefined;
}

/**
 * A server's refusal as field messages: its `field` ("lines.0.amount" → "amount") when it names one
 * of the form's fields, else under "form".
 */
export function serverErrors(error: unknown, fields: readonly string[]): Errors {
  const body = errorBodyOf(error);
  const field = body.field?.replace(/^lines\.\d+\./, '').replace(/\.\d+$/, '');
  const message = (body.field && body.error.startsWith(`${body.field}: `) ? body.error.slice(body.field.length + 2) : body.error).replace(
    / \(fält: [^)]*\)$/,
    '',
  );
  return field && fields.includes(field) ? { [field]: message } : { form: message };
}
