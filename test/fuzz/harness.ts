/** Shared machinery of the fuzz suite: an in-process workspace, bounded requests, tallies of cases and server errors, and the printed counts. */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { exportScenario, importScenario } from '../../src/db/scenario-file.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import type { ScenarioFile } from '../../src/schemas/scenario-file.ts'
import { createApp } from '../../src/web/app.ts'
import { rowCounts, tableNames } from '../db/helpers.ts'

export { rowCounts }

/** The origin app.request() uses; same-origin headers as a browser sends them on a form post. */
export const ORIGIN = 'http://localhost'
export const SAME_ORIGIN = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' } as const

/** Every surface the suite fuzzes, one test file each; the total line says how many have reported. */
export const SURFACES = [
  'forecast-csv',
  'scenario-json',
  'api-evaluate',
  'activity-csv',
  'scorecard-csv',
  'staffing-query',
  'what-if',
  'form-posts',
  'route-ids',
] as const
export type Surface = (typeof SURFACES)[number]

/** One request may take this long at most: anything slower is a hang as far as a person is concerned. */
export const REQUEST_BUDGET_MS = 15_000

export interface Workspace {
  db: Db
  app: ReturnType<typeof createApp>
}

/** A fresh in-memory workspace with the demo loaded, and the app around it. */
export function demoWorkspace(): Workspace {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  return { db, app: createApp({ db }) }
}

/**
 * The demo scenario cut to its first two weeks: the same options, channels and
 * staffing modes, but a comparison costs tens of milliseconds instead of half a
 * second, so hundreds of fuzz cases fit in the time budget.
 */
export function smallScenarioFile(db: Db, days = 14): ScenarioFile {
  const file = exportScenario(db, 1, '2026-01-01T00:00:00.000Z')!
  const perDay = (24 * 60) / file.forecast.intervalMinutes
  const count = days * perDay
  return {
    ...file,
    forecast: {
      ...file.forecast,
      name: 'Two demo weeks',
      intervalCount: count,
      channels: file.forecast.channels.map((c) => ({ ...c, volume: c.volume.slice(0, count), ahtSeconds: c.ahtSeconds.slice(0, count) })),
    },
  }
}

/** Imports the two-week demo scenario into `db` and returns its id. */
export function addSmallScenario(db: Db): number {
  const result = importScenario(db, smallScenarioFile(db))
  if (!result.ok) throw new Error(`the small scenario did not import: ${JSON.stringify(result.errors)}`)
  return result.scenarioId
}

/**
 * A digest of every application table's rows (blobs by length only, to stay cheap):
 * equal digests before and after a refused request prove it wrote nothing, updates included.
 */
export function dbDigest(db: Db): string {
  const hash = createHash('sha256')
  for (const name of tableNames(db)) {
    const rows = db.$client.prepare(`select * from "${name}" order by rowid`).raw().all() as unknown[][]
    hash.update(name)
    for (const row of rows) hash.update(JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? `blob:${v.length}` : typeof v === 'bigint' ? String(v) : v))))
  }
  return hash.digest('hex')
}

