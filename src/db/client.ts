/** Opens the workspace database: pragmas, migrations, and the drizzle handle every db module takes. */
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as schema from './schema.ts'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle')

/** Default location of the workspace file; SHORELINE_DB overrides it. */
export const DEFAULT_DB_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/shoreline.db')

/**
 * Opens (creating if needed) a workspace database and brings its schema up to date.
 * WAL lets pages read while a save writes; foreign keys are off by default in
 * SQLite and the schema relies on them; synchronous=NORMAL under WAL loses no
 * committed transaction on a process crash (only on power loss, the last ones).
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  const db = drizzle(sqlite, { schema }) as Db
  migrate(db, { migrationsFolder: MIGRATIONS })
  return db
}

/** A fresh in-memory workspace with the real migrations, for tests. */
export function openMemoryDb(): Db {
  return openDb(':memory:')
}
