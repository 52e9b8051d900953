import { beforeAll, describe, expect, it } from 'vitest'
import { getTableConfig } from 'drizzle-orm/sqlite-core'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { WORKSPACE_TABLES } from '../../src/db/backup.ts'
import { listOptions } from '../../src/db/sourcing-options.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import {
  decodeBlob,
  encodeBlob,
  exportWorkspace,
  fileCounts,
  readWorkspaceFile,
  restoreFromWorkspaceFile,
  WORKSPACE_FILE_FORMAT,
  WORKSPACE_FILE_VERSION,
  type WorkspaceFile,
} from '../../src/db/workspace-file.ts'
import { rowCounts, tableNames } from './helpers.ts'

const EXPORTED_AT = '2026-05-01T12:00:00.000Z'
/** The file as it would travel: through JSON text and back. */
const roundTrip = (file: WorkspaceFile) => JSON.parse(JSON.stringify(file)) as WorkspaceFile

describe('the tables a workspace backup holds', () => {
  it('are exactly the tables the migrations create (none missed, none invented)', () => {
    expect(WORKSPACE_TABLES.map((t) => t.name).sort()).toEqual(tableNames(openMemoryDb()))
  })

  it('come parents first: every table follows the tables its foreign keys point to', () => {
    const position = new Map(WORKSPACE_TABLES.map((t, i) => [t.name, i]))
    for (const t of WORKSPACE_TABLES) {
      for (const fk of getTableConfig(t.table).foreignKeys) {
        const parent = getTableConfig(fk.reference().foreignTable).name
        if (parent !== t.name) expect(position.get(parent)!, `${t.name} → ${parent}`).toBeLessThan(position.get(t.name)!)
      }
    }
  })
})

describe('BLOBs in the JSON file', () => {
  it('a float64 series reads as plain numbers and decodes to the same bytes', () => {
    const bytes = Buffer.from(Float64Array.from([1.5, 0, 1e-300, 12345.678]).buffer)
    const encoded = encodeBlob(bytes)
    expect(encoded).toEqual({ float64: [1.5, 0, 1e-300, 12345.678] })
    expect(decodeBlob(JSON.parse(JSON.stringify(encoded)))).toEqual(bytes)
  })

  it('bytes a JSON number would change (−0, NaN, odd lengths) travel as base64, unchanged', () => {
    for (const bytes of [Buffer.from(Float64Array.from([-0]).buffer), Buffer.from(Float64Array.from([NaN]).buffer), Buffer.from([1, 2, 3])]) {
      const encoded = encodeBlob(bytes)
      expect(encoded).toHaveProperty('base64')
      expect(decodeBlob(JSON.parse(JSON.stringify(encoded)))).toEqual(bytes)
    }
  })
})

describe('exportWorkspace', () => {
  let db: Db
  beforeAll(() => {
    db = openMemoryDb()
    seedDemoIfEmpty(db)
  })

  it('names its format and version, and holds a list for every table', () => {
    const file = exportWorkspace(db, EXPORTED_AT)
    expect(file.format).toBe(WORKSPACE_FILE_FORMAT)
    expect(file.version).toBe(WORKSPACE_FILE_VERSION)
    expect(file.exportedAt).toBe(EXPORTED_AT)
    expect(Object.keys(file.tables).sort()).toEqual(tableNames(db))
  })

  it('holds every row of every table', () => {
    expect(fileCounts(exportWorkspace(db, EXPORTED_AT))).toEqual(rowCounts(db))
  })

  it('keeps option and scenario specs as JSON objects and forecast series as numbers', () => {
    const file = exportWorkspace(db, EXPORTED_AT)
    expect(typeof file.tables.sourcing_options![0]!.spec).toBe('object')
    expect(typeof file.tables.scenarios![0]!.spec).toBe('object')
    const channel = file.tables.forecast_channels![0]!
    const intervals = file.tables.forecasts![0]!.intervalCount as number
    expect((channel.volume as { float64: number[] }).float64).toHaveLength(intervals)
  })
})

