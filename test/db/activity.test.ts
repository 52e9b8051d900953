import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { beforeEach, describe, expect, it } from 'vitest'
import { formatDemoActivity, makeDemoActivity, readWorkspaceOptions } from '../../data/demo/make-activity.ts'
import { activitySources, importActivityDays, listActivityDays, loadActivityWeights, saveActivityWeights } from '../../src/db/activity.ts'
import { openDb, openMemoryDb, type Db } from '../../src/db/client.ts'
import { DEMO_SOURCE } from '../../src/db/seed-demo-activity.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createOption, deleteOption, listOptions } from '../../src/db/sourcing-options.ts'
import { ACTIVITIES, activityGroups, DEFAULT_ACTIVITY_WEIGHTS, pointsTable, type ActivityDay } from '../../src/domain/quality/activity-points.ts'
import { inHouse, partner } from '../domain/scenario/builders.ts'
import { rowCounts, tableNames } from './helpers.ts'

const day = (optionId: number, date: string, over: Partial<ActivityDay> = {}): ActivityDay => ({
  optionId,
  date,
  ticketsCreated: 1,
  ticketsSolved: 2,
  inboundCalls: 3,
  outboundCalls: 4,
  callMinutes: 5.5,
  voicemails: 6,
  chats: 7,
  paidHours: 8.25,
  ...over,
})

let db: Db
let team: number
let vendor: number

beforeEach(() => {
  db = openMemoryDb()
  team = createOption(db, inHouse({ name: 'Team' }))
  vendor = createOption(db, partner({ name: 'Vendor' }))
})

describe('importActivityDays', () => {
  it('stores every day with its counts, paid hours and source, and lists them by date then option', () => {
    expect(importActivityDays(db, [day(vendor, '2026-03-03'), day(team, '2026-03-03'), day(vendor, '2026-03-02')], 'march.csv')).toEqual({ added: 3, replaced: 0 })
    const days = listActivityDays(db)
    expect(days.map((d) => [d.date, d.optionId])).toEqual([
      ['2026-03-02', vendor],
      ['2026-03-03', team],
      ['2026-03-03', vendor],
    ])
    expect(days[0]).toEqual({ ...day(vendor, '2026-03-02'), source: 'march.csv' })
  })

  it('a day already stored for the same option and date is replaced, not added twice', () => {
    importActivityDays(db, [day(vendor, '2026-03-02'), day(team, '2026-03-02')], 'first.csv')
    expect(importActivityDays(db, [day(vendor, '2026-03-02', { chats: 99, paidHours: 10 }), day(vendor, '2026-03-03')], 'second.csv')).toEqual({ added: 1, replaced: 1 })
    const days = listActivityDays(db)
    expect(days).toHaveLength(3)
    expect(days.find((d) => d.optionId === vendor && d.date === '2026-03-02')).toMatchObject({ chats: 99, paidHours: 10, source: 'second.csv' })
    expect(days.find((d) => d.optionId === team)).toMatchObject({ chats: 7, source: 'first.csv' })
  })

  it('is all or nothing: one day of an unknown option rolls back the days before it, stored days untouched', () => {
    importActivityDays(db, [day(vendor, '2026-03-02')], 'first.csv')
    const before = rowCounts(db)
    expect(() => importActivityDays(db, [day(vendor, '2026-03-02', { chats: 50 }), day(team, '2026-03-05'), day(999, '2026-03-06')], 'bad.csv')).toThrow(/FOREIGN KEY/)
    expect(rowCounts(db)).toEqual(before)
    expect(listActivityDays(db)[0]).toMatchObject({ chats: 7, source: 'first.csv' })
  })

  it('the database refuses negative counts and malformed dates even if a caller skipped the checks', () => {
    expect(() => importActivityDays(db, [day(vendor, '2026-03-02', { inboundCalls: -1 })], 'x')).toThrow(/CHECK/)
    expect(() => importActivityDays(db, [day(vendor, '2 March')], 'x')).toThrow(/CHECK/)
    expect(rowCounts(db).activity_days).toBe(0)
  })

  it('deleting an option deletes its activity days (cascade) and leaves the others', () => {
    importActivityDays(db, [day(vendor, '2026-03-02'), day(team, '2026-03-02')], 'x')
    expect(deleteOption(db, vendor)).toBe('deleted')
    expect(listActivityDays(db).map((d) => d.optionId)).toEqual([team])
  })

  it('activitySources counts stored days by where they came from', () => {
    importActivityDays(db, [day(vendor, '2026-03-02'), day(team, '2026-03-02')], 'demo')
    importActivityDays(db, [day(vendor, '2026-03-02')], 'form')
    expect(Object.fromEntries(activitySources(db))).toEqual({ demo: 1, form: 1 })
  })
})

