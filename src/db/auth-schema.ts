/** The tables of optional access control (SHORELINE_AUTH): users, their sign-in sessions and the API's bearer tokens; secrets only as hashes. */
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

const createdAt = text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)

export const usersTable = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull().unique(),
    /** `scrypt$N$r$p$salt$key` (base64): the parameters travel with the hash, so they can be raised later. */
    passwordHash: text('password_hash').notNull(),
    createdAt,
  },
  (t) => [check('users_name', sql`length(${t.name}) between 1 and 64`)],
)

export const sessionsTable = sqliteTable(
  'sessions',
  {
    /** SHA-256 (hex) of the cookie's 256-bit random id: a copy of the database signs no one in. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    /** Milliseconds since the epoch, compared with the clock at each request. */
    expiresAt: integer('expires_at').notNull(),
    createdAt,
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
)

export const apiTokensTable = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** What the token is for ("nightly export"), to list and revoke it by. */
  name: text('name').notNull().unique(),
  /** SHA-256 (hex) of the token, which is shown once when created and never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  createdAt,
})

/**
 * Access control is not workspace data: backups, exports and restores (src/db/backup.ts
 * takes its tables from schema.ts only) leave these alone, so restoring a workspace never
 * signs anyone in or out.
 */
export const ACCESS_CONTROL_TABLES: readonly string[] = ['api_tokens', 'sessions', 'users']
