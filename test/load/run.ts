/**
 * `npm run load`: the real server (npm start's process) on 127.0.0.1 with a temporary
 * database, driven by 50 concurrent clients for a bounded time, page views, what-if
 * updates and saves mixed; then GET / latency with and without a long full simulation
 * running. Prints per route and in total: requests/s, p50/p90/p99 latency, errors, non-2xx.
 *
 * LOAD_SECONDS (default 30) sets the mixed phase's length; LOAD_SIM_SECONDS (default 10)
 * each half of the simulation comparison. By default every client sends its next request
 * as soon as the last is answered (no think time: the worst case); LOAD_CLIENT_RATE=R
 * makes each client send R (a whole number ≥ 1) requests a second at most, like a person pausing between edits.
 */
import autocannon, { type Request, type Result } from 'autocannon'
import { cpus, loadavg } from 'node:os'
import { WHAT_IF_EDITS } from '../bench/what-if.ts'
import { startServer, type RunningServer } from '../e2e/harness.ts'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const SIM_SECONDS = Number(process.env.LOAD_SIM_SECONDS ?? 10)
/** autocannon's own limit per request; a slower answer counts as an error (timeout). */
const TIMEOUT_S = 20
const WHAT_IF_P99_GOAL_MS = 500
const CLIENT_RATE = process.env.LOAD_CLIENT_RATE ? Number(process.env.LOAD_CLIENT_RATE) : undefined
if (CLIENT_RATE !== undefined && !(Number.isInteger(CLIENT_RATE) && CLIENT_RATE >= 1)) throw new Error('LOAD_CLIENT_RATE must be a whole number of requests per second per client, 1 or more (autocannon paces no slower).')

interface Stream {
  label: string
  connections: number
  requests: Request[]
  headers?: Record<string, string>
}

