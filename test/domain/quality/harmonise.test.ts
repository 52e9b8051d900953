import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { harmoniseServiceLevel, pooledMix, shorelineDefinition, standardise, validityFlags, type ServiceLevelDefinition } from '../../../src/domain/quality/harmonise.ts'

const excluding = (shortAbandonSeconds: number, answerWithinSeconds = 20): ServiceLevelDefinition => ({ shortAbandonsExcluded: true, shortAbandonSeconds, answerWithinSeconds })
const including = shorelineDefinition(20)

describe('harmoniseServiceLevel', () => {
  // By hand: 1,000 offered, 40 abandoned within 5 s, 816 answered within 20 s.
  // Excluding short abandons: 816 / 960 = 0.85; including them: 816 / 1,000 = 0.816 = 0.85 × (1 − 0.04).
  it.each([
    { case: 'excluded → included', reported: 0.85, from: excluding(5), to: including, s: 0.04, expected: 0.816 },
    { case: 'included → excluded', reported: 0.816, from: including, to: excluding(5), s: 0.04, expected: 0.85 },
    { case: 'same definition, no share needed', reported: 0.8, from: including, to: including, s: undefined, expected: 0.8 },
    { case: 'both excluded at the same threshold', reported: 0.8, from: excluding(10), to: excluding(10), s: undefined, expected: 0.8 },
    { case: 'a share of 0 changes nothing', reported: 0.9, from: excluding(5), to: including, s: 0, expected: 0.9 },
  ])('$case', ({ reported, from, to, s, expected }) => {
    const h = harmoniseServiceLevel(reported, from, to, s)
    expect(h.ok).toBe(true)
    if (h.ok) expect(h.value).toBeCloseTo(expected, 12)
  })

  it.each([
    { case: 'a different answer-within T', from: excluding(5, 30), to: including, s: 0.04, reason: /within 30 s cannot be converted to within 20 s/ },
    { case: 'different short-abandon thresholds', from: excluding(5), to: excluding(10), s: 0.04, reason: /within 5 s cannot be converted to within 10 s/ },
    { case: 'no short-abandon share', from: excluding(5), to: including, s: undefined, reason: /needs the share of offered contacts that abandoned within 5 s/ },
    { case: 'a share of 1', from: excluding(5), to: including, s: 1, reason: /from 0 to below 1/ },
  ])('refuses $case, saying why', ({ from, to, s, reason }) => {
    const h = harmoniseServiceLevel(0.8, from, to, s)
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.reason).toMatch(reason)
  })

  it('refuses to raise an included service level above 1', () => {
    const h = harmoniseServiceLevel(0.98, including, excluding(5), 0.05)
    expect(h.ok).toBe(false)
  })

  const share = fc.double({ min: 0, max: 0.5, noNaN: true })
  const level = fc.double({ min: 0, max: 1, noNaN: true })

  it('is idempotent: a level already in the target definition stays as it is', () => {
    fc.assert(
      fc.property(level, share, (sl, s) => {
        const once = harmoniseServiceLevel(sl, excluding(5), including, s)
        if (!once.ok) return false
        const twice = harmoniseServiceLevel(once.value, including, including, s)
        return twice.ok && twice.value === once.value
      }),
    )
  })

  it('round-trips: excluded → included → excluded gives back the reported level', () => {
    fc.assert(
      fc.property(level, share, (sl, s) => {
        const there = harmoniseServiceLevel(sl, excluding(5), including, s)
        const back = there.ok ? harmoniseServiceLevel(there.value, including, excluding(5), s) : there
        return back.ok && Math.abs(back.value - sl) < 1e-12
      }),
    )
  })

  it('never raises a level when short abandons are put back into the denominator', () => {
    fc.assert(
      fc.property(level, share, (sl, s) => {
        const h = harmoniseServiceLevel(sl, excluding(5), including, s)
        return h.ok && h.value <= sl
      }),
    )
  })
})

