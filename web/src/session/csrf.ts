/**
 * The session's CSRF token, which every state-changing request carries in x-csrf-token (the server
 * refuses it otherwise), and the signal that the session has ended (an answer 401).
 */
let token = '';
const listeners = new Set<() => void>();

export function setCsrfToken(value: string): void {
  token = value;
}

export function csrfHeaders(method: string | undefined): Record<string, string> {
  const m = (method ?? 'GET').toUpperCase();
  return m === 'GET' || m === 'HEAD' || !token ? {} : { 'x-csrf-token': token };
}

/** Called by the API layer on a 401: the session gate asks the server again and shows the sign-in. */
export function sessionEnded(): void {
  for (const listener of listeners) listener();
}

export function onSessionEnded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
