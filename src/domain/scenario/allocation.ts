/** Splitting a channel's volume between options: fixed shares, or an overflow order up to each option's capacity. */

export interface ShareAllocation {
  /** Share of the channel per option, in option order, summing to 1. */
  shares: readonly number[]
}

/**
 * Fixed shares, renormalised in each interval over the options open then (a
 * closed partner's share goes to those answering). Volume with no option open
 * is returned as `unserved`. O(intervals × options).
 */
export function allocateByShares(volume: ArrayLike<number>, shares: readonly number[], open: readonly Uint8Array[]): { volumes: Float64Array[]; unserved: Float64Array } {
  const n = volume.length
  const volumes = shares.map(() => new Float64Array(n))
  const unserved = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let openShare = 0
    for (let k = 0; k < shares.length; k++) if (open[k]![i]) openShare += shares[k]!
    if (openShare === 0) {
      unserved[i] = volume[i]!
      continue
    }
    for (let k = 0; k < shares.length; k++) if (open[k]![i]) volumes[k]![i] = (volume[i]! * shares[k]!) / openShare
  }
  return { volumes, unserved }
}

/**
 * Overflow: each interval's volume goes to the first open option up to the most it
 * can take (`capacity[k][i]` contacts; Infinity = no limit), the rest to the next,
 * and so on. What no option can take is `unserved`. O(intervals × options).
 */
export function allocateByOverflow(volume: ArrayLike<number>, capacity: readonly Float64Array[], open: readonly Uint8Array[]): { volumes: Float64Array[]; unserved: Float64Array } {
  const n = volume.length
  const volumes = capacity.map(() => new Float64Array(n))
  const unserved = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let left = volume[i]!
    for (let k = 0; k < capacity.length && left > 0; k++) {
      if (!open[k]![i]) continue
      const take = Math.min(left, capacity[k]![i]!)
      volumes[k]![i] = take
      left -= take
    }
    unserved[i] = left
  }
  return { volumes, unserved }
}
