/**
 * Crash test against the real server: many concurrent saves and imports, SIGKILL in the middle,
 * restart on the same file, and check that every acknowledged write is there, nothing is
 * half-written, and SQLite's integrity check passes. Several rounds, each killed at another moment.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ACTIVITY_COLUMNS } from '../../src/schemas/activity.ts'
import { sourcingOptionSchema } from '../../src/schemas/sourcing-option.ts'
import { optionFormValues } from '../../views/options/form-values.ts'
import { startServer, type RunningServer } from './harness.ts'

/** Milliseconds after the burst starts when the server is killed, one per round. */
const KILL_AFTER_MS = [400, 1200, 2500, 4000]
const CLIENTS = 12
/** Each forecast import: two channels of 31 days of 30-minute intervals = 2,976 rows. */
const FORECAST_DAYS = 31
const FORECAST_INTERVALS = FORECAST_DAYS * 48
/** Each activity import: this many consecutive days for one option. */
const ACTIVITY_DAYS = 30

const dir = mkdtempSync(join(tmpdir(), 'shoreline-durability-'))
const dbPath = join(dir, 'workspace.db')
let server: RunningServer | undefined

afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** What the server acknowledged (a 2xx or 3xx came back), per kind of write, to look for after the crash. */
interface Ledger {
  sent: number
  acknowledged: number
  /** Answers that were not a success: the test expects none (a refusal would hide a lost write). */
  refused: string[]
  scenarioClones: number[]
  scenarioRenames: Map<number, string>
  scenarioSaves: Map<number, number>
  optionClones: number[]
  optionSaves: Map<number, string>
  /** Token → acknowledged? for every import sent (acknowledged or not). */
  forecasts: Map<string, boolean>
  activity: Map<string, boolean>
}

const newLedger = (): Ledger => ({
  sent: 0,
  acknowledged: 0,
  refused: [],
  scenarioClones: [],
  scenarioRenames: new Map(),
  scenarioSaves: new Map(),
  optionClones: [],
  optionSaves: new Map(),
  forecasts: new Map(),
  activity: new Map(),
})

const totals = { sent: 0, acknowledged: 0, verified: 0, unacknowledgedButCommitted: 0, rounds: 0 }

describe('SIGKILL in the middle of saves and imports', () => {
  it('keeps every acknowledged write, nothing half-written, integrity ok, across rounds killed at different moments', async () => {
    for (const [round, killAfter] of KILL_AFTER_MS.entries()) {
      server = await startServer(dbPath)
      const base = readBase(dbPath)
      const ledger = newLedger()
      const stopAt = { stopped: false }
      const burst = runBurst(server.baseUrl, base, ledger, round, stopAt)
      await sleep(killAfter)
      stopAt.stopped = true
      await server.kill()
      await burst

      server = await startServer(dbPath)
      const verified = verify(dbPath, ledger)
      await expectAppAnswers(server, ledger)
      await server.stop()

      totals.rounds++
      totals.sent += ledger.sent
      totals.acknowledged += ledger.acknowledged
      totals.verified += verified.acknowledgedFound
      totals.unacknowledgedButCommitted += verified.unacknowledgedFound
      console.log(
        `durability round ${round + 1}: killed after ${killAfter} ms; requests sent ${ledger.sent}, acknowledged ${ledger.acknowledged}, ` +
          `acknowledged writes verified ${verified.acknowledgedFound}/${verified.acknowledgedChecked}, unacknowledged imports found whole ${verified.unacknowledgedFound}, half-written 0, integrity ok`,
      )
      expect(verified.acknowledgedFound).toBe(verified.acknowledgedChecked)
      expect(ledger.refused).toEqual([])
    }
    console.log(
      `durability total: ${totals.rounds} SIGKILLs; requests sent ${totals.sent}, acknowledged ${totals.acknowledged}, acknowledged writes verified after restart ${totals.verified}, lost 0`,
    )
    expect(totals.acknowledged).toBeGreaterThan(0)
  }, 300_000)
})

// ——— The burst ———

interface Base {
  scenarioId: number
  optionId: number
  optionForm: Record<string, string>
  activityOptionId: number
}

/** What the workspace holds to build requests on: the demo's first scenario and option. */
function readBase(path: string): Base {
  const db = new Database(path, { readonly: true })
  try {
    const scenarioId = (db.prepare('select min(id) as id from scenarios').get() as { id: number }).id
    const option = db.prepare('select * from sourcing_options order by id limit 1').get() as { id: number; name: string; kind: string; spec: string; escalates_to_option_id: number | null }
    const parsed = sourcingOptionSchema.parse({ ...JSON.parse(option.spec), name: option.name, kind: option.kind, escalatesToOptionId: option.escalates_to_option_id })
    return { scenarioId, optionId: option.id, optionForm: optionFormValues(parsed), activityOptionId: option.id }
  } finally {
    db.close()
  }
}

