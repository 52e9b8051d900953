/**
 * The Pareto frontier of cost against quality: the options no other option beats on
 * both (as cheap or cheaper AND as good or better, strictly better on one). Lower
 * cost and higher quality are better.
 */

export interface CostQuality {
  /** Lower is better (e.g. cost per resolution). */
  cost: number
  /** Higher is better (e.g. a 0–100 quality score). */
  quality: number
}

/**
 * Whether `a` dominates `b`: a costs no more, is no worse, and is strictly better on one.
 * Equal points do not dominate each other. A point with a non-finite figure neither dominates nor is dominated.
 * @example dominates({ cost: 5, quality: 80 }, { cost: 6, quality: 80 }) // true
 */
export function dominates(a: CostQuality, b: CostQuality): boolean {
  if (![a.cost, a.quality, b.cost, b.quality].every(Number.isFinite)) return false
  return a.cost <= b.cost && a.quality >= b.quality && (a.cost < b.cost || a.quality > b.quality)
}

/**
 * The points not dominated by any other, cheapest first (equal points are kept
 * together, in input order). Points with a non-finite cost or quality cannot be
 * placed and are left out. Along the result cost rises and quality strictly rises
 * between distinct costs, so it draws as a step line. O(n log n).
 * @example paretoFrontier([{ cost: 5, quality: 70 }, { cost: 6, quality: 60 }, { cost: 7, quality: 90 }]) // the first and the third
 */
export function paretoFrontier<T extends CostQuality>(points: readonly T[]): T[] {
  const placed = points.map((p, index) => ({ p, index })).filter(({ p }) => Number.isFinite(p.cost) && Number.isFinite(p.quality))
  placed.sort((a, b) => a.p.cost - b.p.cost || b.p.quality - a.p.quality || a.index - b.index)
  const frontier: T[] = []
  let bestCheaper = -Infinity
  for (let start = 0; start < placed.length; ) {
    // One group of equal cost: only its best quality can be on the frontier, and only if it beats every cheaper point.
    let end = start
    while (end < placed.length && placed[end]!.p.cost === placed[start]!.p.cost) end++
    const best = placed[start]!.p.quality
    if (best > bestCheaper) {
      for (let k = start; k < end && placed[k]!.p.quality === best; k++) frontier.push(placed[k]!.p)
      bestCheaper = best
    }
    start = end
  }
  return frontier
}
