import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openDb, openMemoryDb, type Db } from '../../src/db/client.ts'
import { backupToFile, checkSqliteBackup, migrationHashes, restoreFromSqliteFile, WORKSPACE_TABLES } from '../../src/db/backup.ts'
import { renameScenario, listScenarios } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { exportWorkspace, restoreFromWorkspaceFile } from '../../src/db/workspace-file.ts'
import { deleteForecast, listForecasts } from '../../src/db/forecasts.ts'
import { ACCESS_CONTROL_TABLES } from '../../src/db/auth-schema.ts'
import { rowCounts } from './helpers.ts'

/** Every row of every workspace table, raw from SQLite (BLOBs as hex, quick to compare): what "equal to before" means. */
function dump(db: Db): Record<string, unknown[]> {
  const row = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v]))
  return Object.fromEntries(WORKSPACE_TABLES.map((t) => [t.name, (db.$client.prepare(`select * from "${t.name}" order by rowid`).all() as Record<string, unknown>[]).map(row)]))
}

let demo: Db
beforeAll(() => {
  demo = openMemoryDb()
  seedDemoIfEmpty(demo)
})

describe('SQLite backups', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shoreline-backup-'))
    db = openDb(join(dir, 'workspace.db'))
    restoreFromWorkspaceFile(db, exportWorkspace(demo, 'now'))
  })
  afterEach(() => {
    db.$client.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A backup file in the test's folder, and a private copy of it as the upload route would make. */
  function backup(name = 'backup.db'): string {
    const path = join(dir, name)
    backupToFile(db, path)
    return path
  }
  const upload = (path: string) => {
    const copy = `${path}.upload`
    copyFileSync(path, copy)
    return copy
  }

  it('backupToFile writes an intact database holding every row', () => {
    const file = new Database(backup(), { readonly: true })
    expect(file.pragma('integrity_check', { simple: true })).toBe('ok')
    for (const [table, n] of Object.entries(rowCounts(db))) expect((file.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n, table).toBe(n)
    file.close()
  })

  it('backupToFile leaves sign-in data (users, sessions, API tokens) out of the copy', () => {
    db.$client.prepare(`insert into users (name, password_hash) values ('ana', 'scrypt$secret-hash')`).run()
    const path = backup()
    const file = new Database(path, { readonly: true })
    for (const table of ACCESS_CONTROL_TABLES) expect((file.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n, table).toBe(0)
    file.close()
    expect(readFileSync(path).includes('secret-hash')).toBe(false)
  })

  it('backup → change → restore gives back exactly the workspace as it was', () => {
    const before = dump(db)
    const path = backup()
    const scenario = listScenarios(db)[0]!
    renameScenario(db, scenario.id, 'Changed after the backup')
    db.$client.prepare('delete from activity_days').run()
    expect(dump(db)).not.toEqual(before)

    const result = restoreFromSqliteFile(db, upload(path))
    expect(result).toEqual({ ok: true, counts: rowCounts(db) })
    expect(dump(db)).toEqual(before)
  })

  it('a restored workspace accepts new rows without id clashes', () => {
    const path = backup()
    restoreFromSqliteFile(db, upload(path))
    const forecasts = listForecasts(db).length
    db.$client.prepare(`insert into forecasts (name, interval_minutes, start, interval_count) values ('new', 30, '2026-01-05T00:00', 1)`).run()
    expect(listForecasts(db)).toHaveLength(forecasts + 1)
  })

  it('a damaged file is refused and the workspace is unchanged', () => {
    const path = upload(backup())
    const bytes = readFileSync(path)
    // Overwrite the middle pages (table and index b-trees) with noise, keeping the header.
    for (let i = 4096 * 2; i < bytes.length - 4096; i += 7) bytes[i] = (i * 31) & 0xff
    writeFileSync(path, bytes)
    const before = dump(db)
    const result = restoreFromSqliteFile(db, path)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/damaged|cannot be read/)
    expect(dump(db)).toEqual(before)
  })

  it('a file cut short is refused and the workspace is unchanged', () => {
    const path = upload(backup())
    writeFileSync(path, readFileSync(path).subarray(0, 8192))
    const before = dump(db)
    expect(restoreFromSqliteFile(db, path).ok).toBe(false)
    expect(dump(db)).toEqual(before)
  })

  it('a file that is not SQLite is refused as such', () => {
    const path = join(dir, 'notes.db')
    writeFileSync(path, 'forecast,volume\n1,2\n')
    expect(restoreFromSqliteFile(db, path)).toEqual({ ok: false, message: expect.stringContaining('not an SQLite database') })
  })

  it('an SQLite database of another program is refused as not a Shoreline workspace', () => {
    const path = join(dir, 'other.db')
    const other = new Database(path)
    other.exec('create table notes (id integer primary key, text text)')
    other.close()
    expect(restoreFromSqliteFile(db, path)).toEqual({ ok: false, message: expect.stringContaining('not a Shoreline workspace') })
  })

  it('a workspace from a newer Shoreline (a migration this version lacks) is refused', () => {
    const path = upload(backup())
    const file = new Database(path)
    file.prepare(`insert into __drizzle_migrations (hash, created_at) values ('from-the-future', 99999999999999)`).run()
    file.close()
    expect(checkSqliteBackup(path)).toEqual({ ok: false, message: expect.stringContaining('newer version of Shoreline') })
  })

  it('a backup whose rows break the schema (a forecast series cut short) is refused and nothing changes', () => {
    const path = upload(backup())
    const file = new Database(path)
    file.prepare('update forecast_channels set volume = substr(volume, 1, 16) where id = (select min(id) from forecast_channels)').run()
    file.close()
    const before = dump(db)
    expect(restoreFromSqliteFile(db, path)).toEqual({ ok: false, message: expect.stringContaining('intervals but its') })
    expect(dump(db)).toEqual(before)
  })

  it('a workspace whose forecasts were deleted restores them from the backup', () => {
    const path = backup()
    for (const s of listScenarios(db)) db.$client.prepare('delete from scenarios where id = ?').run(s.id)
    for (const f of listForecasts(db)) expect(deleteForecast(db, f.id)).toBe('deleted')
    restoreFromSqliteFile(db, upload(path))
    expect(listForecasts(db).length).toBeGreaterThan(0)
  })

  it('a backup made by the first released schema is upgraded on a copy and restored; tables it lacks come back empty', () => {
    const path = join(dir, 'v0.db')
    const v0 = new Database(path)
    v0.exec(readFileSync(new URL('../fixtures/workspace-v0.sql', import.meta.url), 'utf8'))
    v0.close()
    const result = restoreFromSqliteFile(db, path)
    expect(result.ok).toBe(true)
    expect(rowCounts(db)).toMatchObject({ forecasts: 1, forecast_channels: 3, sourcing_options: 4, scenarios: 1, scenario_options: 4, activity_days: 0 })
    expect(listScenarios(db).map((s) => s.name)).toEqual(['Blended: in-house core, three partners'])
  })

  it('the migration hashes are one per committed migration', () => {
    const journal = JSON.parse(readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] }
    expect(migrationHashes()).toHaveLength(journal.entries.length)
  })
})