describe('readWorkspaceFile', () => {
  const valid = () => roundTrip(exportWorkspace(seeded(), EXPORTED_AT))

  it('accepts what exportWorkspace wrote, after a trip through JSON text', () => {
    expect(readWorkspaceFile(valid()).ok).toBe(true)
  })

  it('refuses JSON that is not a workspace backup (a scenario file, say)', () => {
    const reading = readWorkspaceFile({ format: 'shoreline-scenario', version: 1 })
    expect(reading).toEqual({ ok: false, message: expect.stringContaining('not a Shoreline workspace backup') })
  })

  it('refuses a newer version of the format and says to update Shoreline', () => {
    const reading = readWorkspaceFile({ ...valid(), version: WORKSPACE_FILE_VERSION + 1 })
    expect(reading).toEqual({ ok: false, message: expect.stringContaining('update Shoreline') })
  })

  it('names the table, row and column of a value of the wrong type', () => {
    const file = valid()
    file.tables.forecasts![0]!.intervalCount = 'many'
    expect(readWorkspaceFile(file)).toEqual({ ok: false, message: expect.stringContaining('tables.forecasts.0.intervalCount') })
  })

  it('refuses a table this version does not know', () => {
    const file = valid() as unknown as { tables: Record<string, unknown[]> }
    file.tables.mystery = []
    expect(readWorkspaceFile(file)).toEqual({ ok: false, message: expect.stringContaining('mystery') })
  })

  it('reads a missing table as empty (a file from before the table existed)', () => {
    const file = valid()
    delete file.tables.activity_weights
    const reading = readWorkspaceFile(file)
    expect(reading.ok && reading.file.tables.activity_weights).toEqual([])
  })
})

describe('restoreFromWorkspaceFile', () => {
  it('replaces the workspace with the file: exporting again gives the same file', () => {
    const source = seeded()
    const file = roundTrip(exportWorkspace(source, EXPORTED_AT))
    const target = openMemoryDb()
    const result = restoreFromWorkspaceFile(target, file)
    expect(result).toEqual({ ok: true, counts: rowCounts(source) })
    expect(roundTrip(exportWorkspace(target, EXPORTED_AT))).toEqual(file)
  })

  it('refuses an option whose spec does not read, and changes nothing', () => {
    const db = seeded()
    const before = roundTrip(exportWorkspace(db, EXPORTED_AT))
    const file = structuredClone(before)
    file.tables.sourcing_options![0]!.spec = { hours: 'always' }
    const result = restoreFromWorkspaceFile(db, file)
    expect(result).toEqual({ ok: false, message: expect.stringContaining('sourcing options cannot be read') })
    expect(roundTrip(exportWorkspace(db, EXPORTED_AT))).toEqual(before)
  })

  it('refuses a row pointing to a missing parent, and changes nothing', () => {
    const db = seeded()
    const before = roundTrip(exportWorkspace(db, EXPORTED_AT))
    const file = structuredClone(before)
    file.tables.scenarios![0]!.forecastId = 999_999
    const result = restoreFromWorkspaceFile(db, file)
    expect(result).toEqual({ ok: false, message: expect.stringContaining('points to a missing row of forecasts') })
    expect(roundTrip(exportWorkspace(db, EXPORTED_AT))).toEqual(before)
  })

  it('refuses a series shorter than its forecast, and changes nothing', () => {
    const db = seeded()
    const before = rowCounts(db)
    const file = roundTrip(exportWorkspace(db, EXPORTED_AT))
    const channel = file.tables.forecast_channels![0]!
    channel.volume = { float64: (channel.volume as { float64: number[] }).float64.slice(1) }
    expect(restoreFromWorkspaceFile(db, file)).toEqual({ ok: false, message: expect.stringContaining('intervals but its') })
    expect(rowCounts(db)).toEqual(before)
  })

  it('keeps ids, so an option escalating to another still points to it', () => {
    const source = seeded()
    const target = openMemoryDb()
    restoreFromWorkspaceFile(target, roundTrip(exportWorkspace(source, EXPORTED_AT)))
    expect(listOptions(target)).toEqual(listOptions(source))
  })
})

let demo: Db | undefined
/** A fresh copy of the demo workspace (seeded once, then copied through the JSON file, which is what is under test elsewhere). */
function seeded(): Db {
  if (!demo) {
    demo = openMemoryDb()
    seedDemoIfEmpty(demo)
  }
  const copy = openMemoryDb()
  const result = restoreFromWorkspaceFile(copy, exportWorkspace(demo, EXPORTED_AT))
  if (!result.ok) throw new Error(result.message)
  return copy
}
