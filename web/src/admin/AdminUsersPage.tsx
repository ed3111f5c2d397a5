/**
 * The administrator's page (/admin/anvandare): every user with their roles; add a user, grant or
 * revoke a role, reset a password (the one-time password is shown once), disable or enable.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Layout } from '../shared/Layout.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { AddUserForm } from './AddUserForm.tsx';
import { UserCard } from './UserCard.tsx';
import { usersQuery } from './users-api.ts';
import './admin.css';

/** The one-time password of a new or reset account, shown once with focus on it. */
function OneTimePassword({ username, password, onDismiss }: { username: string; password: string; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="status status-success one-time-password" aria-labelledby="engangslosenord-rubrik">
      <h2 id="engangslosenord-rubrik" ref={heading} tabIndex={-1}>
        Engångslösenord för {username}
      </h2>
      <p>
        <code className="password">{password}</code>
      </p>
      <p>Lösenordet visas bara nu. Lämna det till användaren på ett säkert sätt; hen får byta det vid första inloggningen.</p>
      <button type="button" className="button" onClick={onDismiss}>
        Jag har noterat lösenordet
      </button>
    </section>
  );
}

export function AdminUsersPage() {
  useDocumentTitle('Användare och roller');
  const users = useQuery(usersQuery());
  const heading = useHeadingFocus<HTMLHeadingElement>(true, 'admin-users');
  const [message, setMessage] = useState('');
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const showPassword = (username: string, password: string | null, what: string) => {
    setMessage(what);
    setSecret(password ? { username, password } : null);
  };
  return (
    <Layout crumbs={[{ label: 'Nämnder', to: '/' }, { label: 'Användare och roller' }]} footer="Bara administratörer ser den här sidan.">
      <h1 ref={heading} tabIndex={-1}>
        Användare och roller
      </h1>
      <p className="status-message" role="status">
        {message}
      </p>
      {secret && <OneTimePassword username={secret.username} password={secret.password} onDismiss={() => setSecret(null)} />}
      <AddUserForm onAdded={(username, password) => showPassword(username, password, `Användaren ${username} är tillagd.`)} />
      <section aria-labelledby="anvandare-rubrik">
        <h2 id="anvandare-rubrik">Användare{users.data ? ` (${users.data.length})` : ''}</h2>
        {users.isPending && <Loading text="Hämtar användarna …" />}
        <QueryError title="Användarna kunde inte hämtas" query={users} />
        {users.data && (
          <ul className="user-list">
            {users.data.map((user) => (
              <UserCard
                key={user.username}
                user={user}
                onMessage={(m) => {
                  setSecret(null);
                  setMessage(m);
                }}
                onPassword={(username, password) => showPassword(username, password, `Lösenordet för ${username} är återställt.`)}
              />
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
