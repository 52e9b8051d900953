/**
 * What-if figures for `npm run bench`: the server time of one live update of the demo
 * scenario (in-process, p50 and p95 over a cycle of different edits), and throughput
 * and latency of updates under 20 concurrent clients against the real server (autocannon).
 */
import autocannon from 'autocannon'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { startServer } from '../e2e/harness.ts'

/** Edits a planner makes one after another: each changes something the results depend on, so nothing is answered from a cache. */
export const WHAT_IF_EDITS = [
  'growth=4',
  'growth=6',
  'aht=-5',
  'option-3-price=5',
  'channel-0-sl=85',
  'option-2-shrinkage=32',
  'seed=7',
  'daily-cv=12',
  'channel-0-share-1=35&channel-0-share-2=25',
  'option-2-headcount=10',
] as const

const resultsPath = (edit: string) => `/scenarios/1/compare/results?${edit}`

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
}

/** Server time of one update, in-process (no network), after a warm-up round; every edit distinct within a round. */
export async function whatIfLatency(rounds = 4): Promise<{ p50: number; p95: number; samples: number }> {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const app = createApp({ db })
  const headers = { 'HX-Request': 'true' }
  for (const edit of WHAT_IF_EDITS) await (await app.request(resultsPath(edit), { headers })).text()
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const edit of WHAT_IF_EDITS) {
      const t0 = performance.now()
      const res = await app.request(resultsPath(edit), { headers })
      await res.text()
      if (res.status !== 200) throw new Error(`what-if ${edit} answered ${res.status}`)
      times.push(performance.now() - t0)
    }
  }
  db.$client.close()
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), samples: times.length }
}

export interface LoadFigures {
  connections: number
  seconds: number
  requestsPerSecond: number
  p50: number
  p90: number
  /** autocannon reports these percentiles; it has no p95. */
  p97_5: number
  p99: number
  errors: number
  non2xx: number
}

/** Updates under `connections` concurrent clients for `seconds`, against `npm start`'s server on a temporary database. */
export async function whatIfThroughput(connections = 20, seconds = 15): Promise<LoadFigures> {
  const server = await startServer()
  try {
    let n = 0
    const result = await autocannon({
      url: server.baseUrl,
      connections,
      duration: seconds,
      headers: { 'HX-Request': 'true' },
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: resultsPath(WHAT_IF_EDITS[n++ % WHAT_IF_EDITS.length]!) }) }],
    })
    return {
      connections,
      seconds,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    }
  } finally {
    await server.stop()
  }
}

