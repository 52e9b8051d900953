/**
 * Speed of the discrete-event queue simulation (src/domain/simulation/queue-sim.ts): a
 * stationary 100-Erlang queue (1,000 calls per 30-minute interval, AHT 180 s, 105 agents,
 * nobody hangs up), 3 timed runs of 1,000 intervals (≈ 1 M contacts each) after a warm-up.
 * A figure, not an assertion. `test/bench/run.ts` prints it; alone:
 * `node --import tsx test/bench/des.ts`.
 */
import { simulateQueue, type SimInterval } from '../../src/domain/simulation/queue-sim.ts'
import { createRng } from '../../src/domain/simulation/rng.ts'

const INTERVAL_SECONDS = 1800
const AHT_SECONDS = 180
const ERLANGS = 100
const AGENTS = 105
const CALLS_PER_INTERVAL = (ERLANGS * INTERVAL_SECONDS) / AHT_SECONDS
const OPTIONS = { intervalSeconds: INTERVAL_SECONDS, answerWithinSeconds: 20 }

/** One run of `intervals` stationary intervals: contacts offered and wall time in ms. */
function timedRun(intervals: number, seed: number): { contacts: number; ms: number } {
  const rows: SimInterval[] = Array.from({ length: intervals }, () => ({ offered: CALLS_PER_INTERVAL, ahtSeconds: AHT_SECONDS }))
  const agents = new Array<number>(intervals).fill(AGENTS)
  const t0 = performance.now()
  const result = simulateQueue(rows, agents, OPTIONS, createRng(seed))
  return { contacts: result.totals.offered, ms: performance.now() - t0 }
}

/**
 * Contacts simulated per second on one core (median of 3 runs of ≈ 1 M contacts after a
 * 200,000-contact warm-up, so the JIT has settled), and the contacts timed in all.
 */
export function benchDes(): { contactsPerSecond: number; contacts: number } {
  timedRun(200, 0)
  const runs = [1, 2, 3].map((seed) => timedRun(1000, seed))
  const rates = runs.map((r) => r.contacts / (r.ms / 1000)).sort((a, b) => a - b)
  return { contactsPerSecond: rates[1]!, contacts: runs.reduce((s, r) => s + r.contacts, 0) }
}

if (process.argv[1] === import.meta.filename) {
  const { contactsPerSecond, contacts } = benchDes()
  console.log(`discrete-event queue simulation, 100 Erlangs on 105 agents (${contacts.toLocaleString('en-US')} contacts): ${Math.round(contactsPerSecond).toLocaleString('en-US')} contacts/s`)
}
