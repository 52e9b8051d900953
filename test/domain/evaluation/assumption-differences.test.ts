import { describe, expect, it } from 'vitest'
import { assumptionDifferences, dayRange, scenarioAssumptions, type AssumptionSource } from '../../../src/domain/evaluation/assumption-differences.ts'
import type { ScenarioInput } from '../../../src/schemas/scenario.ts'
import { scenario } from '../scenario/builders.ts'

const names = new Map([
  [1, 'In-house'],
  [2, 'Nearshore'],
  [3, 'Offshore'],
])

function source(overrides: Partial<ScenarioInput> = {}, optionIds = [1, 2], forecastName = 'Bank 2026'): AssumptionSource {
  return { scenario: Object.freeze(scenario(1, optionIds, overrides)), forecastName, optionNames: names }
}

const base = source()
const keys = (a: AssumptionSource, b: AssumptionSource) => assumptionDifferences(a, b).map((d) => d.key)

describe('assumptionDifferences', () => {
  it('finds nothing between a scenario and itself', () => {
    expect(assumptionDifferences(base, base)).toEqual([])
  })

  it.each([
    { what: 'volume growth', overrides: { growth: { volume: 0.05, aht: 0 } }, key: 'growth-volume', a: 0, b: 0.05 },
    { what: 'AHT change', overrides: { growth: { volume: 0, aht: -0.1 } }, key: 'growth-aht', a: 0, b: -0.1 },
    { what: 'the currency', overrides: { currency: 'EUR' }, key: 'currency', a: 'USD', b: 'EUR' },
    { what: 'the seed', overrides: { uncertainty: { seed: 7 } }, key: 'seed', a: 42, b: 7 },
    { what: 'the trials', overrides: { uncertainty: { trials: 5000 } }, key: 'trials', a: 1000, b: 5000 },
    { what: 'the forecast FCR', overrides: { quality: { forecastFcr: 0.7 } }, key: 'forecast-fcr', a: null, b: 0.7 },
  ])('reports $what alone, with both values', ({ overrides, key, a, b }) => {
    expect(assumptionDifferences(base, source(overrides))).toEqual([expect.objectContaining({ key, a, b })])
  })

  it('reports deflection switched on, with each of its rates against "not set"', () => {
    const on = source({ deflection: { selfHelpEvents: 1000, successRate: 0.5, intentRate: 0.4, noFurtherActionRate: 0.9 } })
    const d = assumptionDifferences(base, on)
    expect(d.map((x) => [x.key, x.a, x.b])).toEqual([
      ['deflection', false, true],
      ['deflection-events', null, 1000],
      ['deflection-success', null, 0.5],
      ['deflection-intent', null, 0.4],
      ['deflection-no-further', null, 0.9],
    ])
  })

  it('reports a channel target and a share by channel, naming the option the share goes to', () => {
    const other = source({
      channels: [{ channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: 1, share: 0.7 }, { optionId: 2, share: 0.3 }] }, targets: { serviceLevel: 0.9, answerWithinSeconds: 20 } }],
    })
    const d = assumptionDifferences(base, other)
    expect(d.map((x) => [x.group, x.label, x.a, x.b])).toEqual([
      ['Channel voice', 'Service-level target', 0.8, 0.9],
      ['Channel voice', 'Share to In-house', 0.5, 0.7],
      ['Channel voice', 'Share to Nearshore', 0.5, 0.3],
    ])
  })

  it('reports a switch from fixed shares to an overflow order', () => {
    const overflow = source({ channels: [{ channel: 'voice', allocation: { mode: 'overflow', order: [2, 1] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }] })
    const d = assumptionDifferences(base, overflow)
    expect(d.find((x) => x.key === 'channel:voice:allocation')).toMatchObject({ a: 'fixed shares', b: 'overflow order' })
    expect(d.find((x) => x.key === 'channel:voice:order')).toMatchObject({ a: null, b: 'Nearshore → In-house' })
    expect(d.find((x) => x.key === 'channel:voice:share:1')).toMatchObject({ a: 0.5, b: null })
  })

  it('reports an option only one scenario includes, and how it is staffed there', () => {
    const three = source({}, [1, 2, 3])
    const d = assumptionDifferences(base, three).filter((x) => x.group === 'Option Offshore')
    expect(d.map((x) => [x.label, x.a, x.b])).toEqual([
      ['Included', false, true],
      ['Staffing', null, 'to the requirement'],
    ])
  })

  it('reports a moved shift even when the weekly agent-hours stay the same', () => {
    const shift = (start: string, end: string) => ({ channel: 'voice', days: [0, 1, 2, 3, 4], start, end, agents: 10 })
    const early = source({ options: [{ optionId: 1, staffing: { mode: 'schedule', shifts: [shift('07:00', '15:00')] } }, { optionId: 2, staffing: { mode: 'requirement' } }] })
    const late = source({ options: [{ optionId: 1, staffing: { mode: 'schedule', shifts: [shift('10:00', '18:00')] } }, { optionId: 2, staffing: { mode: 'requirement' } }] })
    expect(assumptionDifferences(early, late)).toEqual([
      expect.objectContaining({ label: 'Shifts', a: 'voice Mon–Fri 07:00–15:00 × 10', b: 'voice Mon–Fri 10:00–18:00 × 10' }),
    ])
    expect(scenarioAssumptions(early).find((x) => x.key === 'option:1:shift-hours')?.value).toBe(400)
  })

  it('tells two forecasts with the same name apart by their ids', () => {
    const other = { ...source(), scenario: Object.freeze(scenario(9, [1, 2])) }
    expect(assumptionDifferences(base, other)).toEqual([expect.objectContaining({ key: 'forecast', a: 'Bank 2026', b: 'Bank 2026' })])
  })

  it('lists the same differences with A and B swapped when the scenarios are swapped', () => {
    const other = source({ growth: { volume: 0.1, aht: 0.05 }, uncertainty: { seed: 3 } }, [1, 2, 3])
    const forward = assumptionDifferences(base, other)
    const backward = assumptionDifferences(other, base)
    const swapped = (d: typeof forward) => new Map(d.map((x) => [x.key, [x.b, x.a]]))
    expect(new Map(backward.map((x) => [x.key, [x.a, x.b]]))).toEqual(swapped(forward))
    expect(keys(base, other).length).toBeGreaterThan(3)
  })
})

describe('dayRange', () => {
  it.each([
    { days: [0, 1, 2, 3, 4], text: 'Mon–Fri' },
    { days: [4, 3, 2, 1, 0, 5, 6], text: 'Mon–Sun' },
    { days: [0, 2, 5], text: 'Mon, Wed, Sat' },
    { days: [5, 6], text: 'Sat, Sun' },
    { days: [], text: 'no days' },
  ])('dayRange($days) is "$text"', ({ days, text }) => {
    expect(dayRange(days)).toBe(text)
  })
})
