/**
 * Sign-in and sessions. The cookie carries a random token; the database keeps its SHA-256, the
 * user and a CSRF token. A session ends after IDLE_HOURS without a request, and after ABSOLUTE_HOURS
 * in any case; a new password, a changed role or a disabled account ends it at once.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CommitteeRole } from '#core/roles.ts';
import { recordAudit } from '#store/audit.ts';
import type { Db } from '#store/db.ts';
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from '#store/sessions.ts';
import { ADMIN_COMMITTEE, countUsers, findUserById, findUserByUsername, insertUser, loadRoles, putRole, updateUser } from '#store/users.ts';
import { InputError } from './errors.ts';
import { checkNewPassword, hashPassword, oneTimePassword, verifyPassword } from './passwords.ts';

export const IDLE_HOURS = 8;
export const ABSOLUTE_HOURS = 12;
const HOUR = 3_600_000;
/** A session's last request is written at most this often (a request a second writes nothing). */
const TOUCH_EVERY_MS = 60_000;

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  admin: boolean;
  roles: CommitteeRole[];
  mustChangePassword: boolean;
}

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  method: string;
  user: SessionUser;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session for a user who has proven who they are (password or identity provider). */
export async function createSession(
  db: Db,
  userId: string,
  method: 'password' | 'oidc',
): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + IDLE_HOURS * HOUR).toISOString();
  await db.write(async (q) => {
    await deleteExpiredSessions(q, now.toISOString());
    await insertSession(q, {
      id: sessionIdOf(token),
      userId,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt,
      method,
    });
  });
  return { token, csrfToken, expiresAt };
}

/** The session a cookie's token names, with its user and roles; null when unknown, expired or the user is disabled. */
export async function resolveSession(db: Db, token: string, now = new Date()): Promise<ResolvedSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const id = sessionIdOf(token);
  const found = await db.snapshot(async (q) => {
    const session = await findSession(q, id);
    if (!session) return null;
    const user = await findUserById(q, session.userId);
    if (!user) return null;
    const roles = (await loadRoles(q, [user.id])).get(user.id) ?? { admin: false, roles: [] };
    return { session, user, roles };
  });
  if (!found || found.user.disabled) return null;
  const { session, user, roles } = found;
  const absoluteEnd = new Date(session.createdAt).getTime() + ABSOLUTE_HOURS * HOUR;
  // The writes below are not waited for: on SQLite a long import holds the writer, and a request
  // must not wait for it only to note that its session is alive.
  if (now.toISOString() >= session.expiresAt || now.getTime() >= absoluteEnd) {
    background(db.write((q) => deleteSession(q, id)));
    return null;
  }
  let expiresAt = session.expiresAt;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
    expiresAt = new Date(Math.min(now.getTime() + IDLE_HOURS * HOUR, absoluteEnd)).toISOString();
    background(db.write((q) => touchSession(q, id, now.toISOString(), expiresAt)));
  }
  return {
    id,
    csrfToken: session.csrfToken,
    expiresAt,
    method: session.method,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      admin: roles.admin,
      roles: roles.roles,
      mustChangePassword: user.mustChangePassword,
    },
  };
}

/** A write nobody waits for; its failure (a closed database at shutdown) changes nothing that matters. */
function background(write: Promise<unknown>): void {
  write.catch(() => {});
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.write((q) => deleteSession(q, sessionId));
}

export class SignInError extends Error {
  override name = 'SignInError';
}

/** Checks a username and password; the same answer (and about the same time) for an unknown user and a wrong password. */
export async function checkPassword(db: Db, username: string, password: string): Promise<{ id: string; username: string }> {
  const name = username.trim().toLowerCase();
  const user = name.length <= 64 ? await db.snapshot((q) => findUserByUsername(q, name)) : null;
  const ok = await verifyPassword(user && !user.disabled ? user.passwordHash : null, password);
  if (!user || user.disabled || !ok) throw new SignInError('Fel användarnamn eller lösenord.');
  return { id: user.id, username: user.username };
}

/** A signed-in user changes their own password (the current one proves it is them). */
export async function changeOwnPassword(db: Db, userId: string, current: string, next: string, keepSessionId: string): Promise<void> {
  checkNewPassword(next, 'newPassword');
  if (current === next) throw new InputError('det nya lösenordet måste skilja sig från det nuvarande.', 'newPassword');
  const user = await db.snapshot((q) => findUserById(q, userId));
  if (!user || !(await verifyPassword(user.passwordHash, current)))
    throw new InputError('det nuvarande lösenordet stämmer inte.', 'currentPassword');
  const passwordHash = await hashPassword(next);
  await db.write(async (q) => {
    await updateUser(q, userId, { passwordHash, mustChangePassword: false });
    // Every other session of the user ends; this one stays.
    await q.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
    await recordAudit(q, {
      user: user.username,
      committeeId: null,
      entity: 'user',
      key: user.username,
      action: 'change-password',
      before: null,
      after: null,
    });
  });
}

/**
 * On the first start of a database without users: an administrator "admin" with a one-time
 * password (answered, for the server's log), to be changed at the first sign-in. Null when there are users.
 */
export async function ensureFirstAdmin(db: Db): Promise<{ username: string; oneTimePassword: string } | null> {
  if ((await db.snapshot((q) => countUsers(q))) > 0) return null;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.write(async (q) => {
    if ((await countUsers(q)) > 0) return null;
    const id = randomUUID();
    await insertUser(q, {
      id,
      username: 'admin',
      displayName: 'Administratör',
      email: null,
      oidcSubject: null,
      passwordHash,
      mustChangePassword: true,
      disabled: false,
      createdAt: new Date().toISOString(),
      createdBy: 'system',
    });
    await putRole(q, id, ADMIN_COMMITTEE, 'admin', []);
    await recordAudit(q, {
      user: 'system',
      committeeId: null,
      entity: 'user',
      key: 'admin',
      action: 'create',
      before: null,
      after: { username: 'admin', admin: true },
    });
    return { username: 'admin', oneTimePassword: password };
  });
}
