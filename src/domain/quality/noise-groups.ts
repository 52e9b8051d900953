/** Ranks partners on one KPI, but gives partners whose differences are within noise a shared group instead of distinct ranks. */

export type Direction = 'higher' | 'lower'

export interface RankEntry {
  id: string
  /** What the ranking orders by: the shrunk estimate. */
  estimate: number
  /** Breaks exact ties in the display order only: the raw value. */
  raw: number
}

export interface NoiseRank {
  id: string
  /** Competition rank of the partner's group (1, 1, 3 …); undefined without an estimate. */
  rank: number | undefined
  /** The group's letter: A for the best group, then B, C …; undefined without an estimate. */
  group: string | undefined
  /** True when the partner shares its group: its place cannot be told apart from theirs. */
  withinNoise: boolean
  /** Every other partner this one cannot be told apart from (not significant, no test, or equal estimates), in rank order. */
  tiedWith: string[]
}

/** A, B, …, Z, AA, AB, … */
export function groupLetter(index: number): string {
  let n = index
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return out
}

/**
 * The "within noise" rule, precisely:
 * 1. Order the partners best first by their estimate (for a lower-is-better KPI, lowest first);
 *    exact ties by raw value, then by id, so the order is reproducible.
 * 2. Walk that order. A partner joins the current group when, against EVERY partner
 *    already in it, the difference is not significant: its Holm-adjusted p-value is at or
 *    above α, or there is no test, or the two estimates are equal. Otherwise it opens the next group.
 * 3. A group's rank is one more than the number of partners in the groups before it
 *    (competition ranking: 1, 1, 3), its label the next letter. A partner alone in its
 *    group has a distinct rank; partners sharing one are "within noise" of each other.
 * Every group is therefore a run of the ranking in which all pairs are within noise.
 * Being within noise is not transitive, so a partner can be within noise of someone in
 * the group above without joining it (it differs from another member); `tiedWith` lists
 * all such partners, so nothing is hidden by the grouping. O(k²).
 */
export function noiseGroups(entries: readonly RankEntry[], direction: Direction, adjustedP: (a: string, b: string) => number | undefined, alpha: number): NoiseRank[] {
  const sign = direction === 'higher' ? -1 : 1
  const ranked = entries.filter((e) => Number.isFinite(e.estimate))
  ranked.sort((a, b) => sign * (a.estimate - b.estimate) || sign * (a.raw - b.raw) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const estimateOf = new Map(ranked.map((e) => [e.id, e.estimate]))
  const tied = (a: string, b: string) => {
    if (estimateOf.get(a) === estimateOf.get(b)) return true
    const p = adjustedP(a, b)
    return p === undefined || Number.isNaN(p) || p >= alpha
  }
  const groups: string[][] = []
  for (const e of ranked) {
    const current = groups.at(-1)
    if (current && current.every((m) => tied(m, e.id))) current.push(e.id)
    else groups.push([e.id])
  }
  const result = new Map<string, NoiseRank>()
  let before = 0
  groups.forEach((members, g) => {
    for (const id of members) {
      result.set(id, { id, rank: before + 1, group: groupLetter(g), withinNoise: members.length > 1, tiedWith: ranked.filter((o) => o.id !== id && tied(id, o.id)).map((o) => o.id) })
    }
    before += members.length
  })
  return entries.map((e) => result.get(e.id) ?? { id: e.id, rank: undefined, group: undefined, withinNoise: false, tiedWith: [] })
}
