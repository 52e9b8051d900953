import { beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { saveForecast } from '../../src/db/forecasts.ts'
import { createScenario, deleteScenario } from '../../src/db/scenarios.ts'
import { cloneOption, createOption, deleteOption, getOption, listOptions, updateOption } from '../../src/db/sourcing-options.ts'
import { fieldErrors } from '../../src/schemas/fields.ts'
import { sourcingOptionSchema, type SourcingOptionInput } from '../../src/schemas/sourcing-option.ts'
import { forecastOf, inHouse, inHouseInput, partner, partnerInput, scenario } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

const withoutStored = <T extends { id: number; updatedAt: string }>({ id: _id, updatedAt: _at, ...rest }: T) => rest

describe('sourcing options', () => {
  let db: Db
  beforeEach(() => {
    db = openMemoryDb()
  })

  describe('createOption / getOption', () => {
    it('getOption(createOption(o)) gives back the option with its id', () => {
      const option = partner({
        name: 'Manila BPO',
        shore: 'offshore',
        timeZone: 'Asia/Manila',
        channels: ['voice', 'chat'],
        ahtFactor: { voice: 1.15 },
        terms: { pricing: { model: 'per-fte-month', rate: 2600 }, slaCredits: { atRiskShare: 0.1, capShare: 0.1, kpis: [{ kpi: 'service-level', target: 0.8, weight: 1 }] } },
      })
      const id = createOption(db, option)
      const stored = getOption(db, id)!
      expect(stored.id).toBe(id)
      expect(withoutStored(stored)).toStrictEqual(option)
    })

    it('getOption(id) gives back an in-house option with its cost stack', () => {
      const option = inHouse()
      expect(withoutStored(getOption(db, createOption(db, option))!)).toStrictEqual(option)
    })

    it('getOption(id) is undefined for an unknown id', () => {
      expect(getOption(db, 77)).toBeUndefined()
    })
  })

  describe('listOptions', () => {
    it('listOptions(db) lists every option sorted by name', () => {
      createOption(db, partner({ name: 'Zeta' }))
      createOption(db, inHouse({ name: 'Alpha' }))
      createOption(db, partner({ name: 'Mid' }))
      expect(listOptions(db).map((o) => o.name)).toEqual(['Alpha', 'Mid', 'Zeta'])
    })
  })

  describe('updateOption', () => {
    it('updateOption(id, o) replaces the option and returns true', () => {
      const id = createOption(db, partner())
      const changed = partner({ name: 'Renamed', shrinkage: 0.25, channels: ['voice', 'email'], terms: { pricing: { model: 'per-minute', rate: 0.9 } } })
      expect(updateOption(db, id, changed)).toBe(true)
      expect(withoutStored(getOption(db, id)!)).toStrictEqual(changed)
    })

    it('updateOption(id, o) returns false for an unknown id and creates nothing', () => {
      expect(updateOption(db, 5, partner())).toBe(false)
      expect(listOptions(db)).toEqual([])
    })
  })

  describe('cloneOption', () => {
    it('cloneOption(id) copies the option under "<name> (copy)" with a new id', () => {
      const id = createOption(db, partner({ name: 'Dallas' }))
      const copyId = cloneOption(db, id)!
      expect(copyId).not.toBe(id)
      const copy = getOption(db, copyId)!
      expect(copy.name).toBe('Dallas (copy)')
      expect({ ...withoutStored(copy), name: 'Dallas' }).toStrictEqual(withoutStored(getOption(db, id)!))
    })

    it('cloneOption(id) keeps the copy within the 80-character name limit', () => {
      const id = createOption(db, partner({ name: 'x'.repeat(80) }))
      const copy = getOption(db, cloneOption(db, id)!)!
      expect(copy.name).toHaveLength(80)
    })

    it('cloneOption(id) is undefined for an unknown id', () => {
      expect(cloneOption(db, 3)).toBeUndefined()
    })
  })

  describe('deleteOption', () => {
    it("deleteOption(id) deletes an unused option and returns 'deleted'", () => {
      const id = createOption(db, partner())
      expect(deleteOption(db, id)).toBe('deleted')
      expect(getOption(db, id)).toBeUndefined()
    })

    it("deleteOption(id) returns 'not-found' for an unknown id", () => {
      expect(deleteOption(db, 404)).toBe('not-found')
    })

    it("deleteOption(id) refuses with 'in-use' an option a scenario uses, and changes nothing", () => {
      const forecastId = saveForecast(db, 'F', '', forecastOf([{ channel: 'voice', volume: 10 }]))
      const id = createOption(db, partner())
      const scenarioId = createScenario(db, scenario(forecastId, [id]))
      const before = rowCounts(db)
      expect(deleteOption(db, id)).toBe('in-use')
      expect(rowCounts(db)).toEqual(before)

      deleteScenario(db, scenarioId)
      expect(deleteOption(db, id)).toBe('deleted')
    })

    it('deleteOption(target) stops the options escalating to it from escalating (escalatesToOptionId becomes null)', () => {
      const tier2 = createOption(db, inHouse({ name: 'Tier 2' }))
      const a = createOption(db, partner({ name: 'A', escalationRate: 0.05, escalatesToOptionId: tier2 }))
      const b = createOption(db, partner({ name: 'B', escalationRate: 0.05, escalatesToOptionId: tier2 }))
      const other = createOption(db, inHouse({ name: 'Other' }))
      const c = createOption(db, partner({ name: 'C', escalatesToOptionId: other }))

      expect(deleteOption(db, tier2)).toBe('deleted')
      expect(getOption(db, a)!.escalatesToOptionId).toBeNull()
      expect(getOption(db, b)!.escalatesToOptionId).toBeNull()
      expect(getOption(db, c)!.escalatesToOptionId).toBe(other)
    })
  })
})

describe('sourcingOptionSchema', () => {
  /** The zod error of a refused option, as a field path → message map. */
  const refusal = (input: SourcingOptionInput) => {
    const parsed = sourcingOptionSchema.safeParse(input)
    expect(parsed.success).toBe(false)
    return parsed.success ? {} : fieldErrors(parsed.error)
  }

  it('accepts the builders’ partner and in-house options', () => {
    expect(sourcingOptionSchema.safeParse(partnerInput()).success).toBe(true)
    expect(sourcingOptionSchema.safeParse(inHouseInput()).success).toBe(true)
  })

  it('fills defaults: no escalation, a 40-hour FTE week', () => {
    expect(partner()).toMatchObject({ escalatesToOptionId: null, hoursPerFteWeek: 40, costStack: null })
  })

  it('refuses a partner without commercial terms, at path terms', () => {
    expect(refusal(partnerInput({ terms: null }))).toEqual({ terms: 'a partner needs commercial terms' })
  })

  it('refuses an in-house team without a cost stack, at path costStack', () => {
    expect(refusal(inHouseInput({ costStack: null }))).toEqual({ costStack: 'an in-house team needs a cost stack' })
  })

  it('refuses a time zone the runtime does not know, at path timeZone', () => {
    expect(refusal(partnerInput({ timeZone: 'Mars/Olympus_Mons' }))).toEqual({ timeZone: 'must be a time zone such as America/Chicago' })
  })

  it('refuses a day whose hours close before they open, at path hours.<day>.close', () => {
    const hours = [...partnerInput().hours]
    hours[2] = { open: '18:00', close: '08:00' }
    expect(refusal(partnerInput({ hours }))).toEqual({ 'hours.2.close': 'must close after it opens' })
  })

  it('refuses a day that closes when it opens', () => {
    const hours = [...partnerInput().hours]
    hours[0] = { open: '09:00', close: '09:00' }
    expect(refusal(partnerInput({ hours }))).toHaveProperty(['hours.0.close'])
  })

  it('refuses opening hours for fewer than 7 days, at path hours', () => {
    expect(refusal(partnerInput({ hours: partnerInput().hours.slice(0, 6) }))).toHaveProperty(['hours'])
  })

  it('refuses SLA KPI weights that do not sum to 1, at path terms.slaCredits.kpis', () => {
    const terms = {
      pricing: { model: 'per-productive-hour' as const, rate: 30 },
      slaCredits: { atRiskShare: 0.1, capShare: 0.1, kpis: [{ kpi: 'service-level' as const, target: 0.8, weight: 0.6 }, { kpi: 'asa' as const, target: 30, weight: 0.3 }] },
    }
    expect(refusal(partnerInput({ terms }))).toEqual({ 'terms.slaCredits.kpis': 'KPI weights must sum to 100 %' })
  })

  it('refuses shrinkage of 1, at path shrinkage', () => {
    expect(refusal(partnerInput({ shrinkage: 1 }))).toEqual({ shrinkage: 'must be less than 1' })
  })

  it('refuses an option serving no channel, at path channels', () => {
    expect(refusal(partnerInput({ channels: [] }))).toEqual({ channels: 'must name at least one channel' })
  })
})
