/**
 * Asks the server who is signed in (GET /api/session) before the app: the sign-in page when no one
 * is, the password change when the password is a one-time one, else the app with the session.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { ApiError, getJson, SESSION_URL } from '../shared/api.ts';
import type { SessionJson } from '../shared/contract.ts';
import { ErrorMessage, Loading } from '../shared/Status.tsx';
import { ChangePassword } from './ChangePassword.tsx';
import { onSessionEnded, setCsrfToken } from './csrf.ts';
import { SignIn } from './SignIn.tsx';
import { SessionContext } from './session-context.ts';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(signal: AbortSignal): Promise<SessionJson | null> {
  try {
    const session = await getJson<SessionJson>(SESSION_URL, signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken('');
      return null;
    }
    throw error;
  }
}

export function SessionGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => fetchSession(signal), staleTime: Number.POSITIVE_INFINITY });
  useEffect(() => onSessionEnded(() => void client.invalidateQueries({ queryKey: SESSION_KEY })), [client]);
  if (query.isPending) return <Loading text="Kontrollerar inloggningen …" />;
  if (query.isError)
    return (
      <ErrorMessage title="Kunde inte nå servern" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  const session = query.data;
  if (!session) return <SignIn />;
  if (session.user.mustChangePassword) return <ChangePassword session={session} />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
