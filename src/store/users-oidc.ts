/** Finding users for the sign-in through the identity provider (the users table of migration 0014). */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Schema } from './schema.ts';

type Q = Kysely<Schema> | Transaction<Schema>;

export interface OidcUserRow {
  id: string;
  username: string;
  email: string | null;
  oidcSubject: string | null;
  disabled: boolean;
}

const COLUMNS = ['id', 'username', 'email', 'oidc_subject', 'disabled'] as const;

function toRow(row: { id: string; username: string; email: string | null; oidc_subject: string | null; disabled: number }): OidcUserRow {
  return { id: row.id, username: row.username, email: row.email, oidcSubject: row.oidc_subject, disabled: Number(row.disabled) !== 0 };
}

/** The user whose stored subject (the provider's `sub`) this is. */
export async function findUserBySubject(q: Q, subject: string): Promise<OidcUserRow | undefined> {
  const row = await q.selectFrom('users').select(COLUMNS).where('oidc_subject', '=', subject).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/** Every user with this e-mail address, compared without regard to case (more than one: ambiguous). */
export async function findUsersByEmail(q: Q, email: string): Promise<OidcUserRow[]> {
  const rows = await q
    .selectFrom('users')
    .select(COLUMNS)
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .orderBy('username')
    .execute();
  return rows.map(toRow);
}

/** Links (or with null unlinks) a user and the provider's subject. */
export async function setOidcSubject(q: Q, userId: string, subject: string | null): Promise<void> {
  await q.updateTable('users').set({ oidc_subject: subject }).where('id', '=', userId).execute();
}

/** A user's stored subject, by username (undefined: no such user). */
export async function findOidcSubject(q: Q, username: string): Promise<{ id: string; oidcSubject: string | null } | undefined> {
  const row = await q.selectFrom('users').select(['id', 'oidc_subject']).where('username', '=', username).executeTakeFirst();
  return row ? { id: row.id, oidcSubject: row.oidc_subject } : undefined;
}

/** Every user linked to a subject at the provider, by username. */
export async function listOidcSubjects(q: Q): Promise<{ username: string; subject: string }[]> {
  const rows = await q
    .selectFrom('users')
    .select(['username', 'oidc_subject'])
    .where('oidc_subject', 'is not', null)
    .orderBy('username')
    .execute();
  return rows.map((r) => ({ username: r.username, subject: r.oidc_subject ?? '' }));
}
