import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRng, createRngStreams, splitmix32State } from '../../../src/domain/simulation/rng.ts'
import { SE_MULTIPLE, chiSquareCritical, expectWithinSe, moments } from './statistics.ts'

const TWO_POW_32 = 2 ** 32
const words = (rng: () => number, count: number) => Array.from({ length: count }, () => rng() * TWO_POW_32)

/**
 * Reference vectors from Blackman & Vigna's xoshiro128starstar.c (next() and jump() verbatim),
 * seeded by the same splitmix32 (Weyl step 0x9e3779b9, MurmurHash3 fmix32), compiled with
 * gcc -O2. The outputs are exact 32-bit integers, so the match is exact.
 */
const REFERENCE = [
  { seed: 0, state: [2462723854, 1020716019, 454327756, 1275600319], out: [3809008728, 1133695204, 53579671, 2891528803, 139681546, 2203266335, 104831812, 1587294886] },
  { seed: 1, state: [2527132011, 314344336, 2535364964, 2041432039], out: [2442144158, 3238099751, 3819917871, 2104621829, 2021136066, 4223536128, 1515984730, 2298887649] },
  { seed: 42, state: [939911724, 3948730756, 321366731, 3317318717], out: [2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290, 65323186, 1112262688] },
  { seed: 4294967295, state: [920564995, 4230986166, 697614773, 1778835764], out: [835879718, 1921286648, 2356205009, 1885780724, 980451116, 1053911718, 3677392737, 2464361898] },
]
const SEED_42_OUTPUTS_1001_TO_1004 = [2368774610, 3552828883, 3966141932, 1072602291]
const SEED_42_AFTER_ONE_JUMP = [2817667151, 2963957236, 4086464128, 1048139920]
const SEED_42_AFTER_TWO_JUMPS = [4191148168, 3949011819, 3805718033, 2857036868]

describe('createRng', () => {
  it.each(REFERENCE)('reproduces the reference C state and first outputs for seed $seed', ({ seed, state, out }) => {
    expect([...splitmix32State(seed)].map((w) => w >>> 0)).toEqual(state)
    expect(words(createRng(seed), 8)).toEqual(out)
  })

  it('reproduces the reference C outputs 1,001 to 1,004 for seed 42', () => {
    const rng = createRng(42)
    for (let i = 0; i < 1000; i++) rng()
    expect(words(rng, 4)).toEqual(SEED_42_OUTPUTS_1001_TO_1004)
  })

  it('gives the same first 1,000 values for the same seed', () => {
    const a = createRng(20260214)
    const b = createRng(20260214)
    expect(Array.from({ length: 1000 }, a)).toEqual(Array.from({ length: 1000 }, b))
  })

  it.each([
    [42, 43],
    [0, 1],
    [7, 7 + TWO_POW_32],
    [-1, TWO_POW_32 - 1],
    [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER],
  ])('gives different sequences for seeds %s and %s', (s, t) => {
    const a = Array.from({ length: 1000 }, createRng(s))
    const b = Array.from({ length: 1000 }, createRng(t))
    // Two unrelated streams agree at a position with probability 2^−32: expect no match at all.
    expect(a.filter((x, i) => x === b[i]).length).toBe(0)
  })

  it('returns multiples of 2^−32 in [0, 1) for any safe-integer seed', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (seed) => {
        const rng = createRng(seed)
        for (let i = 0; i < 50; i++) {
          const u = rng()
          if (!(u >= 0 && u < 1 && Number.isInteger(u * TWO_POW_32))) return false
        }
        return true
      }),
    )
  })

  it.each([0.5, NaN, Infinity, 2 ** 53])('throws for seed %s, which is not a safe integer', (seed) => {
    expect(() => createRng(seed)).toThrow(RangeError)
  })

  describe('uniformity over 10⁶ draws (seed 1)', () => {
    const n = 1_000_000
    const rng = createRng(1)
    const xs = Float64Array.from({ length: n }, rng)

    it('has mean ½ and variance 1/12 within 4 SE', () => {
      const m = moments(xs)
      // SE of the mean √(1/12 / n); of the variance √((μ₄ − σ⁴)/n) with μ₄ = 1/80 for U(0, 1).
      expectWithinSe(m.mean, 0.5, Math.sqrt(1 / 12 / n), 'mean')
      expectWithinSe(m.variance, 1 / 12, Math.sqrt((1 / 80 - 1 / 144) / n), 'variance')
    })

    it('fills 100 equal bins: χ²(99) below its 1e−4 critical value', () => {
      const bins = new Float64Array(100)
      for (const x of xs) bins[Math.floor(x * 100)]!++
      const expected = n / 100
      const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0)
      expect(chi2).toBeLessThan(chiSquareCritical(99))
    })

    it('has lag-1 and lag-2 serial correlations within 4 SE of 0 (SE = 1/√n)', () => {
      for (const lag of [1, 2]) {
        let s = 0
        for (let i = lag; i < n; i++) s += (xs[i]! - 0.5) * (xs[i - lag]! - 0.5)
        const r = s / (n - lag) / (1 / 12)
        expect(Math.abs(r), `lag ${lag}: r = ${r}`).toBeLessThan(SE_MULTIPLE / Math.sqrt(n))
      }
    })
  })
})

describe('createRngStreams', () => {
  it('starts stream 0 at createRng(seed) and stream r at 2^64·r steps (the reference jump)', () => {
    const [s0, s1, s2] = createRngStreams(42, 3)
    expect(words(s0!, 8)).toEqual(REFERENCE[2]!.out)
    expect(words(s1!, 4)).toEqual(SEED_42_AFTER_ONE_JUMP)
    expect(words(s2!, 4)).toEqual(SEED_42_AFTER_TWO_JUMPS)
  })

  it('gives a stream the same numbers whatever the number of streams asked for', () => {
    const few = createRngStreams(9, 2)[1]!
    const many = createRngStreams(9, 50)[1]!
    expect(Array.from({ length: 100 }, few)).toEqual(Array.from({ length: 100 }, many))
  })

  it('throws for a negative or fractional count', () => {
    expect(() => createRngStreams(1, -1)).toThrow(RangeError)
    expect(() => createRngStreams(1, 1.5)).toThrow(RangeError)
    expect(createRngStreams(1, 0)).toEqual([])
  })
})
