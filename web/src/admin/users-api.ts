/**
 * The users' API (GET/POST /api/users, roles, password, PATCH) for the admin page: one query for
 * the list, one mutation per change; every change refreshes the list.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../shared/api.ts';

export type RoleName = 'admin' | 'controller' | 'area-manager' | 'reader';
export type CommitteeRoleName = Exclude<RoleName, 'admin'>;

export interface UserRole {
  committeeId: string;
  role: CommitteeRoleName;
  areas: string[];
}

export interface UserJson {
  username: string;
  displayName: string;
  email: string | null;
  admin: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
  roles: UserRole[];
}

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
  queryOptions({ queryKey: usersKey, queryFn: () => requestJson<{ users: UserJson[] } | UserJson[]>(USERS).then(listOf) });

function listOf(answer: { users: UserJson[] } | UserJson[]): UserJson[] {
  return Array.isArray(answer) ? answer : answer.users;
}

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

function useUserMutation<A, R>(run: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: usersKey }) });
}

export const useAddUser = () =>
  useUserMutation((user: NewUser) => requestJson<{ user: UserJson; oneTimePassword?: string }>(USERS, post(user)));

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
  useUserMutation((username: string) => requestJson<{ oneTimePassword?: string }>(`${userUrl(username)}/password`, post({})));

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

const linksKey = ['oidc-links'] as const;

/** The users linked to a person at the identity provider (GET /api/oidc/links). */
export const oidcLinksQuery = () =>
  queryOptions({
    queryKey: linksKey,
    queryFn: () =>
      requestJson<{ links: { username: string; subject: string }[] }>('/api/oidc/links').then(
        (r) => new Map(r.links.map((l) => [l.username, l.subject])),
      ),
  });

export function useUnlinkOidc() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (username: string) => requestJson<unknown>(`/api/oidc/links/${encodeURIComponent(username)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: linksKey }),
  });
}
