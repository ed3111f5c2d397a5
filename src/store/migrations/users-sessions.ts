/**
 * 0014: people. Users (local password hashes, argon2id; or matched from the identity provider by
 * e-mail or subject), their roles per committee (admin: committee_id ''), an area manager's areas,
 * and server-side sessions (the cookie carries a random token; the table keeps its SHA-256 only).
 */
import type { Kysely, Migration } from 'kysely';

export const usersSessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('oidc_subject', 'text', (c) => c.unique())
      /** argon2id PHC string; null for a user who signs in only through the identity provider. */
      .addColumn('password_hash', 'text')
      /** 1 when the password was set by someone else (one-time): the user is asked to change it. */
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_email').on('users').column('email').execute();
    await db.schema
      .createTable('user_roles')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      /** '' for admin (every committee). */
      .addColumn('committee_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'committee_id'])
      .execute();
    await db.schema
      .createTable('user_areas')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('committee_id', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_areas_pk', ['user_id', 'committee_id', 'area_id'])
      .execute();
    await db.schema
      .createTable('sessions')
      /** SHA-256 (hex) of the cookie's token. */
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      /** 'password' or 'oidc'. */
      .addColumn('method', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  },
};
