/**
 * A binary min-heap of event times (seconds) in a Float64Array: the departure calendar of the
 * queue simulation. No objects per event; grows by doubling if ever full.
 * @module
 */

/**
 * Min-heap of times. `top` is the earliest; `push`, `pop` and `replaceTop` are O(log n).
 * `replaceTop` (pop then push in one sift) is the common case in a busy queue: an agent
 * finishes one contact and starts the next.
 */
export class TimeHeap {
  private keys: Float64Array
  private count = 0

  constructor(capacity = 16) {
    this.keys = new Float64Array(Math.max(1, capacity))
  }

  get size(): number {
    return this.count
  }

  /** The earliest time, or Infinity when empty. */
  get top(): number {
    return this.count > 0 ? this.keys[0]! : Infinity
  }

  clear(): void {
    this.count = 0
  }

  push(time: number): void {
    if (this.count === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2)
      grown.set(this.keys)
      this.keys = grown
    }
    const keys = this.keys
    let i = this.count++
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = keys[parent]!
      if (p <= time) break
      keys[i] = p
      i = parent
    }
    keys[i] = time
  }

  /** Removes and returns the earliest time; Infinity when empty. */
  pop(): number {
    if (this.count === 0) return Infinity
    const first = this.keys[0]!
    const last = this.keys[--this.count]!
    if (this.count > 0) this.siftDown(last)
    return first
  }

  /** Replaces the earliest time by `time` (which may be earlier or later) and restores order. */
  replaceTop(time: number): void {
    if (this.count === 0) this.push(time)
    else this.siftDown(time)
  }

  /** Places `time` at the root's hole and sinks it to its place. */
  private siftDown(time: number): void {
    const keys = this.keys
    const n = this.count
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      if (child >= n) break
      let c = keys[child]!
      const right = child + 1
      if (right < n) {
        const r = keys[right]!
        if (r < c) {
          child = right
          c = r
        }
      }
      if (time <= c) break
      keys[i] = c
      i = child
    }
    keys[i] = time
  }
}