describe('activity weights', () => {
  it('a new workspace has the default weights', () => {
    expect(loadActivityWeights(db)).toEqual(DEFAULT_ACTIVITY_WEIGHTS)
  })

  it('saved weights come back exactly, and saving again overwrites them', () => {
    const weights = { ...DEFAULT_ACTIVITY_WEIGHTS, chats: 1.25, voicemails: 0 }
    saveActivityWeights(db, weights)
    expect(loadActivityWeights(db)).toEqual(weights)
    saveActivityWeights(db, { ...weights, chats: 2 })
    expect(loadActivityWeights(db).chats).toBe(2)
    expect(rowCounts(db).activity_weights).toBe(ACTIVITIES.length)
  })

  it('every activity of the domain can be stored (the table’s check lists the same activities)', () => {
    const weights = Object.fromEntries(ACTIVITIES.map((a, i) => [a, i + 0.5])) as typeof DEFAULT_ACTIVITY_WEIGHTS
    saveActivityWeights(db, weights)
    expect(loadActivityWeights(db)).toEqual(weights)
  })

  it('is all or nothing: a weight the database refuses leaves the stored weights as they were', () => {
    saveActivityWeights(db, { ...DEFAULT_ACTIVITY_WEIGHTS, chats: 3 })
    expect(() => saveActivityWeights(db, { ...DEFAULT_ACTIVITY_WEIGHTS, ticketsCreated: 9, chats: -1 })).toThrow(/CHECK/)
    expect(loadActivityWeights(db)).toEqual({ ...DEFAULT_ACTIVITY_WEIGHTS, chats: 3 })
  })
})

describe('demo activity', () => {
  it('data/demo/activity.json is exactly what data/demo/make-activity.ts makes (seeded, so reproducible)', () => {
    const committed = readFileSync(new URL('../../data/demo/activity.json', import.meta.url), 'utf8')
    expect(formatDemoActivity(makeDemoActivity(readWorkspaceOptions()))).toBe(committed)
  })

  it('the demo file says it is demo data', () => {
    expect(makeDemoActivity(readWorkspaceOptions()).about).toMatch(/^DEMO DATA, not real measurements/)
  })

  it('seeding the demo stores twelve months of days for all four options, each marked as demo data', () => {
    const demo = openMemoryDb()
    seedDemoIfEmpty(demo)
    const days = listActivityDays(demo)
    expect(new Set(days.map((d) => d.optionId))).toEqual(new Set(listOptions(demo).map((o) => o.id)))
    expect(days[0]!.date).toBe('2025-11-01')
    expect(days.at(-1)!.date).toBe('2026-10-31')
    expect(new Set(days.map((d) => d.date.slice(0, 7))).size).toBe(12)
    expect(Object.fromEntries(activitySources(demo))).toEqual({ [DEMO_SOURCE]: days.length })
  })

  it('the demo’s monthly points per paid hour are plausible (4–12) and the partners differ', () => {
    const demo = openMemoryDb()
    seedDemoIfEmpty(demo)
    const table = pointsTable(listActivityDays(demo), activityGroups(listOptions(demo)), DEFAULT_ACTIVITY_WEIGHTS, 'month')
    const options = table.series.filter((s) => s.group.kind === 'option')
    for (const figure of options.flatMap((s) => s.cells.map((c) => c!.pointsPerPaidHour!))) {
      expect(figure).toBeGreaterThan(4)
      expect(figure).toBeLessThan(12)
    }
    const overall = options.map((s) => s.overall!.pointsPerPaidHour!)
    expect(Math.max(...overall) - Math.min(...overall)).toBeGreaterThan(1)
  })
})

describe('migration 0001_activity', () => {
  it('a workspace made before activity existed gains the activity tables when opened, and keeps its options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-upgrade-'))
    try {
      // The migrations folder as it was before this one: only 0000 and its journal entry.
      const old = join(dir, 'drizzle')
      mkdirSync(join(old, 'meta'), { recursive: true })
      const journal = JSON.parse(readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as { entries: { tag: string }[] }
      writeFileSync(join(old, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }))
      copyFileSync(new URL(`../../drizzle/${journal.entries[0]!.tag}.sql`, import.meta.url), join(old, `${journal.entries[0]!.tag}.sql`))
      const path = join(dir, 'workspace.db')
      const sqlite = new Database(path)
      migrate(drizzle(sqlite), { migrationsFolder: old })
      sqlite.prepare(`insert into sourcing_options (name, kind, spec) values ('Old team', 'in-house', '{}')`).run()
      expect(tableNames(drizzle(sqlite) as unknown as Db)).not.toContain('activity_days')
      sqlite.close()

      const upgraded = openDb(path)
      expect(tableNames(upgraded)).toEqual(expect.arrayContaining(['activity_days', 'activity_weights']))
      expect(upgraded.$client.prepare('select name from sourcing_options').all()).toEqual([{ name: 'Old team' }])
      importActivityDays(upgraded, [day(1, '2026-03-02')], 'x')
      expect(listActivityDays(upgraded)).toHaveLength(1)
      upgraded.$client.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
