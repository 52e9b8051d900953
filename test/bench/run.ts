/** `npm run bench`: speed figures, one per line with its unit. Figures, not assertions. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDb } from '../../src/db/client.ts'
import { loadForecast, saveForecast } from '../../src/db/forecasts.ts'
import { loadScenarioModel } from '../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { evaluateModel } from '../../src/domain/evaluation/evaluate-model.ts'
import { simulateRisk } from '../../src/domain/simulation/monte-carlo/monte-carlo.ts'
import { planIntervals } from '../../src/domain/staffing/interval-plan.ts'
import { readForecastCsv } from '../../src/io/forecast-csv.ts'
import { benchDes } from './des.ts'
import { whatIfLatency, whatIfThroughput } from './what-if.ts'
import { AHT_SECONDS, INTERVAL_SECONDS, YEAR_INTERVALS, yearCsv, yearOfContacts } from './year-series.ts'

const TARGETS = { serviceLevel: 0.8, answerWithinSeconds: 20 }

/** Median wall time of `runs` runs after one warm-up (the JIT's first pass is not the steady state). */
function medianMs(runs: number, fn: () => void): number {
  fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(runs / 2)]!
}

const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const line = (label: string, value: string) => console.log(`${label}: ${value}`)

const contacts = yearOfContacts()
const year = { intervalSeconds: INTERVAL_SECONDS, contacts, ahtSeconds: AHT_SECONDS }

const erlangC = medianMs(5, () => planIntervals(year, TARGETS))
line('staffing year, Erlang C (35,040 intervals, 1–2,000 Erlangs)', `${fmt(erlangC)} ms`)
line('staffing year, Erlang C throughput', `${fmt(YEAR_INTERVALS / (erlangC / 1000), 0)} intervals/s`)

const erlangA = medianMs(3, () => planIntervals(year, { ...TARGETS, patienceSeconds: 300 }))
line('staffing year, Erlang A (patience 300 s)', `${fmt(erlangA)} ms`)
line('staffing year, Erlang A throughput', `${fmt(YEAR_INTERVALS / (erlangA / 1000), 0)} intervals/s`)
line('staffing year, Erlang A / Erlang C time', `${fmt(erlangA / erlangC, 2)} x`)

const dir = mkdtempSync(join(tmpdir(), 'shoreline-bench-'))
try {
  const file = join(dir, 'year.csv')
  writeFileSync(file, yearCsv())
  // Exactly what `npm run cli` runs, minus npm's own start-up.
  const cliMs = medianMs(3, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'staffing', '--csv', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    if (r.status !== 0) throw new Error(`CLI batch failed (${r.status}): ${r.stderr.slice(0, 500)}`)
  })
  line('CLI staffing --csv year, end to end (process start, parse, solve, JSON)', `${fmt(cliMs, 0)} ms`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

/** A year of 15-minute intervals for three channels, as a planner would export it: 105,120 rows. */
function yearForecastCsv(): string {
  const rows = ['start,channel,volume,aht_s']
  const first = Date.UTC(2026, 0, 5)
  for (const channel of ['voice', 'chat', 'email']) {
    for (let i = 0; i < YEAR_INTERVALS; i++) {
      const start = new Date(first + i * 900_000).toISOString().slice(0, 16)
      rows.push(`${start},${channel},${(contacts[i]! / 10).toFixed(2)},${channel === 'voice' ? 420 : 300}`)
    }
  }
  return rows.join('\n') + '\n'
}

const workspace = mkdtempSync(join(tmpdir(), 'shoreline-bench-db-'))
try {
  const db = openDb(join(workspace, 'bench.db'))
  const csv = yearForecastCsv()
  let forecastId = 0
  const importMs = medianMs(3, () => {
    const read = readForecastCsv(csv)
    if (!read.ok) throw new Error(`bench CSV refused: ${JSON.stringify(read.errors[0])}`)
    forecastId = saveForecast(db, 'bench year', 'bench', read.forecast)
  })
  line('forecast CSV import, a year of 15-minute intervals x 3 channels (105,120 rows: parse, check, save)', `${fmt(importMs, 0)} ms`)
  const loadMs = medianMs(5, () => loadForecast(db, forecastId))
  line('forecast load, that year from SQLite', `${fmt(loadMs, 2)} ms`)

  const demoDb = openDb(join(workspace, 'demo.db'))
  seedDemoIfEmpty(demoDb)
  const demo = loadScenarioModel(demoDb, 1)!
  demoDb.$client.close()
  const evaluateMs = medianMs(5, () => {
    if (!evaluateModel(demo).ok) throw new Error('demo scenario did not evaluate')
  })
  line('deterministic evaluation of the demo scenario (a year of 30-minute intervals, 3 channels, 4 options: staffing + invoices)', `${fmt(evaluateMs, 0)} ms`)
  const evaluated = evaluateModel(demo)
  if (!evaluated.ok) throw new Error('demo scenario did not evaluate')
  const simulate = (trials: number) => () => simulateRisk(evaluated.staffing, evaluated.evaluation, demo.options, { ...demo.scenario.uncertainty, trials })
  line('Monte Carlo, 1,000 trials of the demo scenario (trials only: the response curves are remembered from the warm-up run)', `${fmt(medianMs(3, simulate(1000)), 0)} ms`)
  line('Monte Carlo, 200 trials of the demo scenario (the live what-if size)', `${fmt(medianMs(3, simulate(200)), 0)} ms`)
  db.$client.close()
} finally {
  rmSync(workspace, { recursive: true, force: true })
}

const des = benchDes()
line(`discrete-event simulation, 100 Erlangs on 105 agents (${fmt(des.contacts / 1e6, 1)} million contacts)`, `${fmt(des.contactsPerSecond / 1e6, 2)} million contacts/s`)

const live = await whatIfLatency()
line(`what-if update of the demo scenario, server time p50 (200 futures, ${live.samples} edits)`, `${fmt(live.p50, 0)} ms`)
line(`what-if update of the demo scenario, server time p95 (200 futures, ${live.samples} edits)`, `${fmt(live.p95, 0)} ms`)
const load = await whatIfThroughput()
line(`what-if updates under ${load.connections} concurrent clients (autocannon, ${load.seconds} s)`, `${fmt(load.requestsPerSecond, 1)} requests/s`)
line('what-if updates under load, latency p50', `${fmt(load.p50, 0)} ms`)
line('what-if updates under load, latency p90', `${fmt(load.p90, 0)} ms`)
line('what-if updates under load, latency p99', `${fmt(load.p99, 0)} ms`)
line('what-if updates under load, errors and non-2xx answers', `${load.errors + load.non2xx} requests`)

line('peak memory (max RSS)', `${fmt(process.resourceUsage().maxRSS / 1024, 1)} MiB`)
