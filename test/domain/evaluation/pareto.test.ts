/** The cost–quality Pareto frontier: options that no other beats on both cost (lower) and quality (higher). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dominates, paretoFrontier, type CostQuality } from '../../../src/domain/evaluation/pareto.ts'

type P = CostQuality & { id: string }
const p = (id: string, cost: number, quality: number): P => ({ id, cost, quality })
const ids = (points: readonly P[]) => paretoFrontier(points).map((x) => x.id)

describe('dominates', () => {
  it.each<[string, CostQuality, CostQuality, boolean]>([
    ['cheaper and better', { cost: 5, quality: 90 }, { cost: 6, quality: 80 }, true],
    ['cheaper, as good', { cost: 5, quality: 80 }, { cost: 6, quality: 80 }, true],
    ['as cheap, better', { cost: 6, quality: 90 }, { cost: 6, quality: 80 }, true],
    ['equal points', { cost: 6, quality: 80 }, { cost: 6, quality: 80 }, false],
    ['cheaper but worse', { cost: 5, quality: 70 }, { cost: 6, quality: 80 }, false],
    ['dearer and worse', { cost: 7, quality: 70 }, { cost: 6, quality: 80 }, false],
    ['a missing figure', { cost: NaN, quality: 99 }, { cost: 6, quality: 80 }, false],
  ])('%s → %s', (_, a, b, expected) => {
    expect(dominates(a, b)).toBe(expected)
  })
})

describe('paretoFrontier', () => {
  it.each<[string, P[], string[]]>([
    ['no points', [], []],
    ['one point', [p('a', 5, 80)], ['a']],
    ['a trade-off keeps both, cheapest first', [p('dear-good', 9, 90), p('cheap-fair', 5, 70)], ['cheap-fair', 'dear-good']],
    ['a dearer, worse point is dropped', [p('a', 5, 80), p('b', 6, 70)], ['a']],
    ['equal cost: only the better survives', [p('a', 5, 70), p('b', 5, 80)], ['b']],
    ['equal quality: only the cheaper survives', [p('a', 6, 80), p('b', 5, 80)], ['b']],
    ['identical points both stay, in input order', [p('a', 5, 80), p('b', 5, 80), p('c', 7, 60)], ['a', 'b']],
    ['the demo’s shape', [p('in-house', 9.34, 88.4), p('onshore', 8.28, 85.5), p('nearshore', 6.57, 84.2), p('offshore', 4.74, 81.6)], ['offshore', 'nearshore', 'onshore', 'in-house']],
    ['points without a cost or quality are left out', [p('a', NaN, 99), p('b', 5, Infinity), p('c', 6, 50)], ['c']],
  ])('%s', (_, points, expected) => {
    expect(ids(points)).toEqual(expected)
  })

  const point = fc.record({ id: fc.string(), cost: fc.integer({ min: 0, max: 20 }), quality: fc.integer({ min: 0, max: 20 }) })
  const points = fc.array(point, { maxLength: 30 })

  it('keeps exactly the points no other point dominates (against the definition, pair by pair)', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const frontier = new Set(paretoFrontier(ps))
        return ps.every((x) => frontier.has(x) === !ps.some((y) => dominates(y, x)))
      }),
    )
  })

  it('rises in quality as cost rises, so it draws as a step line', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const f = paretoFrontier(ps)
        return f.every((x, k) => k === 0 || (x.cost === f[k - 1]!.cost ? x.quality === f[k - 1]!.quality : x.cost > f[k - 1]!.cost && x.quality > f[k - 1]!.quality))
      }),
    )
  })

  it('does not depend on the order of the points', () => {
    fc.assert(
      fc.property(points.chain((ps) => fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }).map((shuffled) => [ps, shuffled] as const)), ([ps, shuffled]) => {
        const key = (f: readonly CostQuality[]) => f.map((x) => `${x.cost}/${x.quality}`).join(' ')
        return key(paretoFrontier(ps)) === key(paretoFrontier(shuffled))
      }),
    )
  })

  it('always holds the cheapest of the best and the best of the cheapest', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), (ps) => {
        const f = paretoFrontier(ps)
        const cheapest = Math.min(...ps.map((x) => x.cost))
        const best = Math.max(...ps.map((x) => x.quality))
        return f.some((x) => x.cost === cheapest) && f.some((x) => x.quality === best)
      }),
    )
  })

  it('does not change its input', () => {
    const ps = Object.freeze([p('b', 6, 70), p('a', 5, 80)])
    paretoFrontier(ps)
    expect(ps.map((x) => x.id)).toEqual(['b', 'a'])
  })
})