describe('standardise', () => {
  it('weights each type by the common mix: 0.5 × 0.7 + 0.5 × 0.9 = 0.8', () => {
    expect(standardise({ voice: 0.7, chat: 0.9 }, { voice: 0.5, chat: 0.5 })).toEqual({ ok: true, value: 0.8 })
  })

  it('scales a common mix that does not add up to 1: 3 : 1 is 75 % : 25 %', () => {
    // 0.75 × 0.6 + 0.25 × 1.0 = 0.7
    const s = standardise({ voice: 0.6, email: 1 }, { voice: 3, email: 1 })
    expect(s.ok && s.value).toBeCloseTo(0.7, 12)
  })

  it('shows how mix alone moves an overall: the same per-type FCR at different mixes', () => {
    // Partner A: voice 0.7, chat 0.9 at 80 % voice → overall 0.74; at the common 50/50 it is 0.8.
    const at = (mix: Record<string, number>) => {
      const s = standardise({ voice: 0.7, chat: 0.9 }, mix)
      return s.ok ? s.value : NaN
    }
    expect(at({ voice: 0.8, chat: 0.2 })).toBeCloseTo(0.74, 12)
    expect(at({ voice: 0.5, chat: 0.5 })).toBeCloseTo(0.8, 12)
  })

  it('refuses when the partner has no value for a type in the common mix, naming it', () => {
    const s = standardise({ voice: 0.7 }, { voice: 0.5, chat: 0.5 })
    expect(s).toEqual({ ok: false, reason: 'no value for chat, which the common mix includes' })
  })

  it('ignores types with a share of 0 in the common mix', () => {
    expect(standardise({ voice: 0.7 }, { voice: 1, chat: 0 })).toEqual({ ok: true, value: 0.7 })
  })

  it('with the partner’s own mix gives back its overall value', () => {
    const types = ['voice', 'chat', 'email', 'social']
    fc.assert(
      fc.property(
        fc.array(fc.record({ share: fc.double({ min: 0.01, max: 1, noNaN: true }), value: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: types.length }),
        (parts) => {
          const total = parts.reduce((s, p) => s + p.share, 0)
          const overall = parts.reduce((s, p) => s + (p.share / total) * p.value, 0)
          const mix = Object.fromEntries(parts.map((p, i) => [types[i]!, p.share]))
          const values = Object.fromEntries(parts.map((p, i) => [types[i]!, p.value]))
          const s = standardise(values, mix)
          return s.ok && Math.abs(s.value - overall) < 1e-12
        },
      ),
    )
  })
})

describe('pooledMix', () => {
  it('weights each partner’s mix by its volume', () => {
    expect(pooledMix([{ mix: { voice: 1 }, volume: 300 }, { mix: { chat: 1 }, volume: 100 }])).toEqual({ voice: 0.75, chat: 0.25 })
  })

  it('counts partners equally when none states a volume, scaling each mix to 1 first', () => {
    // (0.5 + 0.25) / 2 = 0.375 voice; (0.5 + 0.75) / 2 = 0.625 chat
    expect(pooledMix([{ mix: { voice: 1, chat: 1 } }, { mix: { voice: 1, chat: 3 } }])).toEqual({ voice: 0.375, chat: 0.625 })
  })
})

describe('validityFlags', () => {
  it('judges each period as the invoice does: the band’s edges are inside', () => {
    const flags = validityFlags(
      [
        { period: '2026-01', volume: 900, forecast: 1000 },
        { period: '2026-02', volume: 1100, forecast: 1000 },
        { period: '2026-03', volume: 899, forecast: 1000 },
        { period: '2026-04', volume: 1101, forecast: 1000 },
        { period: '2026-05', volume: 50, forecast: 0 },
      ],
      { low: 0.9, high: 1.1 },
    )
    expect(flags.map((f) => f.status)).toEqual(['inside', 'inside', 'below', 'above', 'no-forecast'])
    expect(flags[3]!.ratio).toBeCloseTo(1.101, 12)
    expect(flags[4]!.ratio).toBeNaN()
  })
})
