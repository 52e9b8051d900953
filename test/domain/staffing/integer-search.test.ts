import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { smallestPassing, type Probe } from '../../../src/domain/staffing/integer-search.ts'

type Slack = (n: number, threshold: number) => number

/** Runs the search for "passes from `threshold` up" and records every probed count (a runaway search throws). */
function search(guess: number, ceiling: number, threshold: number, slack: Slack) {
  const probed: number[] = []
  const answer = smallestPassing(guess, ceiling, (n): Probe => {
    probed.push(n)
    if (probed.length > 10_000) throw new Error(`runaway search: last probes ${probed.slice(-5).join(', ')}`)
    return { passes: n >= threshold, slack: slack(n, threshold) }
  })
  return { answer, probed }
}

const SHAPES: Record<string, Slack> = {
  linear: (n, t) => n - t + 0.5,
  'very flat': (n, t) => (n - t + 0.5) * 1e-9,
  'very steep': (n, t) => (n >= t ? 1e12 : -1e12),
  logarithmic: (n, t) => Math.log((n + 0.5) / t),
  cubic: (n, t) => (n - t + 0.5) ** 3,
  uninformative: () => 0,
  'not a number': () => NaN,
}

/**
 * Probes allowed for a range of `ceiling`: two per halving (interpolation alternates with
 * bisection) plus a constant. Fuzzing 300,000 searches per slack shape measured at most
 * 2⌈log2(ceiling + 1)⌉ + 6; a linear walk over 200,000 would take thousands.
 */
const logProbes = (ceiling: number) => 2 * Math.ceil(Math.log2(ceiling + 1)) + 8

describe('smallestPassing', () => {
  it.each(Object.keys(SHAPES))('finds the exact threshold with a %s slack, from any guess, in O(log range) probes', (shape) => {
    const slack = SHAPES[shape]!
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }).chain((ceiling) =>
          fc.tuple(fc.constant(ceiling), fc.integer({ min: 1, max: ceiling }), fc.integer({ min: -5, max: ceiling + 5 })),
        ),
        ([ceiling, threshold, guess]) => {
          const { answer, probed } = search(guess, ceiling, threshold, slack)
          expect(answer).toBe(threshold)
          expect(probed.length).toBeLessThanOrEqual(logProbes(ceiling))
          for (const n of probed) {
            expect(Number.isInteger(n) && n >= 1 && n <= ceiling).toBe(true)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('needs only a handful of probes when the slack is linear, however far the guess', () => {
    for (const [guess, threshold] of [[1, 150_000], [199_999, 3], [1_000, 1_001], [50_000, 49_000]] as const) {
      const { answer, probed } = search(guess, 200_000, threshold, SHAPES.linear!)
      expect(answer).toBe(threshold)
      expect(probed.length).toBeLessThanOrEqual(6)
    }
  })

  it('answers 1 when everything passes, without probing 0', () => {
    for (const guess of [1, 2, 100, 10_000]) {
      const { answer, probed } = search(guess, 10_000, 1, SHAPES.linear!)
      expect(answer).toBe(1)
      expect(Math.min(...probed)).toBe(1)
    }
  })

  it('answers undefined when even the ceiling fails, after probing the ceiling', () => {
    for (const shape of ['linear', 'very steep', 'uninformative']) {
      const { answer, probed } = search(10, 500, 501, SHAPES[shape]!)
      expect(answer).toBeUndefined()
      expect(probed).toContain(500)
      expect(probed.length).toBeLessThanOrEqual(logProbes(500))
    }
  })

  it('answers the ceiling when only the ceiling passes', () => {
    expect(search(1, 777, 777, SHAPES['very steep']!).answer).toBe(777)
    expect(search(777, 777, 777, SHAPES.linear!).answer).toBe(777)
  })

  // Noise up to ±1e300 (and NaN, ±Infinity): far beyond the ±1,400 that agentsRequired's log-ratio slack
  // can produce, but short of values whose differences overflow (see the report on slacks near ±1.8e308).
  it('depends on the slack only for speed: a noisy, non-monotone slack still gives the exact threshold', () => {
    const noisySlack = fc.oneof(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity, 0))
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.array(noisySlack, { minLength: 1, maxLength: 64 }),
        (threshold, guess, noise) => {
          let i = 0
          const liar: Slack = () => noise[i++ % noise.length]!
          const { answer, probed } = search(guess, 5_000, threshold, liar)
          expect(answer).toBe(threshold)
          expect(probed.every((n) => Number.isInteger(n) && n >= 1 && n <= 5_000)).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})
