/** Slows password guessing: after too many failed sign-ins for one name, that name is refused for a while, right password or not. */

export const MAX_FAILURES = 10
export const WINDOW_MS = 15 * 60 * 1000
/** Names remembered at most (a flood of invented names cannot grow memory without bound); the oldest go first. */
const MAX_TRACKED = 10_000

interface Failures {
  count: number
  firstAt: number
}

export class SignInThrottle {
  readonly #failures = new Map<string, Failures>()

  /** Milliseconds until this name may try again; 0 when it may now. */
  retryAfter(name: string, now: number): number {
    const f = this.#failures.get(name.toLowerCase())
    if (!f || now - f.firstAt >= WINDOW_MS) return 0
    return f.count >= MAX_FAILURES ? f.firstAt + WINDOW_MS - now : 0
  }

  failed(name: string, now: number): void {
    const key = name.toLowerCase()
    const f = this.#failures.get(key)
    if (!f || now - f.firstAt >= WINDOW_MS) {
      this.#failures.delete(key)
      this.#failures.set(key, { count: 1, firstAt: now })
      if (this.#failures.size > MAX_TRACKED) this.#failures.delete(this.#failures.keys().next().value!)
    } else f.count++
  }

  succeeded(name: string): void {
    this.#failures.delete(name.toLowerCase())
  }
}
