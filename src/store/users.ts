/** Users, their roles per committee and an area manager's areas (migrations/users-sessions.ts). */
import type { CommitteeRole, CommitteeRoleName } from '#core/roles.ts';
import type { Q } from './committees.ts';

/** The role row of an administrator (every committee). */
export const ADMIN_COMMITTEE = '';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  oidcSubject: string | null;
  passwordHash: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
  createdBy: string;
}

export interface UserWithRoles extends UserRow {
  admin: boolean;
  roles: CommitteeRole[];
}

const COLUMNS = [
  'id',
  'username',
  'display_name',
  'email',
  'oidc_subject',
  'password_hash',
  'must_change_password',
  'disabled',
  'created_at',
  'created_by',
] as const;

type Row = {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  oidc_subject: string | null;
  password_hash: string | null;
  must_change_password: number;
  disabled: number;
  created_at: string;
  created_by: string;
};

function toUser(r: Row): UserRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    oidcSubject: r.oidc_subject,
    passwordHash: r.password_hash,
    mustChangePassword: Number(r.must_change_password) === 1,
    disabled: Number(r.disabled) === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export async function insertUser(q: Q, u: UserRow): Promise<void> {
  await q
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      email: u.email,
      oidc_subject: u.oidcSubject,
      password_hash: u.passwordHash,
      must_change_password: u.mustChangePassword ? 1 : 0,
      disabled: u.disabled ? 1 : 0,
      created_at: u.createdAt,
      created_by: u.createdBy,
    })
    .execute();
}

export async function findUserByUsername(q: Q, username: string): Promise<UserRow | null> {
  const row = await q.selectFrom('users').select(COLUMNS).where('username', '=', username).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(q: Q, id: string): Promise<UserRow | null> {
  const row = await q.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function countUsers(q: Q): Promise<number> {
  const row = await q
    .selectFrom('users')
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateUser(
  q: Q,
  id: string,
  set: Partial<Pick<UserRow, 'displayName' | 'email' | 'disabled' | 'passwordHash' | 'mustChangePassword' | 'oidcSubject'>>,
): Promise<void> {
  const values = {
    ...(set.displayName !== undefined ? { display_name: set.displayName } : {}),
    ...(set.email !== undefined ? { email: set.email } : {}),
    ...(set.disabled !== undefined ? { disabled: set.disabled ? 1 : 0 } : {}),
    ...(set.passwordHash !== undefined ? { password_hash: set.passwordHash } : {}),
    ...(set.mustChangePassword !== undefined ? { must_change_password: set.mustChangePassword ? 1 : 0 } : {}),
    ...(set.oidcSubject !== undefined ? { oidc_subject: set.oidcSubject } : {}),
  };
  if (Object.keys(values).length > 0) await q.updateTable('users').set(values).where('id', '=', id).execute();
}

/** The admin flag and committee roles of some users (all of them when `ids` is undefined). */
export async function loadRoles(q: Q, ids?: readonly string[]): Promise<Map<string, { admin: boolean; roles: CommitteeRole[] }>> {
  if (ids && ids.length === 0) return new Map();
  let roleQuery = q.selectFrom('user_roles').select(['user_id', 'committee_id', 'role']);
  let areaQuery = q.selectFrom('user_areas').select(['user_id', 'committee_id', 'area_id']);
  if (ids) {
    roleQuery = roleQuery.where('user_id', 'in', ids);
    areaQuery = areaQuery.where('user_id', 'in', ids);
  }
  const [roles, areas] = await Promise.all([
    roleQuery.orderBy('committee_id').execute(),
    areaQuery.orderBy('committee_id').orderBy('area_id').execute(),
  ]);
  const out = new Map<string, { admin: boolean; roles: CommitteeRole[] }>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) {
      e = { admin: false, roles: [] };
      out.set(id, e);
    }
    return e;
  };
  for (const r of roles) {
    if (r.committee_id === ADMIN_COMMITTEE) entry(r.user_id).admin = true;
    else entry(r.user_id).roles.push({ committeeId: r.committee_id, role: r.role as CommitteeRoleName, areas: [] });
  }
  for (const a of areas) {
    const role = out.get(a.user_id)?.roles.find((r) => r.committeeId === a.committee_id);
    role?.areas.push(a.area_id);
  }
  return out;
}

export async function listUsersWithRoles(q: Q): Promise<UserWithRoles[]> {
  const rows = await q.selectFrom('users').select(COLUMNS).orderBy('username').execute();
  const roles = await loadRoles(q);
  return rows.map((r) => ({ ...toUser(r), ...(roles.get(r.id) ?? { admin: false, roles: [] }) }));
}

/** Sets the user's role in a committee (ADMIN_COMMITTEE for admin), replacing the one there was, with its areas. */
export async function putRole(q: Q, userId: string, committeeId: string, role: string, areas: readonly string[]): Promise<void> {
  await removeRole(q, userId, committeeId);
  await q.insertInto('user_roles').values({ user_id: userId, committee_id: committeeId, role }).execute();
  if (areas.length > 0) {
    await q
      .insertInto('user_areas')
      .values(areas.map((a) => ({ user_id: userId, committee_id: committeeId, area_id: a })))
      .execute();
  }
}

/** Removes the user's role in a committee; true when there was one. */
export async function removeRole(q: Q, userId: string, committeeId: string): Promise<boolean> {
  await q.deleteFrom('user_areas').where('user_id', '=', userId).where('committee_id', '=', committeeId).execute();
  const result = await q.deleteFrom('user_roles').where('user_id', '=', userId).where('committee_id', '=', committeeId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
