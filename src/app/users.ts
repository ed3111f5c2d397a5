/**
 * Use cases for people: add a user, grant and revoke roles, set or reset a password, change or
 * disable an account. Every change is in the audit log (entity 'user'); a change of password,
 * role or state ends the user's sessions, so the new rights hold from the next request.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '#core/roles.ts';
import { recordAudit } from '#store/audit.ts';
import { findCommittee, listAreas, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { deleteUserSessions } from '#store/sessions.ts';
import {
  ADMIN_COMMITTEE,
  findUserByUsername,
  insertUser,
  listUsersWithRoles,
  loadRoles,
  putRole,
  removeRole,
  type UserRow,
  type UserWithRoles,
  updateUser,
} from '#store/users.ts';
import { InputError, NotFoundError } from './errors.ts';
import { checkNewPassword, hashPassword, oneTimePassword } from './passwords.ts';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;

export function normaliseUsername(text: string, field = 'username'): string {
  const name = text.trim().toLowerCase();
  if (!USERNAME.test(name)) {
    throw new InputError(
      `"${text.slice(0, 80)}" är inget giltigt användarnamn: 1–64 tecken a–z, 0–9, punkt, bindestreck, understreck eller @, som börjar med en bokstav eller siffra.`,
      field,
    );
  }
  return name;
}

export function parseRole(text: string, field = 'role'): Role {
  if (!(ROLES as readonly string[]).includes(text)) throw new InputError(`okänd roll "${text}": ${ROLES.join(', ')}.`, field);
  return text as Role;
}

export interface RoleGrant {
  role: Role;
  /** Required for every role but admin. */
  committee?: string | null;
  /** The area manager's areas (ids of the committee's areas). */
  areas?: readonly string[];
}

export interface NewUser extends RoleGrant {
  username: string;
  displayName?: string | null;
  email?: string | null;
  /** When left out, a one-time password is made (and answered once) that must be changed at sign-in. */
  password?: string | null;
  /** A user who signs in only through the identity provider (no password at all). */
  noPassword?: boolean;
}

/** A user as shown to administrators: never the hash. */
export type UserView = Omit<UserWithRoles, 'passwordHash'> & { hasPassword: boolean };

export function userView(u: UserWithRoles): UserView {
  const { passwordHash, ...rest } = u;
  return { ...rest, hasPassword: passwordHash !== null };
}

export async function listUsers(db: Db): Promise<UserView[]> {
  return (await db.snapshot((q) => listUsersWithRoles(q))).map(userView);
}

export async function getUser(db: Db, username: string): Promise<UserView> {
  const name = normaliseUsername(username);
  return db.snapshot(async (q) => userView(await withRoles(q, await existing(q, name))));
}

/** Adds a user with one role; answers the user and the one-time password when none was given. */
export async function addUser(db: Db, input: NewUser, actor: string): Promise<{ user: UserView; oneTimePassword: string | null }> {
  const username = normaliseUsername(input.username);
  const email = normaliseEmail(input.email ?? null);
  const generated = input.password || input.noPassword ? null : oneTimePassword();
  if (input.password) checkNewPassword(input.password);
  const secret = input.password || generated;
  const passwordHash = secret ? await hashPassword(secret) : null;
  const user = await db.write(async (q) => {
    if (await findUserByUsername(q, username)) throw new InputError(`användaren ${username} finns redan.`, 'username');
    const row: UserRow = {
      id: randomUUID(),
      username,
      displayName: input.displayName?.trim() || username,
      email,
      oidcSubject: null,
      passwordHash,
      mustChangePassword: generated !== null,
      disabled: false,
      createdAt: new Date().toISOString(),
      createdBy: actor,
    };
    await insertUser(q, row);
    const grant = await checkedGrant(q, input);
    await putRole(q, row.id, grant.committeeId, grant.role, grant.areas);
    const after = await withRoles(q, row);
    await recordAudit(q, {
      user: actor,
      committeeId: grant.committeeId || null,
      entity: 'user',
      key: username,
      action: 'create',
      before: null,
      after: auditValue(after),
    });
    return after;
  });
  return { user: userView(user), oneTimePassword: generated };
}

/** Gives the user a role in a committee (or admin), replacing the role they had there. */
export async function grantRole(db: Db, username: string, grant: RoleGrant, actor: string): Promise<UserView> {
  const name = normaliseUsername(username);
  return db.write(async (q) => {
    const user = await existing(q, name);
    const before = await withRoles(q, user);
    const checked = await checkedGrant(q, grant);
    await putRole(q, user.id, checked.committeeId, checked.role, checked.areas);
    await deleteUserSessions(q, user.id);
    const after = await withRoles(q, user);
    await recordAudit(q, {
      user: actor,
      committeeId: checked.committeeId || null,
      entity: 'user',
      key: name,
      action: 'grant',
      before: auditValue(before),
      after: auditValue(after),
    });
    return userView(after);
  });
}

