import { describe, expect, it } from 'vitest'
import { groupLetter, noiseGroups } from '../../../src/domain/quality/noise-groups.ts'

/** Holm-adjusted p-values for pairs, keyed "a|b" in either order. */
const pValues = (table: Record<string, number>) => (a: string, b: string) => table[`${a}|${b}`] ?? table[`${b}|${a}`]
const entries = (estimates: Record<string, number>) => Object.entries(estimates).map(([id, estimate]) => ({ id, estimate, raw: estimate }))

describe('noiseGroups', () => {
  it('gives distinct ranks when every difference is significant', () => {
    const r = noiseGroups(entries({ a: 0.9, b: 0.8, c: 0.7 }), 'higher', pValues({ 'a|b': 0.01, 'a|c': 0.001, 'b|c': 0.02 }), 0.05)
    expect(r.map((x) => [x.id, x.rank, x.group, x.withinNoise])).toEqual([
      ['a', 1, 'A', false],
      ['b', 2, 'B', false],
      ['c', 3, 'C', false],
    ])
  })

  it('puts partners within noise of each other in one group sharing the best rank (1, 1, 3)', () => {
    const r = noiseGroups(entries({ a: 0.9, b: 0.88, c: 0.7 }), 'higher', pValues({ 'a|b': 0.4, 'a|c': 0.001, 'b|c': 0.01 }), 0.05)
    expect(r.map((x) => [x.id, x.rank, x.group, x.withinNoise])).toEqual([
      ['a', 1, 'A', true],
      ['b', 1, 'A', true],
      ['c', 3, 'B', false],
    ])
  })

  it('counts a p-value at α as within noise, and a missing test too', () => {
    const r = noiseGroups(entries({ a: 2, b: 1, c: 0 }), 'higher', pValues({ 'a|b': 0.05, 'b|c': 0.001, 'a|c': 0.001 }), 0.05)
    expect(r.find((x) => x.id === 'b')!.rank).toBe(1)
    const none = noiseGroups(entries({ a: 2, b: 1 }), 'higher', () => undefined, 0.05)
    expect(none.every((x) => x.rank === 1)).toBe(true)
  })

  it('opens a new group when a partner differs from any member, and lists who it is still tied with', () => {
    // a ~ b, b ~ c, but a ≠ c: c cannot join {a, b}; it starts group B yet stays within noise of b.
    const r = noiseGroups(entries({ a: 3, b: 2, c: 1 }), 'higher', pValues({ 'a|b': 0.3, 'b|c': 0.3, 'a|c': 0.01 }), 0.05)
    const c = r.find((x) => x.id === 'c')!
    expect([c.rank, c.group, c.withinNoise, c.tiedWith]).toEqual([3, 'B', false, ['b']])
  })

  it('ranks lowest first when lower is better', () => {
    const r = noiseGroups(entries({ a: 400, b: 300 }), 'lower', pValues({ 'a|b': 0.001 }), 0.05)
    expect(r.find((x) => x.id === 'b')!.rank).toBe(1)
  })

  it('leaves partners without an estimate unranked', () => {
    const r = noiseGroups([{ id: 'a', estimate: Number.NaN, raw: Number.NaN }, ...entries({ b: 1 })], 'higher', () => undefined, 0.05)
    expect(r[0]!.rank).toBeUndefined()
    expect(r[1]!.rank).toBe(1)
  })

  it('letters groups A … Z, then AA', () => {
    expect([groupLetter(0), groupLetter(25), groupLetter(26), groupLetter(27)]).toEqual(['A', 'Z', 'AA', 'AB'])
  })
})