/** Resolves what `work` resolves, or rejects once `ms` pass: a request that never answers fails the property instead of the run. */
export async function bounded<T>(work: Promise<T> | T, what: string, ms = REQUEST_BUDGET_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const started = performance.now()
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what}`)), ms)
  })
  try {
    const result = await Promise.race([Promise.resolve(work), timeout])
    // Synchronous work cannot be interrupted by the timer; measure it instead.
    const took = performance.now() - started
    if (took > ms) throw new Error(`took ${Math.round(took)} ms (budget ${ms} ms): ${what}`)
    return result
  } finally {
    clearTimeout(timer)
  }
}

/** Unhandled rejections anywhere in this file's worker are failures of the surface being fuzzed. */
const unhandled: unknown[] = []
process.on('unhandledRejection', (reason) => unhandled.push(reason))

/**
 * Counts the cases a surface tried and the server errors it met; prints one line
 * in afterAll (`fuzz forecast-csv: 2,000 cases, 0 server errors`), then the total
 * over every surface that has reported in this run.
 */
export class Tally {
  cases = 0
  serverErrors = 0
  readonly failures: string[] = []
  /** Answers by status, so the printed line shows the fuzz reached both acceptance and refusal. */
  readonly statuses = new Map<number, number>()

  constructor(
    readonly surface: Surface,
    readonly ws?: Workspace,
  ) {
    afterAll(() => {
      const byStatus = [...this.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')
      const line = `fuzz ${surface}: ${this.cases.toLocaleString('en-US')} cases, ${this.serverErrors.toLocaleString('en-US')} server errors${byStatus ? ` (HTTP ${byStatus})` : ''}`
      console.log(line)
      console.log(recordAndTotal(surface, this.cases, this.serverErrors))
      expect(unhandled, 'unhandled rejections').toEqual([])
    })
  }

  /** Counts one direct parser call (no HTTP involved). */
  count(n = 1): void {
    this.cases += n
  }

  /** Sends a request to the workspace's app, bounded in time; counts it, and counts and remembers a 5xx. */
  async send(path: string, init: RequestInit = {}, app = this.ws?.app): Promise<Response> {
    if (!app) throw new Error('Tally.send needs a workspace')
    const what = `${init.method ?? 'GET'} ${path.slice(0, 200)}`
    const res = await bounded(
      (async () => {
        const r = await app.request(path, init)
        // Read the body inside the budget: a response that streams forever is a hang too.
        const body = await r.arrayBuffer()
        return new Response(r.status === 204 || r.status === 304 ? null : body, { status: r.status, headers: r.headers })
      })(),
      what,
    )
    this.cases++
    this.statuses.set(res.status, (this.statuses.get(res.status) ?? 0) + 1)
    if (res.status >= 500) {
      this.serverErrors++
      this.failures.push(`${what} → ${res.status}`)
    }
    return res
  }

  /** Sends, then fails the property on a 5xx, naming the request. */
  async expectNoServerError(path: string, init: RequestInit = {}): Promise<Response> {
    const res = await this.send(path, init)
    expect(res.status, `${init.method ?? 'GET'} ${path.slice(0, 200)}`).toBeLessThan(500)
    return res
  }
}

/** A same-origin multipart upload of one file field (plus extra text fields). */
export function uploadInit(field: string, bytes: Uint8Array | string, fileName: string, extra: Record<string, string> = {}): RequestInit {
  const form = new FormData()
  form.append(field, new File([bytes], fileName, { type: 'text/csv' }))
  for (const [k, v] of Object.entries(extra)) form.append(k, v)
  return { method: 'POST', body: form, headers: { ...SAME_ORIGIN } }
}

/** A same-origin urlencoded form post; repeated names come from array values. */
export function formInit(fields: Record<string, string | string[]>, headers: Record<string, string> = {}): RequestInit {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one)
  return { method: 'POST', body, headers: { ...SAME_ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...headers } }
}

/**
 * Each worker writes its surface's counts where the others can read them (a folder
 * per vitest run, keyed by the parent process), then prints the sum of what is there:
 * the last surface to finish prints the whole suite's total.
 */
function recordAndTotal(surface: Surface, cases: number, serverErrors: number): string {
  const dir = join(tmpdir(), `shoreline-fuzz-${process.ppid}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${surface}.json`), JSON.stringify({ cases, serverErrors }))
  let total = 0
  let errors = 0
  const seen: string[] = []
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue
    const r = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cases: number; serverErrors: number }
    total += r.cases
    errors += r.serverErrors
    seen.push(f.replace(/\.json$/, ''))
  }
  return `fuzz total (${seen.length} of ${SURFACES.length} surfaces so far): ${total.toLocaleString('en-US')} cases, ${errors.toLocaleString('en-US')} server errors`
}