/** Takes the user's role in a committee away ("admin" or null: the admin role). */
export async function revokeRole(db: Db, username: string, committee: string | null, actor: string): Promise<UserView> {
  const name = normaliseUsername(username);
  const committeeId = committee === null || committee === 'admin' ? ADMIN_COMMITTEE : committee;
  return db.write(async (q) => {
    const user = await existing(q, name);
    const before = await withRoles(q, user);
    if (committeeId === ADMIN_COMMITTEE && before.admin && (await adminCount(q)) <= 1) {
      throw new InputError(`${name} är den enda administratören; ge någon annan rollen admin först.`, 'role');
    }
    if (!(await removeRole(q, user.id, committeeId))) {
      throw new NotFoundError(
        committeeId === ADMIN_COMMITTEE ? `${name} är inte administratör.` : `${name} har ingen roll i nämnden ${committeeId}.`,
      );
    }
    await deleteUserSessions(q, user.id);
    const after = await withRoles(q, user);
    await recordAudit(q, {
      user: actor,
      committeeId: committeeId || null,
      entity: 'user',
      key: name,
      action: 'revoke',
      before: auditValue(before),
      after: auditValue(after),
    });
    return userView(after);
  });
}

/**
 * Sets a password (checked), or makes a one-time one when `password` is null, which the user must
 * change at sign-in. Ends the user's sessions.
 */
export async function setPassword(
  db: Db,
  username: string,
  password: string | null,
  actor: string,
  options: { oneTime?: boolean } = {},
): Promise<{ oneTimePassword: string | null }> {
  const name = normaliseUsername(username);
  if (password !== null) checkNewPassword(password);
  const generated = password === null ? oneTimePassword() : null;
  const passwordHash = await hashPassword(password ?? (generated as string));
  await db.write(async (q) => {
    const user = await existing(q, name);
    await updateUser(q, user.id, { passwordHash, mustChangePassword: generated !== null || options.oneTime === true });
    await deleteUserSessions(q, user.id);
    await recordAudit(q, {
      user: actor,
      committeeId: null,
      entity: 'user',
      key: name,
      action: generated ? 'reset-password' : 'set-password',
      before: null,
      after: null,
    });
  });
  return { oneTimePassword: generated };
}

export interface UserChange {
  displayName?: string;
  email?: string | null;
  disabled?: boolean;
}

export async function changeUser(db: Db, username: string, change: UserChange, actor: string): Promise<UserView> {
  const name = normaliseUsername(username);
  const email = change.email === undefined ? undefined : normaliseEmail(change.email);
  if (change.displayName !== undefined && change.displayName.trim() === '')
    throw new InputError('namnet får inte vara tomt.', 'displayName');
  return db.write(async (q) => {
    const user = await existing(q, name);
    const before = await withRoles(q, user);
    if (change.disabled === true && before.admin && (await adminCount(q)) <= 1) {
      throw new InputError(`${name} är den enda administratören och kan inte stängas av.`, 'disabled');
    }
    await updateUser(q, user.id, {
      ...(change.displayName !== undefined ? { displayName: change.displayName.trim() } : {}),
      ...(email !== undefined ? { email } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
    });
    if (change.disabled === true) await deleteUserSessions(q, user.id);
    const after = await withRoles(q, (await findUserByUsername(q, name)) as UserRow);
    await recordAudit(q, {
      user: actor,
      committeeId: null,
      entity: 'user',
      key: name,
      action: 'update',
      before: auditValue(before),
      after: auditValue(after),
    });
    return userView(after);
  });
}

async function existing(q: Q, username: string): Promise<UserRow> {
  const user = await findUserByUsername(q, username);
  if (!user) throw new NotFoundError(`Användaren ${username} finns inte.`);
  return user;
}

async function withRoles(q: Q, user: UserRow): Promise<UserWithRoles> {
  const roles = (await loadRoles(q, [user.id])).get(user.id) ?? { admin: false, roles: [] };
  return { ...user, ...roles };
}

async function adminCount(q: Q): Promise<number> {
  const rows = await q
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('users.id')
    .where('user_roles.committee_id', '=', ADMIN_COMMITTEE)
    .where('users.disabled', '=', 0)
    .execute();
  return rows.length;
}

/** The grant checked against the database: the committee exists, the areas are its own. */
async function checkedGrant(q: Q, grant: RoleGrant): Promise<{ role: Role; committeeId: string; areas: string[] }> {
  const role = parseRole(grant.role);
  const areas = [...new Set(grant.areas ?? [])];
  if (role === 'admin') {
    if (areas.length > 0) throw new InputError('en administratör har inga egna områden.', 'areas');
    return { role, committeeId: ADMIN_COMMITTEE, areas: [] };
  }
  const committeeId = grant.committee?.trim();
  if (!committeeId) throw new InputError(`rollen ${role} gäller en nämnd: ange nämnden.`, 'committee');
  if (!(await findCommittee(q, committeeId))) throw new NotFoundError(`Nämnden ${committeeId} finns inte.`);
  if (role === 'area-manager') {
    if (areas.length === 0) throw new InputError('en områdeschef behöver minst ett område.', 'areas');
    const known = new Set((await listAreas(q, committeeId)).map((a) => a.id));
    const unknown = areas.filter((a) => !known.has(a));
    if (unknown.length > 0) throw new InputError(`nämnden ${committeeId} har inga områden ${unknown.join(', ')}.`, 'areas');
  } else if (areas.length > 0) {
    throw new InputError(`områden gäller bara rollen area-manager, inte ${role}.`, 'areas');
  }
  return { role, committeeId, areas };
}

function normaliseEmail(text: string | null): string | null {
  if (text === null) return null;
  const email = text.trim().toLowerCase();
  if (email === '') return null;
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new InputError(`"${text.slice(0, 80)}" är ingen e-postadress.`, 'email');
  return email;
}

/** What the audit log keeps of a user: never a hash. */
function auditValue(u: UserWithRoles) {
  return { username: u.username, displayName: u.displayName, email: u.email, disabled: u.disabled, admin: u.admin, roles: u.roles };
}