/** Activity imports take consecutive spans of days across all rounds, so the workspace's calendar stays a few years long. */
let activitySlot = 0

/** Jobs of four kinds, round-robin, from CLIENTS concurrent clients, until the kill. */
async function runBurst(baseUrl: string, base: Base, ledger: Ledger, round: number, stop: { stopped: boolean }): Promise<void> {
  let next = 0
  const client = async () => {
    while (!stop.stopped) {
      const n = next++
      const token = `r${round}-j${n}`
      const kind = n % 4
      try {
        if (kind === 0) await scenarioJob(baseUrl, base, ledger, token, n)
        else if (kind === 1) await optionJob(baseUrl, base, ledger, token)
        else if (kind === 2) await forecastJob(baseUrl, ledger, token)
        else await activityJob(baseUrl, base, ledger, token, activitySlot++)
      } catch {
        // The server died mid-request: this write is unacknowledged.
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client))
}

/** A POST as a browser sends it from Shoreline's own page; resolves with the response when one came back. */
async function send(baseUrl: string, ledger: Ledger, path: string, body: FormData | URLSearchParams): Promise<Response> {
  ledger.sent++
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', body, redirect: 'manual', headers: { Origin: baseUrl } })
  await res.arrayBuffer()
  if (res.status < 200 || res.status >= 400) {
    ledger.refused.push(`${path.replace(/\d+/g, ':id')} ${res.status}`)
    throw new Error(`${path}: ${res.status}`)
  }
  ledger.acknowledged++
  return res
}

const idIn = (res: Response, pattern: RegExp) => Number(pattern.exec(res.headers.get('location') ?? '')?.[1])

/** Clone the demo scenario, rename the clone, then save a what-if on it. */
async function scenarioJob(baseUrl: string, base: Base, ledger: Ledger, token: string, n: number) {
  const id = idIn(await send(baseUrl, ledger, `/scenarios/${base.scenarioId}/clone`, new URLSearchParams()), /\/scenarios\/(\d+)/)
  ledger.scenarioClones.push(id)
  await send(baseUrl, ledger, `/scenarios/${id}/rename`, new URLSearchParams({ name: token }))
  ledger.scenarioRenames.set(id, token)
  const growthPercent = 1 + (n % 50) / 10
  await send(baseUrl, ledger, `/scenarios/${id}/compare/save`, new URLSearchParams({ growth: String(growthPercent) }))
  ledger.scenarioSaves.set(id, growthPercent / 100)
}

/** Clone the first option, then save the clone's whole form under a new name. */
async function optionJob(baseUrl: string, base: Base, ledger: Ledger, token: string) {
  const id = idIn(await send(baseUrl, ledger, `/options/${base.optionId}/clone`, new URLSearchParams()), /\/options\/(\d+)/)
  ledger.optionClones.push(id)
  await send(baseUrl, ledger, `/options/${id}`, new URLSearchParams({ ...base.optionForm, name: token }))
  ledger.optionSaves.set(id, token)
}

async function forecastJob(baseUrl: string, ledger: Ledger, token: string) {
  const form = new FormData()
  form.set('name', token)
  form.set('file', new File([forecastCsv()], `${token}.csv`, { type: 'text/csv' }))
  ledger.forecasts.set(token, false)
  await send(baseUrl, ledger, '/forecasts/import', form)
  ledger.forecasts.set(token, true)
}

async function activityJob(baseUrl: string, base: Base, ledger: Ledger, token: string, slot: number) {
  const form = new FormData()
  form.set('file', new File([activityCsv(base.activityOptionId, slot)], `${token}.csv`, { type: 'text/csv' }))
  ledger.activity.set(token, false)
  await send(baseUrl, ledger, '/activity/import', form)
  ledger.activity.set(token, true)
}

let cachedForecastCsv: string | undefined
function forecastCsv(): string {
  if (cachedForecastCsv) return cachedForecastCsv
  const lines = ['start,channel,volume,aht_s']
  const start = Date.UTC(2027, 0, 4)
  for (let i = 0; i < FORECAST_INTERVALS; i++) {
    const at = new Date(start + i * 30 * 60_000).toISOString().slice(0, 16)
    lines.push(`${at},voice,${(i % 48) + 0.5},300`, `${at},chat,${i % 17},420`)
  }
  return (cachedForecastCsv = `${lines.join('\n')}\n`)
}

/** ACTIVITY_DAYS days of their own (slot × ACTIVITY_DAYS days after 2040-01-01), so no import replaces another's. */
function activityCsv(optionId: number, slot: number): string {
  const lines = [ACTIVITY_COLUMNS.join(',')]
  const first = Date.UTC(2040, 0, 1) + slot * ACTIVITY_DAYS * 86_400_000
  for (let d = 0; d < ACTIVITY_DAYS; d++) {
    const date = new Date(first + d * 86_400_000).toISOString().slice(0, 10)
    lines.push([optionId, date, 10, 20, 30, 4, 95.5, 2, 12, 8].join(','))
  }
  return `${lines.join('\n')}\n`
}

// ——— After the restart ———

/** Checks the file after restart; returns how many acknowledged writes were looked for and found. */
function verify(path: string, ledger: Ledger): { acknowledgedChecked: number; acknowledgedFound: number; unacknowledgedFound: number } {
  const db = new Database(path, { readonly: true })
  let checked = 0
  let found = 0
  let unacknowledgedFound = 0
  const expectFound = (ok: boolean, what: string) => {
    checked++
    if (ok) found++
    else expect.fail(`acknowledged write lost: ${what}`)
  }
  try {
    // The server's settings under test: write-ahead log (synchronous is per connection; client.test.ts checks NORMAL).
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])

    const scenario = db.prepare('select name, spec from scenarios where id = ?')
    for (const id of ledger.scenarioClones) expectFound(scenario.get(id) !== undefined, `scenario clone ${id}`)
    for (const [id, name] of ledger.scenarioRenames) expectFound((scenario.get(id) as { name: string } | undefined)?.name === name, `scenario ${id} renamed ${name}`)
    for (const [id, growth] of ledger.scenarioSaves) {
      const row = scenario.get(id) as { spec: string } | undefined
      expectFound(row !== undefined && Math.abs((JSON.parse(row.spec) as { growth: { volume: number } }).growth.volume - growth) < 1e-12, `scenario ${id} growth ${growth}`)
    }
    const option = db.prepare('select name from sourcing_options where id = ?')
    for (const id of ledger.optionClones) expectFound(option.get(id) !== undefined, `option clone ${id}`)
    for (const [id, name] of ledger.optionSaves) expectFound((option.get(id) as { name: string } | undefined)?.name === name, `option ${id} saved as ${name}`)

    // Imports: present whole, or absent; never a forecast without its series, never part of a file's days.
    const forecast = db.prepare('select id, interval_count as intervals from forecasts where name = ?')
    const channels = db.prepare('select length(volume) as v, length(aht_seconds) as a from forecast_channels where forecast_id = ?')
    for (const [token, acknowledged] of ledger.forecasts) {
      const row = forecast.get(token) as { id: number; intervals: number } | undefined
      if (row) {
        expect(row.intervals).toBe(FORECAST_INTERVALS)
        expect(channels.all(row.id)).toEqual([
          { v: FORECAST_INTERVALS * 8, a: FORECAST_INTERVALS * 8 },
          { v: FORECAST_INTERVALS * 8, a: FORECAST_INTERVALS * 8 },
        ])
        if (!acknowledged) unacknowledgedFound++
      }
      if (acknowledged) expectFound(row !== undefined, `forecast ${token}`)
    }
    const days = db.prepare('select count(*) as n from activity_days where source = ?')
    for (const [token, acknowledged] of ledger.activity) {
      const n = (days.get(`${token}.csv`) as { n: number }).n
      expect([0, ACTIVITY_DAYS]).toContain(n)
      if (n > 0 && !acknowledged) unacknowledgedFound++
      if (acknowledged) expectFound(n === ACTIVITY_DAYS, `activity ${token}`)
    }
    // Every forecast in the workspace (not only this round's) has whole series.
    expect(db.prepare('select count(*) as n from forecast_channels c join forecasts f on f.id = c.forecast_id where length(c.volume) <> f.interval_count * 8 or length(c.aht_seconds) <> f.interval_count * 8').get()).toEqual({ n: 0 })
    // Every scenario's option links match its spec (written in the same transaction).
    for (const s of db.prepare('select id, spec from scenarios').all() as { id: number; spec: string }[]) {
      const inSpec = [...new Set((JSON.parse(s.spec) as { options: { optionId: number }[] }).options.map((o) => o.optionId))].sort((a, b) => a - b)
      const linked = (db.prepare('select option_id as id from scenario_options where scenario_id = ? order by option_id').all(s.id) as { id: number }[]).map((r) => r.id)
      expect(linked).toEqual(inSpec)
    }
  } finally {
    db.close()
  }
  return { acknowledgedChecked: checked, acknowledgedFound: found, unacknowledgedFound }
}

/** After the restart the app serves pages, including the things saved just before the crash. */
async function expectAppAnswers(running: RunningServer, ledger: Ledger) {
  for (const path of ['/', '/scenarios', '/forecasts', '/options', '/activity']) expect((await fetch(`${running.baseUrl}${path}`)).status, path).toBe(200)
  const saved = [...ledger.scenarioSaves.keys()].at(-1)
  if (saved !== undefined) expect((await fetch(`${running.baseUrl}/scenarios/${saved}`)).status).toBe(200)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