/** 50 clients: 30 reading pages (5 per page), 15 editing the what-if, 5 saving small changes. */
function mix(origin: string): Stream[] {
  const pages = ['/', '/scenarios', '/scenarios/1', '/forecasts/1', '/options', '/scenarios/1/compare']
  let edit = 0
  let save = 0
  return [
    ...pages.map((path) => ({ label: `GET ${path}`, connections: 5, requests: [{ method: 'GET' as const, path }] })),
    {
      label: 'GET /scenarios/1/compare/results (what-if)',
      connections: 15,
      headers: { 'HX-Request': 'true' },
      // Each update a different edit, so nothing is answered from a cache of the previous one.
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/scenarios/1/compare/results?${WHAT_IF_EDITS[edit++ % WHAT_IF_EDITS.length]}` }) }],
    },
    {
      label: 'POST /scenarios/1/compare/save',
      connections: 5,
      headers: { 'HX-Request': 'true', Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      // Small changes: growth between 0 and 4 %, as a planner nudging the plan.
      requests: [{ method: 'POST', path: '/scenarios/1/compare/save', setupRequest: (req) => ({ ...req, body: `growth=${save++ % 5}` }) }],
    },
  ]
}

interface Row {
  label: string
  requests: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  errors: number
  non2xx: number
}

function row(label: string, r: Result): Row {
  return {
    label,
    requests: r.requests.total,
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  }
}

/** `rate` 0: no pacing (each client sends again as soon as it is answered). */
function run(url: string, stream: Stream, seconds: number, rate: number): Promise<Result> {
  return autocannon({
    url,
    connections: stream.connections,
    duration: seconds,
    timeout: TIMEOUT_S,
    headers: stream.headers,
    requests: stream.requests,
    ...(rate ? { connectionRate: rate } : {}),
  })
}

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`

function table(rows: Row[]): string {
  const header = ['route', 'requests', 'req/s', 'p50', 'p90', 'p99', 'max', 'errors', 'non-2xx']
  const body = rows.map((r) => [r.label, r.requests.toLocaleString('en-US'), r.rps.toFixed(1), ms(r.p50), ms(r.p90), ms(r.p99), ms(r.max), String(r.errors), String(r.non2xx)])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

async function mixedLoad(server: RunningServer): Promise<Row[]> {
  const streams = mix(server.baseUrl)
  const connections = streams.reduce((s, x) => s + x.connections, 0)
  const pace = CLIENT_RATE ? `each at most ${CLIENT_RATE} request/s` : 'each sending its next request as soon as the last is answered'
  console.log(`\nMixed load: ${connections} concurrent clients for ${SECONDS} s, ${pace} (pages, what-if updates, saves)`)
  const results = await Promise.all(streams.map((s) => run(server.baseUrl, s, SECONDS, CLIENT_RATE ?? 0)))
  const rows = streams.map((s, i) => row(s.label, results[i]!))
  const total: Row = {
    label: 'all routes',
    requests: rows.reduce((s, r) => s + r.requests, 0),
    rps: rows.reduce((s, r) => s + r.rps, 0),
    // Percentiles do not add up: the total shows the worst route's.
    p50: Math.max(...rows.map((r) => r.p50)),
    p90: Math.max(...rows.map((r) => r.p90)),
    p99: Math.max(...rows.map((r) => r.p99)),
    max: Math.max(...rows.map((r) => r.max)),
    errors: rows.reduce((s, r) => s + r.errors, 0),
    non2xx: rows.reduce((s, r) => s + r.non2xx, 0),
  }
  console.log(table([...rows, total]))
  console.log('(latency percentiles from autocannon’s HDR histogram, which reports p50, p90, p97.5 and p99 but no p95; the total row shows the worst route’s percentiles)')
  return [...rows, total]
}

/** GET / under 5 clients for `seconds` (never paced): the figure a user of another page sees. */
async function homeLatency(server: RunningServer, seconds: number): Promise<Row> {
  return row('GET /', await run(server.baseUrl, { label: 'GET /', connections: 5, requests: [{ method: 'GET', path: '/' }] }, seconds, 0))
}

/**
 * Waits until the server has worked off what the previous phase left queued (autocannon
 * stops sending at the deadline, but the server still answers what it was sent), so one
 * phase's backlog is not measured as the next phase's latency.
 */
async function drain(server: RunningServer): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const t0 = performance.now()
    await (await fetch(`${server.baseUrl}/`)).arrayBuffer()
    if (performance.now() - t0 < 50) return
    await new Promise((r) => setTimeout(r, 250))
  }
}

async function duringSimulation(server: RunningServer): Promise<{ idle: Row; busy: Row; simulationRunning: boolean }> {
  console.log(`\nPage latency while a full simulation runs (GET /, 5 clients, ${SIM_SECONDS} s each)`)
  await drain(server)
  const idle = await homeLatency(server, SIM_SECONDS)
  const start = await fetch(`${server.baseUrl}/scenarios/1/simulations`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.baseUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'trials=50000',
  })
  const runPath = start.headers.get('location')
  if (start.status !== 303 || !runPath) throw new Error(`starting the simulation answered ${start.status}`)
  // Let the worker load and staff the plan, so the trials are running while we measure.
  await new Promise((r) => setTimeout(r, 2000))
  const busy = await homeLatency(server, SIM_SECONDS)
  await drain(server)
  const status = await (await fetch(`${server.baseUrl}${runPath}/status`)).text()
  const simulationRunning = !/full-run-status--finished/.test(status)
  await fetch(`${server.baseUrl}${runPath}/cancel`, { method: 'POST', redirect: 'manual', headers: { Origin: server.baseUrl } })
  console.log(table([{ ...idle, label: 'GET / with no simulation' }, { ...busy, label: 'GET / during a 50,000-trial run' }]))
  console.log(simulationRunning ? 'The simulation was still running when the measurement ended (then cancelled).' : 'Note: the simulation finished before the measurement ended.')
  return { idle, busy, simulationRunning }
}

async function main(): Promise<void> {
  console.log(`Shoreline load test · Node ${process.version} · ${cpus().length} cores · load average before start ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`)
  console.log('Figures depend on what else the machine is doing: on a shared machine, re-run them on a quiet one before quoting them.')
  const server = await startServer()
  try {
    // One warm-up pass, so the first clients do not pay for module loading and the staffing memo.
    for (const path of ['/', '/scenarios/1/compare', '/scenarios/1/compare/results?growth=3']) await (await fetch(`${server.baseUrl}${path}`)).arrayBuffer()
    const rows = await mixedLoad(server)
    const sim = await duringSimulation(server)
    const whatIf = rows.find((r) => r.label.includes('what-if'))!
    const total = rows.at(-1)!
    console.log('\nGoals')
    console.log(`  errors (and timeouts over ${TIMEOUT_S} s): ${total.errors} ${total.errors === 0 ? '(met: zero)' : '(NOT met: goal zero)'}; non-2xx answers: ${total.non2xx}`)
    console.log(`  what-if p99: ${ms(whatIf.p99)} ${whatIf.p99 < WHAT_IF_P99_GOAL_MS ? '(met' : '(NOT met'}: goal under ${WHAT_IF_P99_GOAL_MS} ms)`)
    console.log(`  GET / p99 during a full simulation: ${ms(sim.busy.p99)} vs ${ms(sim.idle.p99)} without`)
    console.log(`Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`)
  } finally {
    await server.stop()
  }
}

await main()
