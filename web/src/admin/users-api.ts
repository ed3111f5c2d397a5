/**
 * The users' API (GET/POST /api/users, roles, password, PATCH) for the admin page: one query for
 * the list, one mutation per change; every change refreshes the list.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserCreated as UserCreatedSchema, UserJson as UserSchema } from '#contract/index.ts';
import type { Role } from '#core/roles.ts';
import { requestJson } from '../shared/api.ts';

export type RoleName = Role;
export type UserJson = z.infer<typeof UserSchema>;
type UserCreated = z.infer<typeof UserCreatedSchema>;
export type UserRole = UserJson['roles'][number];

/** A role to grant: admin has no committee; an area manager names their areas. */
export interface RoleGrant {
  role: RoleName;
  committee?: string;
  areas?: string[];
}

export interface NewUser extends RoleGrant {
  username: string;
  displayName?: string;
  email?: string;
  password?: string;
}

const USERS = '/api/users';
const userUrl = (username: string) => `${USERS}/${encodeURIComponent(username)}`;
const usersKey = ['users'] as const;

export const usersQuery = () =>
  queryOptions({ queryKey: usersKey, queryFn: () => requestJson<{ users: UserJson[] }>(USERS).then((r) => r.users) });

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

function useUserMutation<A, R>(run: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: usersKey }) });
}

export const useAddUser = () => useUserMutation((user: NewUser) => requestJson<UserCreated>(USERS, post(user)));

export const useGrantRole = () =>
  useUserMutation(({ username, grant }: { username: string; grant: RoleGrant }) =>
    requestJson<unknown>(`${userUrl(username)}/roles`, post(grant)),
  );

/** Revokes the user's role in a committee ("admin": the admin role). */
export const useRevokeRole = () =>
  useUserMutation(({ username, committee }: { username: string; committee: string }) =>
    requestJson<unknown>(`${userUrl(username)}/roles/${encodeURIComponent(committee)}`, { method: 'DELETE' }),
  );

export const useResetPassword = () =>
  useUserMutation((username: string) => requestJson<{ oneTimePassword: string | null }>(`${userUrl(username)}/password`, post({})));

export const useSetDisabled = () =>
  useUserMutation(({ username, disabled }: { username: string; disabled: boolean }) =>
    requestJson<unknown>(userUrl(username), { method: 'PATCH', body: JSON.stringify({ disabled }) }),
  );

export const ROLE_LABELS: Record<RoleName, string> = {
  admin: 'Administratör',
  controller: 'Controller',
  'area-manager': 'Områdeschef',
  reader: 'Läsare (ledamot)',
};

/** Removes the user's link to the identity provider (the next sign-in links again by e-mail). */
export const useUnlinkOidc = () =>
  useUserMutation((username: string) => requestJson<UserJson>(`${userUrl(username)}/oidc`, { method: 'DELETE' }));
