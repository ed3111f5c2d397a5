/** Signs out (DELETE /api/session) and forgets everything the app had fetched. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { request, SESSION_URL } from '../shared/api.ts';
import { setCsrfToken } from './csrf.ts';

export function SignOutButton() {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await request(SESSION_URL, undefined, { method: 'DELETE' });
    } catch {
      // Signed out already (401) or the server is away: the app forgets the session either way.
    } finally {
      setCsrfToken('');
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      client.setQueryData(['session'], null);
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void signOut()} aria-disabled={busy || undefined}>
      Logga ut
    </button>
  );
}
