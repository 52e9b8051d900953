/** Erlang B blocking probability, the building block of Erlang C and Erlang A. */

/**
 * Agents at which the Erlang B recursion may start for traffic `a` without
 * losing precision. Below `a − 10√a − 10` the recursion contracts any error in
 * its starting value by a factor of at least e^−50 before it reaches `a`, so it
 * can start from the fluid approximation 1/B(s) ≈ a / (a − s) instead of 1/B(0) = 1.
 * This turns an O(a) walk into O(√a): 1,010 steps instead of 10,100 at 10,000 Erlangs.
 */
export function recursionStart(agents: number, trafficErlangs: number): number {
  const start = Math.floor(Math.min(agents, trafficErlangs) - 10 * Math.sqrt(trafficErlangs) - 10)
  return start > 0 ? start : 0
}

/**
 * The Erlang B recursion, walked in its reciprocal form 1/B(n) = 1 + (n/A)·1/B(n−1):
 * one multiply and one add per agent (no division on the dependency chain),
 * which is what makes a year of intervals cheap. The walk remembers every value
 * it has passed, so a solver probing nearby agent counts pays for each once.
 * Beyond double range 1/B is Infinity and B is 0, exactly as it rounds.
 */
export class BlockingWalk {
  #traffic = 0
  #inverseTraffic = 0
  #start = 0
  #lowest = 0
  #values = new Float64Array(256)
  #count = 0

  /** Restarts the walk for a new load, able to answer agent counts from `lowest` up. */
  reset(trafficErlangs: number, lowest: number): void {
    this.#traffic = trafficErlangs
    this.#inverseTraffic = 1 / trafficErlangs
    this.#lowest = lowest
    this.#start = recursionStart(lowest, trafficErlangs)
    this.#values[0] = this.#start === 0 ? 1 : trafficErlangs / (trafficErlangs - this.#start)
    this.#count = 1
  }

  /**
   * Erlang B with `agents` for the current load. Between the walk's start and
   * `lowest` the fluid starting guess has not yet washed out, so below `lowest`
   * it walks afresh from a start of its own.
   */
  blocking(agents: number): number {
    if (agents < this.#lowest) return erlangB(agents, this.#traffic)
    const index = agents - this.#start
    if (index >= this.#count) this.#extend(index)
    return 1 / this.#values[index]!
  }

  #extend(index: number): void {
    if (index >= this.#values.length) {
      const grown = new Float64Array(Math.max(index + 1, this.#values.length * 2))
      grown.set(this.#values.subarray(0, this.#count))
      this.#values = grown
    }
    const values = this.#values
    let inverse = values[this.#count - 1]!
    for (let i = this.#count; i <= index; i++) {
      inverse = 1 + (this.#start + i) * this.#inverseTraffic * inverse
      values[i] = inverse
    }
    this.#count = index + 1
  }
}

/**
 * Erlang B: the probability that a contact finds all `agents` busy in a loss
 * system offered `trafficErlangs` (M/M/N/N).
 *
 * Uses the recursion B(n) = A·B(n−1) / (n + A·B(n−1)), never factorials or
 * powers, so it is finite and accurate to double precision for any load.
 * O(√A + |N − A|) steps.
 *
 * Source: model.md §2; Erlang (1917).
 * @example erlangB(2, 1) // 0.2
 */
export function erlangB(agents: number, trafficErlangs: number): number {
  if (trafficErlangs === 0) return agents === 0 ? 1 : 0
  const start = recursionStart(agents, trafficErlangs)
  const inverseTraffic = 1 / trafficErlangs
  let inverse = start === 0 ? 1 : trafficErlangs / (trafficErlangs - start)
  for (let n = start + 1; n <= agents; n++) inverse = 1 + n * inverseTraffic * inverse
  return 1 / inverse
}
