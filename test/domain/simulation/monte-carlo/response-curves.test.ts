/** Reading a response curve between its grid loads: the segment search started at load 1 finds what a scan from the bottom finds. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOAD_GRID, atLoad, gridSegment, segmentWeight } from '../../../../src/domain/simulation/monte-carlo/response-curves.ts'

/** The plain definition: the first g ≥ 1 whose grid load reaches m, 0 below the grid and G beyond it. */
function scan(m: number): number {
  if (m <= LOAD_GRID[0]) return 0
  if (m >= LOAD_GRID[LOAD_GRID.length - 1]!) return LOAD_GRID.length
  let g = 1
  while (LOAD_GRID[g]! < m) g++
  return g
}

const G = LOAD_GRID.length
/** A one-day curve whose value at grid point g is 10·g, so interpolation is easy to state. */
const curve = Float64Array.from(LOAD_GRID, (_, g) => 10 * g)

describe('gridSegment', () => {
  it('agrees with a scan from the bottom of the grid, at every grid load and anywhere between', () => {
    for (const m of LOAD_GRID) expect(gridSegment(m)).toBe(scan(m))
    fc.assert(fc.property(fc.double({ min: 0, max: 3, noNaN: true }), (m) => gridSegment(m) === scan(m)))
  })
})

describe('atLoad', () => {
  it.each([
    [0.1, 0],
    [0.4, 0],
    [1, 10 * LOAD_GRID.indexOf(1)],
    [1.025, 10 * LOAD_GRID.indexOf(1) + 5],
    [2, 10 * (G - 1)],
    [5, 10 * (G - 1)],
  ])('reads load %d as %d: the end values beyond the grid, linear between grid points', (m, expected) => {
    expect(atLoad(curve, 0, m)).toBeCloseTo(expected, 12)
  })

  it('puts the weight in [0, 1] inside the grid', () => {
    fc.assert(fc.property(fc.double({ min: 0.4, max: 2, noNaN: true }), (m) => {
      const w = segmentWeight(m, gridSegment(m))
      return w >= 0 && w <= 1
    }))
  })
})

describe('lineCurves', () => {
  it('builds a line’s curves once and hands the same back for the same plan', async () => {
    const { openMemoryDb } = await import('../../../../src/db/client.ts')
    const { seedDemoIfEmpty } = await import('../../../../src/db/seed-demo.ts')
    const { loadScenarioModel } = await import('../../../../src/db/scenario-model.ts')
    const { evaluateModel } = await import('../../../../src/domain/evaluation/evaluate-model.ts')
    const { lineCurves } = await import('../../../../src/domain/simulation/monte-carlo/response-curves.ts')
    const db = openMemoryDb()
    seedDemoIfEmpty(db)
    const evaluated = evaluateModel(loadScenarioModel(db, 1)!)
    if (!evaluated.ok) throw new Error('demo must evaluate')
    const s = evaluated.staffing
    const channel = s.channels[0]!
    const line = channel.lines[0]!
    const perDay = 1440 / s.intervalMinutes
    const first = lineCurves(line, channel, perDay, s.intervalMinutes * 60)
    expect(lineCurves(line, channel, perDay, s.intervalMinutes * 60)).toBe(first)
    const copy = { ...line }
    const fresh = lineCurves(copy, channel, perDay, s.intervalMinutes * 60)
    expect(fresh).not.toBe(first)
    expect(Array.from(fresh.serviceLevel)).toEqual(Array.from(first.serviceLevel))
  })
})
