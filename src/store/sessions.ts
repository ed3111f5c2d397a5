/** Server-side sessions (migrations/users-sessions.ts): the id is the SHA-256 of the cookie's token. */
import type { Q } from './committees.ts';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  method: string;
}

export async function insertSession(q: Q, s: SessionRow): Promise<void> {
  await q
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
      method: s.method,
    })
    .execute();
}

export async function findSession(q: Q, id: string): Promise<SessionRow | null> {
  const r = await q.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  return r
    ? {
        id: r.id,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
        method: r.method,
      }
    : null;
}

export async function touchSession(q: Q, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await q.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(q: Q, id: string): Promise<void> {
  await q.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Signs a user out everywhere (a new password, a disabled account, a revoked role). */
export async function deleteUserSessions(q: Q, userId: string): Promise<void> {
  await q.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(q: Q, now: string): Promise<void> {
  await q.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
