import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { likeWithLike, mixText } from '../../../src/domain/quality/like-with-like.ts'
import { compareScorecards } from '../../../src/domain/quality/scorecard-comparison.ts'
import type { ScorecardRow } from '../../../src/domain/quality/scorecard-row.ts'

const row = (partner: string, period: string, contactType: string | undefined, value: number, sampleSize?: number, kpi = 'fcr'): ScorecardRow => ({ partner, period, kpi, value, sampleSize, ...(contactType ? { contactType } : {}) })

describe('likeWithLike: per-contact-type values re-weighted to the pooled mix', () => {
  // By hand: A handles 800 voice (FCR 0.70) and 200 chat (0.90): own mix 0.74.
  // B handles 200 voice (0.72) and 800 chat (0.85): own mix 0.824 — B looks 8.4 points better.
  // Pooled mix: 1,000 voice and 1,000 chat of 2,000 = 50/50. A: 0.5 × 0.70 + 0.5 × 0.90 = 0.80; B: 0.5 × 0.72 + 0.5 × 0.85 = 0.785.
  const rows = [row('A', '2026-01', 'voice', 0.7, 800), row('A', '2026-01', 'chat', 0.9, 200), row('B', '2026-01', 'voice', 0.72, 200), row('B', '2026-01', 'chat', 0.85, 800)]

  it.each([
    { partner: 'A', ownMix: 0.74, reweighted: 0.8, n: 1000 },
    { partner: 'B', ownMix: 0.824, reweighted: 0.785, n: 1000 },
  ])('$partner: own mix $ownMix, at the common mix $reweighted, with its total sample size', ({ partner, ownMix, reweighted, n }) => {
    const out = likeWithLike(rows)
    const r = out.rows.find((x) => x.partner === partner)!
    expect(r.value).toBeCloseTo(reweighted, 12)
    expect(r.sampleSize).toBe(n)
    expect(r.contactType).toBeUndefined()
    expect(out.mixes[0]!.partners.find((p) => p.partner === partner)!.ownMixValue).toBeCloseTo(ownMix, 12)
  })

  it('states the common mix, which reverses the order the own mixes give', () => {
    const out = likeWithLike(rows)
    expect(out.mixes[0]).toMatchObject({ kpi: 'fcr', reweighted: true, mix: { voice: 0.5, chat: 0.5 } })
    expect(mixText({ voice: 0.62, chat: 0.38 })).toBe('voice 62 %, chat 38 %')
    const c = compareScorecards({ rows })
    expect(c.kpis[0]!.partners.map((p) => [p.partner, Number(p.value!.toFixed(3))])).toEqual([
      ['A', 0.8],
      ['B', 0.785],
    ])
  })

  it('does not re-weight when a partner reports no per-type values, and says who', () => {
    const out = likeWithLike([...rows.filter((r) => r.partner === 'A'), row('C', '2026-01', undefined, 0.8, 500)])
    expect(out.mixes[0]!.reweighted).toBe(false)
    expect(out.mixes[0]!.notes[0]).toMatch(/C reported no values per contact type/)
    expect(out.rows.find((r) => r.partner === 'A')!.value).toBeCloseTo(0.74, 12)
  })

  it('passes KPIs without contact types through untouched', () => {
    const csat = [row('A', '2026-01', undefined, 0.8, 400, 'csat')]
    expect(likeWithLike(csat)).toEqual({ rows: csat, serviceLevels: [], mixes: [] })
  })

  it('property: re-weighting every partner to its own mix gives back its own-mix value; to the pooled mix, a value between its type values', () => {
    const partner = fc.record({ voice: fc.double({ min: 0, max: 1, noNaN: true }), chat: fc.double({ min: 0, max: 1, noNaN: true }), nv: fc.integer({ min: 1, max: 5000 }), nc: fc.integer({ min: 1, max: 5000 }) })
    fc.assert(
      fc.property(partner, partner, (a, b) => {
        const input = [row('A', '2026-01', 'voice', a.voice, a.nv), row('A', '2026-01', 'chat', a.chat, a.nc), row('B', '2026-01', 'voice', b.voice, b.nv), row('B', '2026-01', 'chat', b.chat, b.nc)]
        const out = likeWithLike(input)
        const m = out.mixes[0]!
        expect(m.mix.voice! + m.mix.chat!).toBeCloseTo(1, 12)
        expect(m.mix.voice).toBeCloseTo((a.nv + b.nv) / (a.nv + a.nc + b.nv + b.nc), 12)
        for (const [p, x] of [['A', a], ['B', b]] as const) {
          const v = out.rows.find((r) => r.partner === p)!.value
          expect(v).toBeGreaterThanOrEqual(Math.min(x.voice, x.chat) - 1e-12)
          expect(v).toBeLessThanOrEqual(Math.max(x.voice, x.chat) + 1e-12)
          expect(m.partners.find((q) => q.partner === p)!.ownMixValue).toBeCloseTo((x.voice * x.nv + x.chat * x.nc) / (x.nv + x.nc), 12)
        }
      }),
    )
  })
})

describe('likeWithLike: service levels converted to abandons counted', () => {
  const sl = (partner: string, value: number) => row(partner, '2026-01', undefined, value, 10_000, 'service-level')
  const excluded = { shortAbandonsExcluded: true, shortAbandonSeconds: 5, shortAbandonShare: 0.04 }

  it.each([
    { case: 'excludes short abandons, share 4 %', statement: excluded, value: 0.85, expected: 0.816, converted: true },
    { case: 'counts every offered contact already', statement: { ...excluded, shortAbandonsExcluded: false }, value: 0.85, expected: 0.85, converted: undefined },
    { case: 'states no definition', statement: undefined, value: 0.85, expected: 0.85, converted: undefined },
    { case: 'excludes them but the share is unknown', statement: { ...excluded, shortAbandonShare: null }, value: 0.85, expected: 0.85, converted: false },
  ])('a partner that $case', ({ statement, value, expected, converted }) => {
    const out = likeWithLike([sl('A', value), sl('B', 0.8)], { A: statement })
    expect(out.rows.find((r) => r.partner === 'A')!.value).toBeCloseTo(expected, 12)
    expect(out.serviceLevels[0]?.converted).toBe(converted)
  })

  it('says which partner was converted and by what formula', () => {
    expect(likeWithLike([sl('A', 0.85)], { A: excluded }).serviceLevels[0]!.text).toBe('A reports short abandons (within 5 s) excluded: converted to abandons counted as reported × (1 − 4.0 %), its stated short-abandon share')
  })

  it('property: conversion never raises a service level and keeps it a share', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.49, noNaN: true }), (value, share) => {
        const v = likeWithLike([sl('A', value)], { A: { ...excluded, shortAbandonShare: share } }).rows[0]!.value
        expect(v).toBeLessThanOrEqual(value + 1e-12)
        expect(v).toBeGreaterThanOrEqual(0)
      }),
    )
  })
})
