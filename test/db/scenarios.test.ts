import { beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { saveForecast } from '../../src/db/forecasts.ts'
import { cloneScenario, createScenario, deleteScenario, getScenario, listScenarios, renameScenario, updateScenario } from '../../src/db/scenarios.ts'
import { createOption, deleteOption } from '../../src/db/sourcing-options.ts'
import { fieldErrors } from '../../src/schemas/fields.ts'
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario.ts'
import { forecastOf, inHouse, partner, scenario, scenarioInput } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

const withoutStored = <T extends { id: number; updatedAt: string }>({ id: _id, updatedAt: _at, ...rest }: T) => rest

const links = (db: Db, scenarioId: number) =>
  (db.$client.prepare('select option_id as id from scenario_options where scenario_id = ? order by option_id').all(scenarioId) as { id: number }[]).map((r) => r.id)

describe('scenarios', () => {
  let db: Db
  let forecastId: number
  let a: number
  let b: number

  beforeEach(() => {
    db = openMemoryDb()
    forecastId = saveForecast(db, 'F', '', forecastOf([{ channel: 'voice', volume: 100 }, { channel: 'chat', volume: 20 }]))
    a = createOption(db, inHouse({ name: 'A', channels: ['voice', 'chat'] }))
    b = createOption(db, partner({ name: 'B', channels: ['voice', 'chat'] }))
  })

  /** A two-channel scenario: voice split 70/30, chat overflowing from B to A, B on a schedule. */
  const full = (): Scenario =>
    scenario(forecastId, [a, b], {
      name: 'Blend',
      timeZone: 'America/Chicago',
      options: [
        { optionId: a, staffing: { mode: 'requirement' } },
        { optionId: b, staffing: { mode: 'schedule', shifts: [{ channel: 'voice', days: [0, 1, 2, 3, 4], start: '08:00', end: '17:00', agents: 12 }] } },
      ],
      channels: [
        { channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: a, share: 0.7 }, { optionId: b, share: 0.3 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20, patienceSeconds: 240 } },
        { channel: 'chat', allocation: { mode: 'overflow', order: [b, a] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 60, concurrency: 2 } },
      ],
      growth: { volume: 0.05, aht: -0.1 },
      deflection: { selfHelpEvents: 1000, successRate: 0.5, intentRate: 0.4, noFurtherActionRate: 0.9 },
    })

  describe('createScenario / getScenario', () => {
    it('getScenario(createScenario(s)) gives back every assumption of the scenario', () => {
      const s = full()
      const id = createScenario(db, s)
      const stored = getScenario(db, id)!
      expect(stored.id).toBe(id)
      expect(withoutStored(stored)).toStrictEqual(s)
    })

    it('createScenario(s) links the scenario to each option it uses, once', () => {
      const id = createScenario(db, full())
      expect(links(db, id)).toEqual([a, b])
    })

    it('getScenario(id) fills the defaults of a minimal scenario (New York clock, no growth, seed 42)', () => {
      const stored = getScenario(db, createScenario(db, scenario(forecastId, [a])))!
      expect(stored).toMatchObject({ timeZone: 'America/New_York', growth: { volume: 0, aht: 0 }, deflection: null, uncertainty: { seed: 42, trials: 1000 } })
    })

    it('getScenario(id) is undefined for an unknown id', () => {
      expect(getScenario(db, 99)).toBeUndefined()
    })

    it('createScenario(s) refuses a forecast that does not exist (foreign key) and saves nothing', () => {
      const before = rowCounts(db)
      expect(() => createScenario(db, scenario(forecastId + 100, [a]))).toThrow(/FOREIGN KEY/)
      expect(rowCounts(db)).toEqual(before)
    })

    it('createScenario(s) refuses an option that does not exist (foreign key) and saves nothing', () => {
      const before = rowCounts(db)
      expect(() => createScenario(db, scenario(forecastId, [a, 999]))).toThrow(/FOREIGN KEY/)
      expect(rowCounts(db)).toEqual(before)
    })
  })

  describe('listScenarios', () => {
    it('listScenarios(db) lists every scenario sorted by name', () => {
      createScenario(db, scenario(forecastId, [a], { name: 'Zulu' }))
      createScenario(db, scenario(forecastId, [b], { name: 'Alpha' }))
      expect(listScenarios(db).map((s) => s.name)).toEqual(['Alpha', 'Zulu'])
    })
  })

  describe('renameScenario', () => {
    it('renameScenario(id, name) renames and keeps every other assumption', () => {
      const id = createScenario(db, full())
      expect(renameScenario(db, id, 'Renamed')).toBe(true)
      expect(withoutStored(getScenario(db, id)!)).toStrictEqual({ ...full(), name: 'Renamed' })
    })

    it('renameScenario(id, name) returns false for an unknown id', () => {
      expect(renameScenario(db, 8, 'x')).toBe(false)
    })
  })

  describe('cloneScenario', () => {
    it('cloneScenario(id) copies the scenario under "<name> (copy)" with a new id and the same option links', () => {
      const id = createScenario(db, full())
      const copyId = cloneScenario(db, id)!
      expect(copyId).not.toBe(id)
      expect(withoutStored(getScenario(db, copyId)!)).toStrictEqual({ ...full(), name: 'Blend (copy)' })
      expect(links(db, copyId)).toEqual([a, b])
    })

    it('cloneScenario(id) is undefined for an unknown id', () => {
      expect(cloneScenario(db, 8)).toBeUndefined()
    })
  })

  describe('deleteScenario', () => {
    it('deleteScenario(id) deletes the scenario and its option links, freeing the options', () => {
      const id = createScenario(db, full())
      expect(deleteScenario(db, id)).toBe(true)
      expect(getScenario(db, id)).toBeUndefined()
      expect(rowCounts(db).scenario_options).toBe(0)
      expect(deleteOption(db, b)).toBe('deleted')
    })

    it('deleteScenario(id) returns false for an unknown id', () => {
      expect(deleteScenario(db, 8)).toBe(false)
    })
  })

  describe('updateScenario', () => {
    it('updateScenario(id, s) replaces the assumptions and returns true', () => {
      const id = createScenario(db, scenario(forecastId, [a]))
      expect(updateScenario(db, id, full())).toBe(true)
      expect(withoutStored(getScenario(db, id)!)).toStrictEqual(full())
    })

    it('updateScenario(id, s) keeps the option links in step: an option taken out can then be deleted', () => {
      const id = createScenario(db, full())
      expect(deleteOption(db, b)).toBe('in-use')

      expect(updateScenario(db, id, scenario(forecastId, [a]))).toBe(true)
      expect(links(db, id)).toEqual([a])
      expect(deleteOption(db, b)).toBe('deleted')
      expect(deleteOption(db, a)).toBe('in-use')
    })

    it('updateScenario(id, s) returns false for an unknown id and links nothing', () => {
      expect(updateScenario(db, 8, full())).toBe(false)
      expect(rowCounts(db).scenario_options).toBe(0)
    })
  })
})

