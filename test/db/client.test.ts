import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDb, openMemoryDb, type Db } from '../../src/db/client.ts'
import { countForecasts, saveForecast } from '../../src/db/forecasts.ts'
import { forecastOf } from '../domain/scenario/builders.ts'
import { tableNames } from './helpers.ts'

const TABLES = ['activity_days', 'activity_weights', 'custom_kpis', 'forecast_channels', 'forecasts', 'kpi_observations', 'scenario_options', 'scenarios', 'scorecard_kpi_settings', 'sourcing_options']
/** Every committed migration is applied once. */
const MIGRATIONS = (JSON.parse(readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] }).entries.length

const journalRows = (db: Db) => (db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n
const pragma = (db: Db, name: string) => db.$client.pragma(name, { simple: true })

describe('openDb on a file', () => {
  let dir: string
  const opened: Db[] = []
  const open = (path: string) => {
    const db = openDb(path)
    opened.push(db)
    return db
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shoreline-db-'))
  })
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.$client.open) db.$client.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('openDb(path) creates every table of the committed migrations in a fresh file', () => {
    const db = open(join(dir, 'workspace.db'))
    expect(tableNames(db)).toEqual(TABLES)
    expect(journalRows(db)).toBe(MIGRATIONS)
  })

  it('openDb(path) creates the missing folders of the path', () => {
    const db = open(join(dir, 'a', 'b', 'workspace.db'))
    expect(tableNames(db)).toEqual(TABLES)
  })

  it('openDb(path) on an up-to-date file applies nothing again and keeps the data', () => {
    const path = join(dir, 'workspace.db')
    const first = open(path)
    saveForecast(first, 'Kept', '', forecastOf([{ channel: 'voice', volume: 1 }]))
    first.$client.close()

    const again = open(path)
    expect(tableNames(again)).toEqual(TABLES)
    expect(journalRows(again)).toBe(MIGRATIONS)
    expect(countForecasts(again)).toBe(1)
  })

  it('openDb(path) uses write-ahead logging', () => {
    expect(pragma(open(join(dir, 'workspace.db')), 'journal_mode')).toBe('wal')
  })

  it('openDb(path) enforces foreign keys', () => {
    expect(pragma(open(join(dir, 'workspace.db')), 'foreign_keys')).toBe(1)
  })

  it('openDb(path) syncs at NORMAL (1), which under WAL keeps every committed transaction on a crash', () => {
    expect(pragma(open(join(dir, 'workspace.db')), 'synchronous')).toBe(1)
  })
})

describe('openMemoryDb', () => {
  it('openMemoryDb() gives a fresh database with every table and foreign keys on', () => {
    const db = openMemoryDb()
    expect(tableNames(db)).toEqual(TABLES)
    expect(pragma(db, 'foreign_keys')).toBe(1)
    expect(countForecasts(db)).toBe(0)
  })

  it('openMemoryDb() databases are independent of each other', () => {
    const a = openMemoryDb()
    const b = openMemoryDb()
    saveForecast(a, 'Only in a', '', forecastOf([{ channel: 'voice', volume: 1 }]))
    expect(countForecasts(a)).toBe(1)
    expect(countForecasts(b)).toBe(0)
  })
})
