/**
 * What was typed and not yet acknowledged by the server, kept in localStorage so that a reload, a
 * closed tab or a lost connection loses nothing: the draft stays until a save of it is answered.
 */
export interface Draft {
  body: string;
  /** The version the draft was written from. */
  baseVersion: number;
}

export const draftKey = (committee: string, period: string, area: string | null, kind: string) =>
  `uppfoljning:text:${committee}:${period}:${area ?? ''}:${kind}`;

export function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    return typeof d.body === 'string' && typeof d.baseVersion === 'number' ? { body: d.body, baseVersion: d.baseVersion } : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the text is still in the editor and is saved to the server.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
