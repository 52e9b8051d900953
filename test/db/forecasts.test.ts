import { beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { countForecasts, deleteForecast, listForecasts, loadForecast, renameForecast, saveForecast } from '../../src/db/forecasts.ts'
import { createOption } from '../../src/db/sourcing-options.ts'
import { createScenario, deleteScenario } from '../../src/db/scenarios.ts'
import type { Forecast } from '../../src/domain/forecast/forecast.ts'
import { forecastOf, partner, scenario } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

/** Values a float32 or a decimal text format would not keep exactly. */
const AWKWARD = [0, 0.1, 1 / 3, Math.PI, 1e-300, 123_456.789, 2 ** 53 + 2, Number.MIN_VALUE]

const twoChannels = (): Forecast =>
  forecastOf(
    [
      { channel: 'voice', volume: AWKWARD, ahtSeconds: AWKWARD.map((v) => 180 + v) },
      { channel: 'email', kind: 'deferred', volume: AWKWARD.map((v) => v * 7), ahtSeconds: 300 },
    ],
    { intervalMinutes: 15, intervalCount: AWKWARD.length, start: '2026-03-02T06:45' },
  )

const plain = (f: Forecast) => ({ ...f, channels: f.channels.map((c) => ({ ...c, volume: [...c.volume], ahtSeconds: [...c.ahtSeconds] })) })

describe('forecasts', () => {
  let db: Db
  beforeEach(() => {
    db = openMemoryDb()
  })

  describe('saveForecast / loadForecast', () => {
    it('loadForecast(saveForecast(f)) gives back the calendar and every series value exactly, non-integers included', () => {
      const original = twoChannels()
      const id = saveForecast(db, 'Spring', 'spring.csv', original)
      const stored = loadForecast(db, id)!
      expect(plain(stored.forecast)).toStrictEqual(plain(original))
      expect(stored.forecast.channels[0]!.volume).toBeInstanceOf(Float64Array)
    })

    it('loadForecast(id) keeps the channels in the order they were saved', () => {
      const id = saveForecast(db, 'Order', '', forecastOf([{ channel: 'zeta', volume: 1 }, { channel: 'alpha', volume: 2 }]))
      expect(loadForecast(db, id)!.channels).toEqual(['zeta', 'alpha'])
    })

    it('loadForecast(id) carries the summary: name, source, interval, start, count and timestamps', () => {
      const id = saveForecast(db, 'Spring', 'spring.csv', twoChannels())
      const stored = loadForecast(db, id)!
      expect(stored).toMatchObject({ id, name: 'Spring', source: 'spring.csv', intervalMinutes: 15, start: '2026-03-02T06:45', intervalCount: AWKWARD.length })
      expect(stored.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    })

    it('loadForecast(id) is undefined for an unknown id', () => {
      expect(loadForecast(db, 999)).toBeUndefined()
    })

    it('saveForecast(…) is all-or-nothing: two channels with one name violate the unique index and save nothing', () => {
      saveForecast(db, 'Existing', '', forecastOf([{ channel: 'voice', volume: 1 }]))
      const before = rowCounts(db)
      const clash = forecastOf([{ channel: 'voice', volume: 1 }, { channel: 'voice', volume: 2 }])
      expect(() => saveForecast(db, 'Clash', '', clash)).toThrow(/UNIQUE/)
      expect(rowCounts(db)).toEqual(before)
      expect(countForecasts(db)).toBe(1)
      expect(listForecasts(db).map((f) => f.name)).toEqual(['Existing'])
    })

    it('saveForecast(…) refuses an interval length other than 15, 30 or 60 minutes (check constraint)', () => {
      const odd = { ...forecastOf([{ channel: 'voice', volume: 1 }]), intervalMinutes: 20 } as unknown as Forecast
      expect(() => saveForecast(db, 'Odd', '', odd)).toThrow(/CHECK/)
      expect(countForecasts(db)).toBe(0)
    })
  })

  describe('listForecasts', () => {
    it('listForecasts(db) summarises each forecast with its channel names, sorted by name', () => {
      const b = saveForecast(db, 'B forecast', 'b.csv', forecastOf([{ channel: 'voice', volume: 1 }, { channel: 'chat', volume: 1 }]))
      const a = saveForecast(db, 'A forecast', 'generated', twoChannels())
      const list = listForecasts(db)
      expect(list.map((f) => f.id)).toEqual([a, b])
      expect(list[0]).toMatchObject({ name: 'A forecast', source: 'generated', intervalMinutes: 15, intervalCount: AWKWARD.length, channels: ['voice', 'email'] })
      expect(list[1]).toMatchObject({ name: 'B forecast', source: 'b.csv', intervalMinutes: 60, start: '2026-01-05T00:00', intervalCount: 24, channels: ['voice', 'chat'] })
      expect(list[0]).not.toHaveProperty('forecast')
    })

    it('listForecasts(db) is empty for a new workspace', () => {
      expect(listForecasts(db)).toEqual([])
    })
  })

  describe('renameForecast', () => {
    it('renameForecast(id, name) renames and returns true', () => {
      const id = saveForecast(db, 'Old', '', twoChannels())
      expect(renameForecast(db, id, 'New')).toBe(true)
      expect(loadForecast(db, id)!.name).toBe('New')
    })

    it('renameForecast(id, name) leaves the series untouched', () => {
      const id = saveForecast(db, 'Old', '', twoChannels())
      renameForecast(db, id, 'New')
      expect(plain(loadForecast(db, id)!.forecast)).toStrictEqual(plain(twoChannels()))
    })

    it('renameForecast(id, name) returns false for an unknown id', () => {
      expect(renameForecast(db, 42, 'Nothing')).toBe(false)
    })
  })

  describe('deleteForecast', () => {
    it("deleteForecast(id) deletes the forecast and its channel series and returns 'deleted'", () => {
      const id = saveForecast(db, 'Gone', '', twoChannels())
      expect(deleteForecast(db, id)).toBe('deleted')
      expect(loadForecast(db, id)).toBeUndefined()
      expect(rowCounts(db)).toMatchObject({ forecasts: 0, forecast_channels: 0 })
    })

    it("deleteForecast(id) returns 'not-found' for an unknown id", () => {
      expect(deleteForecast(db, 12345)).toBe('not-found')
    })

    it("deleteForecast(id) refuses with 'in-use' while a scenario uses the forecast, and changes nothing", () => {
      const id = saveForecast(db, 'Used', '', twoChannels())
      const scenarioId = createScenario(db, scenario(id, [createOption(db, partner())]))
      const before = rowCounts(db)
      expect(deleteForecast(db, id)).toBe('in-use')
      expect(rowCounts(db)).toEqual(before)

      deleteScenario(db, scenarioId)
      expect(deleteForecast(db, id)).toBe('deleted')
    })
  })
})
