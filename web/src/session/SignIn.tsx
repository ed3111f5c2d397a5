/** The sign-in page: username and password, with the server's Swedish message by the field it names. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { OidcSignIn } from '../oidc/OidcSignIn.tsx';
import { ApiError, requestJson, SESSION_URL } from '../shared/api.ts';
import type { SessionJson } from '../shared/contract.ts';
import { Layout } from '../shared/Layout.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { setCsrfToken } from './csrf.ts';

export function SignIn() {
  useDocumentTitle('Logga in');
  const id = useId();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field: 'username' | 'password' | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!username.trim()) return setError({ field: 'username', message: 'Ange ditt användarnamn.' });
    if (!password) return setError({ field: 'password', message: 'Ange ditt lösenord.' });
    setBusy(true);
    setError(null);
    try {
      const session = await requestJson<SessionJson>(SESSION_URL, {
        method: 'POST',
        body: JSON.stringify({ username: username.trim(), password }),
      });
      setCsrfToken(session.csrfToken);
      // What another user's session fetched is not this one's.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      client.setQueryData(['session'], session);
    } catch (err) {
      const message =
        err instanceof ApiError && err.status === 429 ? 'För många försök. Vänta en minut och försök igen.' : (err as Error).message;
      setError({ field: err instanceof ApiError && err.status === 401 ? 'password' : null, message });
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const described = (field: 'username' | 'password') => (error?.field === field ? `${id}-error` : undefined);
  return (
    <Layout menu={false}>
      <div className="signin">
        <h1>Logga in</h1>
        <p className="lead">Logga in för att följa upp nämndens ekonomi.</p>
        <form className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`} className="sr-only">
            Inloggning
          </h2>
          <div className="field">
            <label htmlFor={`${id}-user`}>Användarnamn</label>
            <input
              id={`${id}-user`}
              className="input"
              type="text"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={error?.field === 'username' || undefined}
              aria-describedby={described('username')}
              // biome-ignore lint/a11y/noAutofocus: the page's one task; the field is its first control.
              autoFocus
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>Lösenord</label>
            <input
              id={`${id}-password`}
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error?.field === 'password' || undefined}
              aria-describedby={described('password')}
            />
          </div>
          {error && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error.message}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {busy ? 'Loggar in …' : 'Logga in'}
            </button>
          </div>
        </form>
        <OidcSignIn />
      </div>
    </Layout>
  );
}
