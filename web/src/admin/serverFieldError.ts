/** A server's 400 answer placed by its field: the message to show there (without the "(fält: …)" suffix). */
import { ApiError } from '../shared/api.ts';

export function serverFieldError(error: unknown, fields: readonly string[]): { field: string; message: string } | null {
  if (!(error instanceof ApiError) || !error.details?.field) return null;
  const field = error.details.field.split('.')[0] ?? '';
  if (!fields.includes(field)) return null;
  const issue = error.details.issues?.find((i) => i.field.split('.')[0] === field);
  return { field, message: issue?.message ?? error.details.error };
}

/** Moves focus to the first field (by element id) that has an error. */
export function focusFirst(ids: (string | null)[]): void {
  const id = ids.find((i) => i !== null);
  if (!id) return;
  const element = document.getElementById(id);
  (element?.matches('fieldset') ? element.querySelector<HTMLElement>('input') : element)?.focus();
}
