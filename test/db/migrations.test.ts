/**
 * A workspace made by the first released schema (drizzle/0000_initial.sql, kept as text in
 * test/fixtures/workspace-v0.sql) upgrades to the current schema without losing a value.
 * Migrations are read from the journal, so a migration added later is covered without editing this file.
 */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, openMemoryDb, type Db } from '../../src/db/client.ts'
import { loadForecast } from '../../src/db/forecasts.ts'
import { getScenario } from '../../src/db/scenarios.ts'
import { listOptions } from '../../src/db/sourcing-options.ts'
import { createApp } from '../../src/web/app.ts'
import { compareStoredScenario } from '../../src/web/scenario-comparison.ts'
import { tableNames } from './helpers.ts'

const DRIZZLE = new URL('../../drizzle/', import.meta.url)
const JOURNAL = JSON.parse(readFileSync(new URL('meta/_journal.json', DRIZZLE), 'utf8')) as { entries: { tag: string; when: number }[] }
const FIXTURE = readFileSync(new URL('../fixtures/workspace-v0.sql', import.meta.url), 'utf8')
const V0_TABLES = ['forecast_channels', 'forecasts', 'scenario_options', 'scenarios', 'sourcing_options']

type Rows = Record<string, Record<string, unknown>[]>
const rowsOf = (client: Database.Database, tables: string[]): Rows => Object.fromEntries(tables.map((t) => [t, client.prepare(`select * from "${t}" order by rowid`).all() as Record<string, unknown>[]]))
/** The shape of a table as SQLite reports it: columns, indexes and foreign keys. */
const shapeOf = (client: Database.Database, table: string) => ({
  columns: client.pragma(`table_info("${table}")`),
  indexes: (client.pragma(`index_list("${table}")`) as { name: string; unique: number; origin: string; partial: number }[]).sort((a, b) => a.name.localeCompare(b.name)),
  foreignKeys: client.pragma(`foreign_key_list("${table}")`),
})

/** Every table but SQLite's own (tableNames leaves out sign-in tables; migrations create them too). */
const allTables = (d: Db) => (d.$client.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all() as { name: string }[]).map((r) => r.name)

let dir: string
let before: Rows
let db: Db

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-migrate-'))
  const path = join(dir, 'workspace-v0.db')
  const v0 = new Database(path)
  v0.exec(FIXTURE)
  before = rowsOf(v0, V0_TABLES)
  v0.close()
  db = openDb(path)
})
afterAll(() => {
  db.$client.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the v0 fixture', () => {
  it('is the first migration exactly, with drizzle’s record of it (sha256 of the file, the journal’s time)', () => {
    const first = readFileSync(new URL(`${JOURNAL.entries[0]!.tag}.sql`, DRIZZLE), 'utf8')
    const hash = createHash('sha256').update(first).digest('hex')
    expect(FIXTURE).toContain(`VALUES ('${hash}', ${JOURNAL.entries[0]!.when});`)
    for (const statement of first.split('--> statement-breakpoint')) expect(FIXTURE).toContain(statement.trim())
  })

  it('holds a small but whole workspace: a forecast with its series, options, a scenario and its links', () => {
    expect(Object.fromEntries(Object.entries(before).map(([t, rows]) => [t, rows.length]))).toEqual({
      forecasts: 1,
      forecast_channels: 3,
      sourcing_options: 4,
      scenarios: 1,
      scenario_options: 4,
    })
  })
})

describe('openDb on a v0 workspace', () => {
  it('applies every later migration once, keeping the record of the first', () => {
    const journal = db.$client.prepare('select hash, created_at from __drizzle_migrations order by created_at').all() as { created_at: number }[]
    expect(journal.map((r) => r.created_at)).toEqual(JOURNAL.entries.map((e) => e.when))
  })

  it('keeps every row of the v0 tables with the same values, BLOBs byte for byte', () => {
    const after = rowsOf(db.$client, V0_TABLES)
    for (const table of V0_TABLES) {
      // Columns added later may follow; the old ones must hold what they held.
      const projected = after[table]!.map((row) => Object.fromEntries(Object.keys(before[table]![0]!).map((k) => [k, row[k]])))
      expect(projected, table).toEqual(before[table])
    }
  })

  it('ends with the same tables (sign-in ones too), columns, indexes and foreign keys as a fresh workspace', () => {
    const fresh = openMemoryDb()
    expect(tableNames(db).length).toBeGreaterThan(V0_TABLES.length)
    expect(allTables(db)).toEqual(allTables(fresh))
    for (const table of allTables(fresh)) expect(shapeOf(db.$client, table), table).toEqual(shapeOf(fresh.$client, table))
  })

  it('passes SQLite’s integrity and foreign-key checks', () => {
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.$client.pragma('foreign_key_check')).toEqual([])
  })

  it('reads the old specs with today’s schemas (fields added since take their defaults)', () => {
    const scenario = getScenario(db, 1)!
    expect(scenario.name).toBe('Blended: in-house core, three partners')
    expect(scenario.quality).toEqual({ forecastFcr: null })
    expect(listOptions(db).map((o) => o.handleTimeCv)).toEqual([null, null, null, null])
    expect(loadForecast(db, 1)!.forecast.channels.map((c) => [c.channel, c.volume.length])).toEqual([
      ['voice', 168],
      ['chat', 168],
      ['email', 168],
    ])
  })

  it('evaluates the old scenario: staffed, priced and simulated', () => {
    const compared = compareStoredScenario(db, 1, 50)
    expect(compared?.ok).toBe(true)
    if (!compared?.ok) return
    expect(compared.comparison.options).toHaveLength(4)
    for (const option of compared.comparison.options) expect(Number(option.costCents), option.name).toBeGreaterThan(0)
    expect(compared.comparison.scenario.costPerContact).toBeGreaterThan(0)
  })

  it('serves the old scenario’s pages', async () => {
    const app = createApp({ db })
    expect((await app.request('/scenarios/1')).status).toBe(200)
    expect((await app.request('/scenarios/1/compare')).status).toBe(200)
  })
})

describe('openDb on a workspace with KPI values stored before contact types (migration 0004)', () => {
  it('keeps every value, each now over all contacts, and lets a per-type value sit beside it', () => {
    const path = join(dir, 'workspace-kpis.db')
    const old = new Database(path)
    old.exec(FIXTURE)
    // Bring it to the migration before contact types, as drizzle would, then store a KPI value the old way.
    const before0004 = JOURNAL.entries.filter((e) => e.tag < '0004')
    for (const e of before0004.slice(1)) {
      for (const statement of readFileSync(new URL(`${e.tag}.sql`, DRIZZLE), 'utf8').split('--> statement-breakpoint')) old.exec(statement)
      old.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run(e.tag, e.when)
    }
    old.prepare("insert into kpi_observations (option_id, period, kpi, value, sample_size, source) values (2, '2026-01', 'fcr', 0.74, 900, 'old.csv')").run()
    old.close()
    const upgraded = openDb(path)
    try {
      expect(upgraded.$client.prepare('select kpi, value, contact_type, source from kpi_observations').all()).toEqual([{ kpi: 'fcr', value: 0.74, contact_type: '', source: 'old.csv' }])
      upgraded.$client.prepare("insert into kpi_observations (option_id, period, kpi, contact_type, value) values (2, '2026-01', 'fcr', 'voice', 0.7)").run()
      expect(() => upgraded.$client.prepare("insert into kpi_observations (option_id, period, kpi, value) values (2, '2026-01', 'fcr', 0.7)").run()).toThrow(/UNIQUE/)
    } finally {
      upgraded.$client.close()
    }
  })
})
