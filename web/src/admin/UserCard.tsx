/** One user on the admin page: who, their roles (each revocable), and the actions on the account. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { areasQuery } from '../mapping/areas-api.ts';
import { errorBodyOf } from '../shared/api.ts';
import { useCommittees } from '../shared/committees.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { GrantRoleForm } from './GrantRoleForm.tsx';
import { ROLE_LABELS, type UserJson, type UserRole, useResetPassword, useRevokeRole, useSetDisabled, useUnlinkOidc } from './users-api.ts';

function RoleLine({ role }: { role: UserRole }) {
  const committees = useCommittees();
  const areas = useQuery({ ...areasQuery(role.committeeId), enabled: role.areas.length > 0 });
  const committee = committees.data?.find((c) => c.id === role.committeeId)?.name ?? role.committeeId;
  // In the committee's order of areas (the report's), an unknown id last as it is.
  const order = (id: string) => areas.data?.findIndex((a) => a.id === id) ?? -1;
  const areaNames = [...role.areas]
    .sort((a, b) => (order(a) < 0 ? 1e9 : order(a)) - (order(b) < 0 ? 1e9 : order(b)))
    .map((id) => {
      const area = areas.data?.find((a) => a.id === id);
      return area ? (area.shortName ?? area.name) : id;
    });
  return (
    <span>
      {ROLE_LABELS[role.role]} i {committee}
      {areaNames.length > 0 && `: ${areaNames.join(', ')}`}
    </span>
  );
}

export function UserCard({
  user,
  onMessage,
  onPassword,
}: {
  user: UserJson;
  onMessage: (message: string) => void;
  onPassword: (username: string, password: string | null) => void;
}) {
  const [granting, setGranting] = useState(false);
  const revoke = useRevokeRole();
  const reset = useResetPassword();
  const disable = useSetDisabled();
  const unlink = useUnlinkOidc();
  const committees = useCommittees();
  const committeeName = (id: string) => committees.data?.find((c) => c.id === id)?.name ?? id;
  const base = `anvandare-${user.username.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const name = user.displayName || user.username;
  const error = revoke.error ?? reset.error ?? disable.error ?? unlink.error;

  const revokeRole = (committee: string, what: string) => {
    if (!window.confirm(`Ta bort rollen ${what} från ${name}?`)) return;
    revoke.mutate({ username: user.username, committee }, { onSuccess: () => onMessage(`Rollen ${what} är borttagen från ${name}.`) });
  };
  return (
    <li className="user-card" aria-labelledby={`${base}-name`}>
      <h3 id={`${base}-name`}>
        {name} <span className="user-username">({user.username})</span>
      </h3>
      <p className="user-meta">
        {user.email ?? 'Ingen e-postadress'}
        {user.disabled && <strong className="user-flag"> · Avstängd</strong>}
        {user.mustChangePassword && <span className="user-flag"> · Byter lösenord vid nästa inloggning</span>}
      </p>
      {user.oidcSubject !== null && (
        <p className="user-meta">
          Kopplad till inloggningstjänsten (<code>{user.oidcSubject}</code>)
          <button
            type="button"
            className="button button-small"
            disabled={unlink.isPending}
            onClick={() => {
              if (
                window.confirm(
                  `Ta bort kopplingen mellan ${name} och kontot hos inloggningstjänsten? Nästa inloggning kopplar på nytt via e-postadressen.`,
                )
              )
                unlink.mutate(user.username, { onSuccess: () => onMessage(`Kopplingen för ${name} är borttagen.`) });
            }}
          >
            Ta bort kopplingen<span className="sr-only"> för {name}</span>
          </button>
        </p>
      )}
      <h4 className="sr-only">Roller för {name}</h4>
      {!user.admin && user.roles.length === 0 ? (
        <p className="hint">Inga roller: användaren ser inga nämnder.</p>
      ) : (
        <ul className="user-roles">
          {user.admin && (
            <li>
              <span>Administratör (alla nämnder och användare)</span>
              <button
                type="button"
                className="button button-small"
                disabled={revoke.isPending}
                onClick={() => revokeRole('admin', 'Administratör')}
              >
                Ta bort<span className="sr-only"> rollen Administratör från {name}</span>
              </button>
            </li>
          )}
          {user.roles.map((role) => (
            <li key={role.committeeId}>
              <RoleLine role={role} />
              <button
                type="button"
                className="button button-small"
                disabled={revoke.isPending}
                onClick={() => revokeRole(role.committeeId, `${ROLE_LABELS[role.role]} i ${committeeName(role.committeeId)}`)}
              >
                Ta bort
                <span className="sr-only">
                  {' '}
                  rollen {ROLE_LABELS[role.role]} i {committeeName(role.committeeId)} från {name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {granting ? (
        <GrantRoleForm
          username={user.username}
          id={`${base}-ny-roll`}
          onCancel={() => setGranting(false)}
          onDone={(message) => {
            setGranting(false);
            onMessage(message);
          }}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setGranting(true)}>
            Ge roll<span className="sr-only"> till {name}</span>
          </button>
          <button
            type="button"
            className="button"
            disabled={reset.isPending}
            onClick={() => {
              if (window.confirm(`Återställ lösenordet för ${name}? Det gamla lösenordet slutar gälla.`))
                reset.mutate(user.username, { onSuccess: (answer) => onPassword(user.username, answer.oneTimePassword) });
            }}
          >
            Återställ lösenord<span className="sr-only"> för {name}</span>
          </button>
          <button
            type="button"
            className="button"
            disabled={disable.isPending}
            onClick={() => {
              const next = !user.disabled;
              if (next && !window.confirm(`Stäng av ${name}? Användaren loggas ut och kan inte logga in igen förrän kontot aktiveras.`))
                return;
              disable.mutate(
                { username: user.username, disabled: next },
                { onSuccess: () => onMessage(next ? `${name} är avstängd.` : `${name} är aktiverad igen.`) },
              );
            }}
          >
            {user.disabled ? 'Aktivera' : 'Stäng av'}
            <span className="sr-only"> {name}</span>
          </button>
        </div>
      )}
      {error && <PlacedError title={`Ändringen för ${name} kunde inte göras`} error={errorBodyOf(error)} unchanged={false} />}
    </li>
  );
}