describe('scenarioSchema', () => {
  const refusal = (input: unknown) => {
    const parsed = scenarioSchema.safeParse(input)
    expect(parsed.success).toBe(false)
    return parsed.success ? {} : fieldErrors(parsed.error)
  }

  it('accepts shares that sum to 1 up to float noise (0.1 + 0.2 + 0.7)', () => {
    const input = scenarioInput(1, [1, 2, 3], {
      channels: [{ channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: 1, share: 0.1 }, { optionId: 2, share: 0.2 }, { optionId: 3, share: 0.7 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }],
    })
    expect(scenarioSchema.safeParse(input).success).toBe(true)
  })

  it('refuses shares that do not sum to 1, at path channels.<i>.allocation.shares', () => {
    const input = scenarioInput(1, [1, 2], {
      channels: [{ channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: 1, share: 0.5 }, { optionId: 2, share: 0.4 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }],
    })
    expect(refusal(input)).toEqual({ 'channels.0.allocation.shares': 'shares must sum to 100 %' })
  })

  it('refuses an allocation naming an option that is not in the scenario, at path channels.<i>.allocation', () => {
    const input = scenarioInput(1, [1], {
      channels: [
        { channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: 1, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } },
        { channel: 'chat', allocation: { mode: 'overflow', order: [1, 7] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 60 } },
      ],
    })
    expect(refusal(input)).toEqual({ 'channels.1.allocation': 'option 7 is not in this scenario' })
  })

  it('refuses a channel listed twice (it would be planned, and its volume counted, twice)', () => {
    const voice = { channel: 'voice', allocation: { mode: 'shares' as const, shares: [{ optionId: 1, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }
    expect(Object.keys(refusal(scenarioInput(1, [1], { channels: [voice, voice] }))).join()).toMatch(/^channels/)
  })

  it('refuses a scenario without options, at path options', () => {
    expect(refusal({ ...scenarioInput(1, [1]), options: [] })).toMatchObject({ options: 'must include at least one option' })
  })

  it('refuses a shift that ends before it starts, at path options.<i>.staffing.shifts.<j>.end', () => {
    const input = scenarioInput(1, [1], {
      options: [{ optionId: 1, staffing: { mode: 'schedule', shifts: [{ channel: 'voice', days: [0], start: '17:00', end: '09:00', agents: 3 }] } }],
    })
    expect(refusal(input)).toEqual({ 'options.0.staffing.shifts.0.end': 'must end after it starts' })
  })
})
