/** Whole-workspace backups: every table of the schema, a `VACUUM INTO` copy, and restores that replace everything in one transaction. */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getTableColumns, is } from 'drizzle-orm'
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { loadActivityWeights, listActivityDays } from './activity.ts'
import { ACCESS_CONTROL_TABLES } from './auth-schema.ts'
import { openDb, type Db } from './client.ts'
import { listForecasts, loadForecast } from './forecasts.ts'
import * as schema from './schema.ts'
import { listScenarios } from './scenarios.ts'
import { listOptions } from './sourcing-options.ts'

/** One table of the workspace: its drizzle object, SQL name, columns by JS key, and the tables it references. */
export interface WorkspaceTable {
  name: string
  table: SQLiteTable
  /** JS key → column, in declaration order. */
  columns: [key: string, column: SQLiteColumn][]
  references: string[]
}

/**
 * Every table schema.ts exports, parents before children. Read from the schema object, not
 * listed by hand, so a table added later is backed up and restored without touching this file.
 */
export const WORKSPACE_TABLES: readonly WorkspaceTable[] = dependencyOrder(
  Object.values(schema as Record<string, unknown>)
    .filter((value): value is SQLiteTable => is(value, SQLiteTable))
    .map((table) => {
      const config = getTableConfig(table)
      const references = config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name).filter((n) => n !== config.name)
      return { name: config.name, table, columns: Object.entries(getTableColumns(table)) as [string, SQLiteColumn][], references: [...new Set(references)] }
    }),
)

function dependencyOrder(tables: WorkspaceTable[]): WorkspaceTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const ordered: WorkspaceTable[] = []
  const seen = new Set<string>()
  const visit = (t: WorkspaceTable, path: string[]) => {
    if (seen.has(t.name)) return
    if (path.includes(t.name)) throw new Error(`foreign keys form a cycle: ${[...path, t.name].join(' → ')}`)
    for (const parent of t.references) visit(byName.get(parent)!, [...path, t.name])
    seen.add(t.name)
    ordered.push(t)
  }
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t, [])
  return ordered
}

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle')

/** The hashes drizzle records for each committed migration (sha256 of the .sql file), oldest first. */
export function migrationHashes(): string[] {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS}/meta/_journal.json`, 'utf8')) as { entries: { tag: string }[] }
  return journal.entries.map((e) => createHash('sha256').update(readFileSync(`${MIGRATIONS}/${e.tag}.sql`, 'utf8')).digest('hex'))
}

/** Rows in each workspace table, by SQL name, in dependency order. */
export function workspaceCounts(client: Database.Database, schemaName = 'main'): Record<string, number> {
  return Object.fromEntries(
    WORKSPACE_TABLES.map((t) => [t.name, (client.prepare(`select count(*) as n from "${schemaName}"."${t.name}"`).get() as { n: number }).n]),
  )
}

/**
 * Writes a consistent copy of the whole workspace to `path` (which must not exist yet), compacted,
 * while others keep reading. Sign-in data (users' password hashes, sessions, API tokens) is
 * not workspace data: it is emptied from the copy and the copy vacuumed again, so no freed
 * page still holds it.
 */
export function backupToFile(db: Db, path: string): void {
  db.$client.prepare('VACUUM INTO ?').run(path)
  const copy = new Database(path)
  try {
    const present = new Set((copy.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((r) => r.name))
    const secrets = ACCESS_CONTROL_TABLES.filter((t) => present.has(t))
    if (secrets.length === 0) return
    copy.pragma('foreign_keys = OFF')
    copy.transaction(() => {
      for (const t of secrets) copy.prepare(`delete from "${t}"`).run()
    })()
    copy.exec('VACUUM')
  } finally {
    copy.close()
  }
}

/** A refused restore: what is wrong, in words for the person who chose the file. Nothing was changed. */
export class RestoreRefused extends Error {}

export type RestoreResult = { ok: true; counts: Record<string, number> } | { ok: false; message: string }

/**
 * Replaces every table's rows with what `load` inserts, in one transaction: old rows are
 * deleted children first, `load` fills the tables, and the result must read back as a
 * valid workspace (every spec, series and link) before it commits. Anything thrown rolls
 * the whole of it back, so a failed restore leaves the workspace exactly as it was.
 */
export function replaceWorkspace(db: Db, load: () => void): RestoreResult {
  try {
    db.$client.transaction(() => {
      // Checked at commit instead of per row: self-references (an option escalating to a later one) load in any order.
      db.$client.pragma('defer_foreign_keys = ON')
      for (const t of [...WORKSPACE_TABLES].reverse()) db.$client.prepare(`delete from "${t.name}"`).run()
      load()
      checkWorkspace(db)
    })()
  } catch (error) {
    return { ok: false, message: error instanceof RestoreRefused ? error.message : `The file's data does not fit the workspace: ${messageOf(error)}. Nothing was changed.` }
  }
  return { ok: true, counts: workspaceCounts(db.$client) }
}

