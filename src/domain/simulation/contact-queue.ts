/**
 * The FIFO of waiting contacts in the queue simulation: a ring buffer over typed arrays
 * (arrival time, give-up time, arrival interval), so queueing a contact allocates nothing.
 * @module
 */

/**
 * First-in, first-out queue of waiting contacts. Capacity is a power of two and doubles
 * when full (a long under-staffed stretch with patient callers can queue many).
 * All operations O(1) amortised. Read the head with `headArrival`/`headDeadline`/
 * `headInterval` before `shift()`; they are undefined behaviour on an empty queue.
 */
export class ContactQueue {
  private arrival: Float64Array
  private deadline: Float64Array
  private interval: Int32Array
  private mask: number
  private head = 0
  private count = 0

  constructor(capacity = 1024) {
    let size = 16
    while (size < capacity) size *= 2
    this.arrival = new Float64Array(size)
    this.deadline = new Float64Array(size)
    this.interval = new Int32Array(size)
    this.mask = size - 1
  }

  get size(): number {
    return this.count
  }

  clear(): void {
    this.head = 0
    this.count = 0
  }

  /** Queues a contact that arrived at `arrival` in interval `interval` and hangs up at `deadline`. */
  push(arrival: number, deadline: number, interval: number): void {
    if (this.count > this.mask) this.grow()
    const slot = (this.head + this.count) & this.mask
    this.arrival[slot] = arrival
    this.deadline[slot] = deadline
    this.interval[slot] = interval
    this.count++
  }

  get headArrival(): number {
    return this.arrival[this.head]!
  }

  get headDeadline(): number {
    return this.deadline[this.head]!
  }

  get headInterval(): number {
    return this.interval[this.head]!
  }

  /** Drops the head (the caller has read it). */
  shift(): void {
    this.head = (this.head + 1) & this.mask
    this.count--
  }

  /** Doubles the capacity, unwrapping the ring so the head sits at slot 0. */
  private grow(): void {
    const size = (this.mask + 1) * 2
    const unwrap = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
      const tail = from.subarray(this.head)
      to.set(tail)
      to.set(from.subarray(0, this.head), tail.length)
      return to
    }
    this.arrival = unwrap(this.arrival, new Float64Array(size))
    this.deadline = unwrap(this.deadline, new Float64Array(size))
    this.interval = unwrap(this.interval, new Int32Array(size))
    this.mask = size - 1
    this.head = 0
  }
}
