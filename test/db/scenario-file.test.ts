import { beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { loadForecast, saveForecast } from '../../src/db/forecasts.ts'
import { exportScenario, importScenario } from '../../src/db/scenario-file.ts'
import { createScenario, getScenario, type StoredScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createOption, getOption } from '../../src/db/sourcing-options.ts'
import type { Forecast } from '../../src/domain/forecast/forecast.ts'
import type { Scenario } from '../../src/schemas/scenario.ts'
import { SCENARIO_FILE_FORMAT, type ScenarioFile } from '../../src/schemas/scenario-file.ts'
import { forecastOf, inHouse, partner, scenario } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

const EXPORTED_AT = '2026-02-01T09:30:00.000Z'

/** What a file looks like after being written to disk and read back. */
const throughJson = (file: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(file)) as Record<string, unknown>

const plain = (f: Forecast) => ({ ...f, channels: f.channels.map((c) => ({ ...c, volume: [...c.volume], ahtSeconds: [...c.ahtSeconds] })) })

/** The scenario with its option ids renamed through `map`. */
function remapScenario(s: Scenario, map: Map<number, number>): Scenario {
  const to = (id: number) => map.get(id) ?? -id
  return {
    ...s,
    options: s.options.map((o) => ({ ...o, optionId: to(o.optionId) })),
    channels: s.channels.map((c) => ({
      ...c,
      allocation:
        c.allocation.mode === 'shares'
          ? { ...c.allocation, shares: c.allocation.shares.map((x) => ({ ...x, optionId: to(x.optionId) })) }
          : { ...c.allocation, order: c.allocation.order.map(to) },
    })),
  }
}

const withoutStored = <T extends { id: number; updatedAt: string }>({ id: _id, updatedAt: _at, ...rest }: T) => rest
const specOf = ({ id: _id, updatedAt: _at, forecastId: _f, ...rest }: StoredScenario) => rest

/** Asserts that `copyId` is `originalId` again: same spec apart from ids, same forecast series, same options apart from ids. */
function expectSameScenario(from: Db, originalId: number, to: Db, copyId: number): void {
  const original = getScenario(from, originalId)!
  const copy = getScenario(to, copyId)!
  // Options are listed in the same order, so position maps old ids to new ones.
  const ids = new Map(original.options.map((o, k) => [o.optionId, copy.options[k]!.optionId]))
  expect(specOf(copy)).toStrictEqual(specOf({ ...original, ...remapScenario(original, ids) }))

  const f0 = loadForecast(from, original.forecastId)!
  const f1 = loadForecast(to, copy.forecastId)!
  expect(plain(f1.forecast)).toStrictEqual(plain(f0.forecast))
  expect({ name: f1.name, source: f1.source }).toEqual({ name: f0.name, source: f0.source })

  for (const [oldId, newId] of ids) {
    const before = withoutStored(getOption(from, oldId)!)
    const after = withoutStored(getOption(to, newId)!)
    const target = before.escalatesToOptionId
    expect(after).toStrictEqual({ ...before, escalatesToOptionId: target === null ? null : after.escalatesToOptionId })
    if (target !== null) expect(withoutStored(getOption(to, after.escalatesToOptionId!)!)).toStrictEqual(withoutStored(getOption(from, target)!))
  }
}

describe('scenario files', () => {
  let db: Db
  let scenarioId: number
  let tier2: number
  let p1: number
  let p2: number

  beforeEach(() => {
    db = openMemoryDb()
    const forecastId = saveForecast(
      db,
      'Two channels',
      'two.csv',
      forecastOf(
        [
          { channel: 'voice', volume: Array.from({ length: 24 }, (_, i) => (i * 7.3) % 50), ahtSeconds: 412.5 },
          { channel: 'chat', volume: Array.from({ length: 24 }, (_, i) => i / 3), ahtSeconds: 600 },
        ],
        { intervalMinutes: 60, intervalCount: 24 },
      ),
    )
    tier2 = createOption(db, inHouse({ name: 'Tier 2', channels: ['voice', 'chat'] }))
    p1 = createOption(db, partner({ name: 'P1', channels: ['voice', 'chat'], escalationRate: 0.05, escalatesToOptionId: tier2 }))
    p2 = createOption(db, partner({ name: 'P2', timeZone: 'Asia/Manila', escalationRate: 0.08, escalatesToOptionId: tier2 }))
    scenarioId = createScenario(
      db,
      scenario(forecastId, [p1, p2], {
        name: 'Two partners',
        options: [
          { optionId: p1, staffing: { mode: 'requirement' } },
          { optionId: p2, staffing: { mode: 'schedule', shifts: [{ channel: 'voice', days: [0, 1, 2], start: '09:00', end: '17:00', agents: 4 }] } },
        ],
        channels: [
          { channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: p1, share: 0.6 }, { optionId: p2, share: 0.4 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } },
          { channel: 'chat', allocation: { mode: 'overflow', order: [p1] }, targets: { serviceLevel: 0.9, answerWithinSeconds: 60, concurrency: 2 } },
        ],
        growth: { volume: 0.02, aht: 0 },
      }),
    )
  })

  const exported = () => exportScenario(db, scenarioId, EXPORTED_AT)!

  describe('exportScenario', () => {
    it('exportScenario(id) writes a version-1 shoreline-scenario file stamped with the time given', () => {
      expect(exported()).toMatchObject({ format: SCENARIO_FILE_FORMAT, version: 1, exportedAt: EXPORTED_AT })
    })

    it('exportScenario(id) carries the forecast series as plain number arrays', () => {
      const file = exported()
      expect(file.forecast).toMatchObject({ name: 'Two channels', source: 'two.csv', intervalMinutes: 60, start: '2026-01-05T00:00', intervalCount: 24 })
      expect(file.forecast.channels.map((c) => c.channel)).toEqual(['voice', 'chat'])
      expect(Array.isArray(file.forecast.channels[0]!.volume)).toBe(true)
      expect(file.forecast.channels[0]!.volume[3]).toBe(21.9)
    })

    it('exportScenario(id) includes the options the scenario uses and the options they escalate to', () => {
      expect(exported().options.map((o) => o.id).sort((x, y) => x - y)).toEqual([tier2, p1, p2].sort((x, y) => x - y))
    })

    it('exportScenario(id) includes escalation targets of escalation targets, so the file is complete on its own', () => {
      const tier3 = createOption(db, inHouse({ name: 'Tier 3' }))
      const forecastId = getScenario(db, scenarioId)!.forecastId
      const t1 = createOption(db, partner({ name: 'T1', escalationRate: 0.1, escalatesToOptionId: createOption(db, inHouse({ name: 'T2', escalationRate: 0.1, escalatesToOptionId: tier3 })) }))
      const file = exportScenario(db, createScenario(db, scenario(forecastId, [t1])), EXPORTED_AT)!
      expect(file.options.map((o) => o.option.name).sort()).toEqual(['T1', 'T2', 'Tier 3'])
    })

    it('exportScenario(id) is undefined for an unknown scenario', () => {
      expect(exportScenario(db, 999, EXPORTED_AT)).toBeUndefined()
    })
  })

  describe('importScenario', () => {
    it('importScenario(exportScenario(id)) creates an identical scenario: same spec apart from ids, same series, same options', () => {
      const result = importScenario(db, throughJson(exported()))
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.scenarioId).not.toBe(scenarioId)
      expectSameScenario(db, scenarioId, db, result.scenarioId)
    })

    it('importScenario(file) adds one forecast, one scenario and a new copy of every option in the file', () => {
      const before = rowCounts(db)
      importScenario(db, throughJson(exported()))
      const after = rowCounts(db)
      expect(after.forecasts).toBe(before.forecasts! + 1)
      expect(after.forecast_channels).toBe(before.forecast_channels! + 2)
      expect(after.sourcing_options).toBe(before.sourcing_options! + 3)
      expect(after.scenarios).toBe(before.scenarios! + 1)
      expect(after.scenario_options).toBe(before.scenario_options! + 2)
    })

    it('importScenario(file) into another workspace recreates the scenario there', () => {
      const other = openMemoryDb()
      const result = importScenario(other, throughJson(exported()))
      expect(result.ok).toBe(true)
      if (result.ok) expectSameScenario(db, scenarioId, other, result.scenarioId)
    })

    it('importScenario(file) round-trips the seeded demo (four options, three channels, 17,472 intervals)', () => {
      const demo = openMemoryDb()
      seedDemoIfEmpty(demo)
      const file = throughJson(exportScenario(demo, 1, EXPORTED_AT))
      const result = importScenario(demo, file)
      expect(result.ok).toBe(true)
      if (result.ok) expectSameScenario(demo, 1, demo, result.scenarioId)
    })

    describe('refusals change nothing', () => {
      /** Imports `file` and asserts it was refused with an error on `field` and every table kept its row count. */
      function expectRefused(file: unknown, field: string, message: RegExp | string = /./): void {
        const before = rowCounts(db)
        const result = importScenario(db, file)
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.errors[field]).toMatch(message)
        expect(rowCounts(db)).toEqual(before)
      }
      const edited = (edit: (file: ScenarioFile) => void) => {
        const file = throughJson(exported()) as unknown as ScenarioFile
        edit(file)
        return file
      }

      it('importScenario(file) with version 2 says the file is from a newer Shoreline', () => {
        expectRefused({ ...throughJson(exported()), version: 2 }, 'file', /newer Shoreline \(file version 2\)/)
      })

      it('importScenario(file) without a version number says so', () => {
        const { version: _v, ...file } = throughJson(exported())
        expectRefused(file, 'file', 'the file has no version number')
      })

      it('importScenario(file) with version 0 says no Shoreline wrote it', () => {
        expectRefused({ ...throughJson(exported()), version: 0 }, 'file', /not one Shoreline ever wrote/)
      })

      it('importScenario(file) with another format says it is not a Shoreline scenario file', () => {
        expectRefused({ ...throughJson(exported()), format: 'erlang-calculator' }, 'file', /not a Shoreline scenario file \(format is "erlang-calculator"\)/)
      })

      it.each([null, 'shoreline-scenario', 42, undefined])('importScenario(%j) says the file is not a JSON object', (input) => {
        expectRefused(input, 'file', 'the file is not a JSON object')
      })

      it('importScenario([]) says an array is not a Shoreline scenario file', () => {
        expectRefused([], 'file', /not a Shoreline scenario file/)
      })

      it('importScenario(file) refuses a channel series whose length is not intervalCount', () => {
        expectRefused(edited((f) => f.forecast.channels[1]!.volume.pop()), 'forecast.channels', 'every channel must have one volume and one AHT per interval')
      })

      it('importScenario(file) refuses an AHT series whose length is not intervalCount', () => {
        expectRefused(edited((f) => f.forecast.channels[0]!.ahtSeconds.push(300)), 'forecast.channels')
      })

      it('importScenario(file) refuses a negative volume, naming the value', () => {
        expectRefused(edited((f) => (f.forecast.channels[0]!.volume[5] = -1)), 'forecast.channels.0.volume.5')
      })

      it('importScenario(file) refuses shares that do not sum to 1', () => {
        const file = edited((f) => {
          const voice = f.scenario.channels[0]!.allocation
          if (voice.mode === 'shares') voice.shares[0]!.share = 0.5
        })
        expectRefused(file, 'scenario.channels.0.allocation.shares', 'shares must sum to 100 %')
      })

      it('importScenario(file) refuses a scenario naming an option that is not in the file', () => {
        expectRefused(
          edited((f) => (f.options = f.options.filter((o) => o.id !== p2))),
          'scenario.options',
          `option ${p2} is not in the file`,
        )
      })

      it('importScenario(file) refuses an allocation naming an option the scenario does not use', () => {
        const file = edited((f) => {
          const chat = f.scenario.channels[1]!.allocation
          if (chat.mode === 'overflow') chat.order.push(tier2)
        })
        expectRefused(file, 'scenario.channels.1.allocation', `option ${tier2} is not in this scenario`)
      })

      it('importScenario(file) refuses an invalid option in the file, naming its field', () => {
        expectRefused(edited((f) => (f.options[0]!.option.shrinkage = 1)), 'options.0.option.shrinkage', 'must be less than 1')
      })

      it('importScenario(file) refuses a forecast whose channels share a name, with an error rather than a throw', () => {
        const file = edited((f) => (f.forecast.channels[1]!.channel = 'voice'))
        let result: ReturnType<typeof importScenario> | undefined
        expect(() => (result = importScenario(db, file))).not.toThrow()
        expect(result?.ok).toBe(false)
      })

      it('importScenario(file) that the database refuses while writing leaves no row behind', () => {
        const before = rowCounts(db)
        try {
          importScenario(db, edited((f) => (f.forecast.channels[1]!.channel = 'voice')))
        } catch {
          // Whether it throws or returns an error, nothing may stay behind.
        }
        expect(rowCounts(db)).toEqual(before)
      })
    })
  })
})
