import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../../src/db/client.ts'
import { loadScenarioModel } from '../../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../../src/db/seed-demo.ts'
import { evaluateModel } from '../../../../src/domain/evaluation/evaluate-model.ts'
import { simulateRisk, type Uncertainty } from '../../../../src/domain/simulation/monte-carlo/monte-carlo.ts'
import { atLoad, LOAD_GRID, lineCurves } from '../../../../src/domain/simulation/monte-carlo/response-curves.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const evaluated = evaluateModel(model)
if (!evaluated.ok) throw new Error('demo scenario must evaluate')
const { staffing, evaluation } = evaluated
const BASE: Uncertainty = { dailyCv: 0.08, weeklyCv: 0.05, ahtCv: 0.05, channelCorrelation: 0.5, poissonNoise: true, trials: 60, seed: 42 }
const run = (u: Partial<Uncertainty>) => simulateRisk(staffing, evaluation, model.options, { ...BASE, ...u })

describe('response curves', () => {
  it('at the forecast load reproduce the deterministic service level of a line', () => {
    const channel = staffing.channels.find((c) => c.channel === 'voice')!
    const line = channel.lines[0]!
    const curves = lineCurves(line, channel, 48, 1800)
    let weighted = 0
    let volume = 0
    for (let d = 0; d < curves.volume.length; d++) {
      weighted += curves.volume[d]! * atLoad(curves.serviceLevel, d, 1)
      volume += curves.volume[d]!
    }
    expect(weighted / volume).toBeCloseTo(line.periodServiceLevel, 9)
  })

  it('fall as the load grows', () => {
    const channel = staffing.channels.find((c) => c.channel === 'voice')!
    const curves = lineCurves(channel.lines[0]!, channel, 48, 1800)
    const day = curves.volume.findIndex((v) => v > 0)
    for (let g = 1; g < LOAD_GRID.length; g++) expect(atLoad(curves.serviceLevel, day, LOAD_GRID[g]!)).toBeLessThanOrEqual(atLoad(curves.serviceLevel, day, LOAD_GRID[g - 1]!) + 1e-12)
  })
})

describe('simulateRisk', () => {
  it('reproduces exactly with the same seed', () => {
    expect(run({ seed: 7 })).toEqual(run({ seed: 7 }))
  })

  it('gives different futures with a different seed', () => {
    expect(run({ seed: 7 }).total.cost.p50).not.toBe(run({ seed: 8 }).total.cost.p50)
  })

  it('orders every spread P10 ≤ P50 ≤ P90 and keeps service levels and miss rates in [0, 1]', () => {
    const r = run({})
    for (const o of r.options) {
      for (const s of [o.cost, o.serviceLevel, o.costPerContact]) {
        expect(s.p10).toBeLessThanOrEqual(s.p50)
        expect(s.p50).toBeLessThanOrEqual(s.p90)
      }
      expect(o.serviceLevel.p10).toBeGreaterThanOrEqual(0)
      expect(o.serviceLevel.p90).toBeLessThanOrEqual(1)
      for (const p of o.missProbabilityByMonth) expect(p >= 0 && p <= 1).toBe(true)
    }
  })

  it('has no spread without uncertainty, and then matches the deterministic evaluation for fixed-price options', () => {
    const r = run({ dailyCv: 0, weeklyCv: 0, ahtCv: 0, poissonNoise: false, trials: 3 })
    for (const o of r.options) expect(o.cost.p90 - o.cost.p10).toBeCloseTo(0, 6)
    const inHouse = r.options.find((o) => o.name.startsWith('In-house'))!
    expect(inHouse.cost.p50).toBeCloseTo(evaluation.options.find((o) => o.optionId === inHouse.optionId)!.totals.costCents / 100, 2)
  })

  it('keeps the in-house cost fixed (headcount set before the future) while per-interaction cost moves with arrivals', () => {
    const r = run({})
    const inHouse = r.options.find((o) => o.name.startsWith('In-house'))!
    const nearshore = r.options.find((o) => o.name.startsWith('Nearshore'))!
    expect(inHouse.cost.p90 - inHouse.cost.p10).toBeCloseTo(0, 6)
    expect(nearshore.cost.p90 - nearshore.cost.p10).toBeGreaterThan(0)
  })

  it('spreads wider with a larger forecast error', () => {
    const width = (cv: number) => {
      const c = run({ dailyCv: cv, weeklyCv: cv, trials: 200 }).total.cost
      return c.p90 - c.p10
    }
    expect(width(0.15)).toBeGreaterThan(width(0.03))
  })

  it('says how it drew the futures, with seed and trial count', () => {
    expect(run({ seed: 99, trials: 10 }).method).toMatch(/10 futures from seed 99/)
  })
})

describe('simulateRisk as trials grow', () => {
  it('estimates the median cost more tightly: across seeds, 400 trials scatter less than 25', () => {
    const scatter = (trials: number) => {
      const medians = [1, 2, 3, 4, 5].map((seed) => run({ trials, seed }).total.cost.p50)
      const mean = medians.reduce((a, b) => a + b, 0) / medians.length
      return Math.sqrt(medians.reduce((s, m) => s + (m - mean) ** 2, 0) / (medians.length - 1))
    }
    expect(scatter(400)).toBeLessThan(scatter(25))
  })
})

describe('simulateRisk watched and stopped (a long run in the background)', () => {
  it('gives bit-identical results with progress reporting and a stop check that never stops', () => {
    const plain = run({ seed: 11, trials: 45 })
    const watched = simulateRisk(staffing, evaluation, model.options, { ...BASE, seed: 11, trials: 45 }, { onProgress: () => {}, shouldStop: () => false, every: 7 })
    expect(watched).toStrictEqual(plain)
  })

  it('reports (0, total) first, then every `every` trials, and (total, total) last', () => {
    const calls: [number, number][] = []
    simulateRisk(staffing, evaluation, model.options, { ...BASE, trials: 25 }, { onProgress: (done, total) => calls.push([done, total]), every: 10 })
    expect(calls).toEqual([
      [0, 25],
      [10, 25],
      [20, 25],
      [25, 25],
    ])
  })

  it('stopped after N trials summarises exactly what an N-trial run with the same seed gives, and says it stopped', () => {
    let checks = 0
    const stopped = simulateRisk(staffing, evaluation, model.options, { ...BASE, seed: 5, trials: 1000 }, { shouldStop: () => ++checks > 3, every: 10 })
    const { stoppedEarly, ...partial } = stopped
    expect(stoppedEarly).toEqual({ requestedTrials: 1000 })
    expect(partial).toStrictEqual(run({ seed: 5, trials: 30 }))
  })

  it('stopped before the first trial has no futures to summarise', () => {
    const r = simulateRisk(staffing, evaluation, model.options, { ...BASE, trials: 50 }, { shouldStop: () => true })
    expect(r.trials).toBe(0)
    expect(r.total.cost.p50).toBeNaN()
    expect(r.stoppedEarly).toEqual({ requestedTrials: 50 })
  })
})