/** Reads everything back the way the pages will, so a restore never commits data that fails later with a 500. */
function checkWorkspace(db: Db): void {
  const broken = db.$client.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
  if (broken.length > 0) {
    const first = broken[0]!
    throw new RestoreRefused(`Row ${first.rowid} of ${label(first.table)} points to a missing row of ${label(first.parent)} (${broken.length} such rows). Nothing was changed.`)
  }
  const read = (what: string, f: () => unknown) => {
    try {
      f()
    } catch (error) {
      throw new RestoreRefused(`The file's ${what} cannot be read: ${messageOf(error)}. Nothing was changed.`)
    }
  }
  read('sourcing options', () => listOptions(db))
  read('scenarios', () => listScenarios(db))
  read('activity days', () => listActivityDays(db))
  read('activity weights', () => loadActivityWeights(db))
  for (const f of listForecasts(db)) {
    const stored = loadForecast(db, f.id)!
    for (const c of stored.forecast.channels) {
      if (c.volume.length !== f.intervalCount || c.ahtSeconds.length !== f.intervalCount) {
        throw new RestoreRefused(`Forecast “${f.name}” has ${f.intervalCount} intervals but its ${c.channel} series holds ${c.volume.length}. Nothing was changed.`)
      }
    }
  }
}

const SQLITE_HEADER = 'SQLite format 3\0'

/**
 * Restores from a database file made by "Download as SQLite" (or any Shoreline workspace
 * file). The file at `path` is a private copy that this function may change: it is
 * checked read-only first (an SQLite file, intact, a Shoreline workspace no newer than
 * this version), then migrated to the current schema, then attached and copied table by
 * table into the workspace inside one transaction.
 */
export function restoreFromSqliteFile(db: Db, path: string): RestoreResult {
  const checked = checkSqliteBackup(path)
  if (!checked.ok) return checked
  try {
    openDb(path).$client.close()
  } catch (error) {
    return { ok: false, message: `The file could not be brought up to this version's schema: ${messageOf(error)}. Nothing was changed.` }
  }
  // ATTACH is refused inside a transaction, so it wraps the one replaceWorkspace opens.
  db.$client.prepare('attach database ? as backup').run(path)
  try {
    return replaceWorkspace(db, () => {
      for (const t of WORKSPACE_TABLES) {
        const columns = t.columns.map(([, c]) => `"${c.name}"`).join(', ')
        db.$client.prepare(`insert into main."${t.name}" (${columns}) select ${columns} from backup."${t.name}"`).run()
      }
    })
  } finally {
    db.$client.prepare('detach database backup').run()
  }
}

/** What a database file holds, without changing it: refused with a reason, or the rows per table it would restore. */
export function checkSqliteBackup(path: string): { ok: true; counts: Record<string, number> } | { ok: false; message: string } {
  if (readHeader(path) !== SQLITE_HEADER) return { ok: false, message: 'The file is not an SQLite database, so it cannot be a Shoreline backup. Nothing was changed.' }
  let file: Database.Database | undefined
  try {
    file = new Database(path, { readonly: true, fileMustExist: true })
    const integrity = file.pragma('integrity_check') as { integrity_check: string }[]
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') {
      return { ok: false, message: `The file is damaged (SQLite's integrity check says: ${integrity.slice(0, 3).map((r) => r.integrity_check).join('; ')}). Nothing was changed.` }
    }
    const tables = new Set((file.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((r) => r.name))
    if (!tables.has('__drizzle_migrations') || !tables.has('forecasts') || !tables.has('scenarios') || !tables.has('sourcing_options')) {
      return { ok: false, message: 'The file is an SQLite database but not a Shoreline workspace (its tables are not Shoreline’s). Nothing was changed.' }
    }
    const applied = (file.prepare('select hash from __drizzle_migrations order by created_at, id').all() as { hash: string }[]).map((r) => r.hash)
    const known = migrationHashes()
    if (applied.length > known.length) return { ok: false, message: 'The file was made by a newer version of Shoreline; update Shoreline to restore it. Nothing was changed.' }
    if (applied.some((hash, i) => hash !== known[i])) return { ok: false, message: 'The file’s schema history does not match this version of Shoreline’s, so it cannot be restored safely. Nothing was changed.' }
    // A table the file's older schema lacks restores empty.
    const counts = Object.fromEntries(
      WORKSPACE_TABLES.map((t) => [t.name, tables.has(t.name) ? (file!.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n : 0]),
    )
    return { ok: true, counts }
  } catch (error) {
    return { ok: false, message: `The file cannot be read as an SQLite database (${messageOf(error)}). Nothing was changed.` }
  } finally {
    file?.close()
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length)
    const read = readSync(fd, header, 0, header.length, 0)
    return header.subarray(0, read).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

/** A table's SQL name in words: `forecast_channels` → "forecast channels". */
export function label(tableName: string): string {
  return tableName.replaceAll('_', ' ')
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error)
}
