/** Changing one's password: required after signing in with a one-time password, and from the user menu. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { errorBodyOf, requestJson } from '../shared/api.ts';
import type { SessionJson } from '../shared/contract.ts';
import { Layout } from '../shared/Layout.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { SignOutButton } from './SignOutButton.tsx';

type Field = 'currentPassword' | 'newPassword' | 'repeat';

export function ChangePassword({ session }: { session: SessionJson }) {
  useDocumentTitle('Byt lösenord');
  const id = useId();
  const client = useQueryClient();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', repeat: '' });
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!values.currentPassword)
      return setError({ field: 'currentPassword', message: 'Ange ditt nuvarande lösenord (engångslösenordet).' });
    if (values.newPassword !== values.repeat) return setError({ field: 'repeat', message: 'Lösenorden är inte lika.' });
    setBusy(true);
    setError(null);
    try {
      const next = await requestJson<SessionJson>('/api/session/password', {
        method: 'POST',
        body: JSON.stringify({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
      });
      client.setQueryData(['session'], next);
    } catch (err) {
      const body = errorBodyOf(err);
      const field = body.field === 'currentPassword' || body.field === 'newPassword' ? body.field : null;
      setError({ field, message: body.error });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={`${id}-${name}`}
        className="input"
        type="password"
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        aria-invalid={error?.field === name || undefined}
        aria-describedby={
          [hint ? `${id}-${name}-hint` : '', error?.field === name ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
      />
    </div>
  );
  return (
    <Layout menu={false}>
      <div className="signin">
        <h1>Byt lösenord</h1>
        <p className="lead">
          Du är inloggad som {session.user.displayName} med ett engångslösenord. Välj ett eget lösenord innan du fortsätter.
        </p>
        <form className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`} className="sr-only">
            Välj ditt lösenord
          </h2>
          {field('currentPassword', 'Nuvarande lösenord', 'current-password')}
          {field('newPassword', 'Nytt lösenord', 'new-password', 'Minst 10 tecken.')}
          {field('repeat', 'Upprepa det nya lösenordet', 'new-password')}
          {error && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error.message}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {busy ? 'Sparar …' : 'Byt lösenord'}
            </button>
            <SignOutButton />
          </div>
        </form>
      </div>
    </Layout>
  );
}
