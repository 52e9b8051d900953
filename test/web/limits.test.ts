/** Every input limit, exceeded: request body size (the app-wide backstop), upload sizes, rows per import, intervals per forecast, trials per simulation, KPI rows per scorecard; each refused with a clear message and nothing written. */
import { describe, expect, it } from 'vitest'
import { runEvaluateCommand } from '../../src/cli/evaluate.ts'
import { exportScenario } from '../../src/db/scenario-file.ts'
import { MAX_FORECAST_INTERVALS } from '../../src/domain/forecast/forecast.ts'
import { COUNT_LIMITS, MAX_FORM_BYTES, UPLOAD_LIMITS } from '../../src/web/limits.ts'
import { dbDigest, demoWorkspace, SAME_ORIGIN } from '../fuzz/harness.ts'

const { db, app } = demoWorkspace()
const n = (x: number) => x.toLocaleString('en-US')
const errorsOf = async (res: Response) => ((await res.json()) as { errors: Record<string, string> }).errors

const post = (path: string, body: RequestInit['body'], headers: Record<string, string> = {}) => Promise.resolve(app.request(path, { method: 'POST', body, headers: { ...SAME_ORIGIN, ...headers } }))
const form = (fields: Record<string, string>) => new URLSearchParams(fields)
const upload = (field: string, text: string, fileName = 'file.csv') => {
  const f = new FormData()
  f.append(field, new File([text], fileName, { type: 'text/csv' }))
  return f
}

/** Every POST route of the app, with :params filled by an existing id. */
const POST_ROUTES = [...new Set(app.routes.filter((r) => r.method === 'POST').map((r) => r.path))].map((p) => p.replace(/:id(\{[^}]*\}+)?/g, '1').replace(/:job(\{[^}]*\}+)?/g, '00000000-0000-0000-0000-000000000000'))

describe('request body size: the backstop on every POST', () => {
  const big = `name=${'x'.repeat(MAX_FORM_BYTES)}`
  const routes = POST_ROUTES.filter((p) => UPLOAD_LIMITS[p] === undefined && !p.includes('*'))

  it('covers every POST route that is not an upload', () => {
    expect(routes.length).toBeGreaterThan(20)
  })

  it.each(routes)('POST %s over 1 MB is refused with 413 and a message, and writes nothing', async (path) => {
    const before = dbDigest(db)
    const res = await post(path, big, { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(413)
    const text = await res.text()
    expect(text).toMatch(path.startsWith('/api/') ? /"body":"is larger than 1 MB/ : /more than (1 MB|256 KB|16 KB|8 KB)/)
    expect(dbDigest(db)).toBe(before)
  })

  it('counts a streamed body with no Content-Length, too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_FORM_BYTES * 2) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const res = await app.request('/options', { method: 'POST', body, headers: { ...SAME_ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' }, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('The request sent more than 1 MB, the most Shoreline accepts here; nothing was saved.')
  })

  it('answers htmx with a notice and the API with JSON', async () => {
    const htmx = await post('/options', big, { 'Content-Type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' })
    expect(htmx.status).toBe(413)
    expect(await htmx.text()).toMatch(/^<p class="notice notice--error">The request sent more than 1 MB/)
    const api = await post('/api/scenarios/1/evaluation', big)
    expect(api.status).toBe(413)
    expect(await api.json()).toEqual({ errors: { body: 'is larger than 1 MB, the most this request takes' } })
  })

  it('lets a form under the limit through', async () => {
    const res = await post('/options/validate', `name=${'x'.repeat(MAX_FORM_BYTES - 100)}`, { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(200)
  })
})

describe('upload size: each upload route refuses beyond its own limit', () => {
  it.each(Object.entries(UPLOAD_LIMITS))('POST %s over %d bytes: 413 naming the limit, before reading the body', async (path, limit) => {
    const before = dbDigest(db)
    // The claimed length is checked before anything is read: no need to send the bytes.
    const res = await post(path, 'x', { 'Content-Length': String(limit + 1), 'Content-Type': path.startsWith('/api/') ? 'application/json' : 'multipart/form-data; boundary=x' })
    expect(res.status).toBe(413)
    expect(await res.text()).toContain(`${limit / 1024 / 1024} MB`)
    expect(dbDigest(db)).toBe(before)
  })

  it('counts a streamed upload with no Content-Length against the route’s limit', async () => {
    const limit = UPLOAD_LIMITS['/activity/import']!
    const chunk = new Uint8Array(256 * 1024).fill(120)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > limit + chunk.length) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const res = await app.request('/activity/import', { method: 'POST', body, headers: { ...SAME_ORIGIN, 'Content-Type': 'multipart/form-data; boundary=x' }, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('is larger than 8 MB')
  })
})

describe('rows per import', () => {
  const grid = (rows: number) => {
    const lines = ['start,channel,volume']
    for (let i = 0; i < rows; i++) lines.push(`${new Date(Date.UTC(2026, 0, 5) + (i % 17_000) * 1_800_000).toISOString().slice(0, 16)},c${Math.floor(i / 17_000)},1`)
    return lines.join('\n')
  }

  it(`a forecast CSV of more than ${n(COUNT_LIMITS.forecastRowsPerImport)} rows is refused naming the limit`, async () => {
    const before = dbDigest(db)
    const res = await post('/forecasts/import', upload('file', grid(COUNT_LIMITS.forecastRowsPerImport + 1)))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(`the file has more than ${n(COUNT_LIMITS.forecastRowsPerImport)} rows, the most one import takes`)
    expect(dbDigest(db)).toBe(before)
  })

  it(`an activity CSV of more than ${n(COUNT_LIMITS.activityRowsPerImport)} rows is refused naming the limit`, async () => {
    const before = dbDigest(db)
    const lines = ['option,date,tickets_created,tickets_solved,inbound_calls,outbound_calls,call_minutes,voicemails,chats,paid_hours']
    for (let i = 0; i <= COUNT_LIMITS.activityRowsPerImport; i++) lines.push('1,2026-01-05,1,1,1,1,1,1,1,8')
    const res = await post('/activity/import', upload('file', lines.join('\n')))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(`more than ${n(COUNT_LIMITS.activityRowsPerImport)} rows; at most ${n(COUNT_LIMITS.activityRowsPerImport)}: split it by month`)
    expect(dbDigest(db)).toBe(before)
  })
})

describe('KPI rows per scorecard', () => {
  const rows = COUNT_LIMITS.kpiRowsPerScorecard + 1
  it(`a CSV of more than ${n(COUNT_LIMITS.kpiRowsPerScorecard)} rows is refused by the API naming the limit`, async () => {
    const lines = ['partner,period,kpi,value']
    for (let i = 0; i < rows; i++) lines.push(`P${i},2026-01,csat,0.8`)
    const res = await post('/api/scorecards/compare', lines.join('\n'), { 'Content-Type': 'text/csv' })
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toContain(`more than ${n(COUNT_LIMITS.kpiRowsPerScorecard)} data rows`)
  })

  it(`a JSON body of more than ${n(COUNT_LIMITS.kpiRowsPerScorecard)} rows is refused naming the limit`, async () => {
    const body = JSON.stringify({ rows: Array.from({ length: rows }, (_, i) => ({ partner: `P${i}`, period: '2026-01', kpi: 'csat', value: 0.8 })) })
    const res = await post('/api/scorecards/compare', body, { 'Content-Type': 'application/json' })
    expect(res.status).toBe(422)
    expect((await errorsOf(res)).rows).toBe(`there are ${n(rows)} rows; at most ${n(COUNT_LIMITS.kpiRowsPerScorecard)}`)
  })
})

describe('intervals per forecast', () => {
  it(`a CSV spanning more than ${n(MAX_FORECAST_INTERVALS)} intervals is refused naming the limit`, async () => {
    const csv = 'start,channel,volume\n2026-01-05T00:00,voice,1\n2026-01-05T00:15,voice,1\n2027-01-07T00:00,voice,1\n'
    const res = await post('/forecasts/import', upload('file', csv))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(`at most ${n(MAX_FORECAST_INTERVALS)} (a year of 15-minute intervals)`)
  })

  it('generating 53 weeks of 15-minute intervals is refused beside the weeks field', async () => {
    const fields = { name: 'Too long', startDate: '2026-01-05', weeks: '53', intervalMinutes: '15', weekendSharePercent: '10', 'voice.volume': '1000', 'voice.per': 'week', 'voice.ahtSeconds': '300', 'voice.kind': 'voice' }
    const res = await post('/forecasts/generate', form(fields), { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('must be at most 52 with 15-minute intervals (a forecast holds at most a year of them)')
  })

  it('a scenario file with more intervals is refused by the API naming the field', async () => {
    const file = exportScenario(db, 1, '2026-01-01T00:00:00Z')!
    const res = await post('/api/scenarios/evaluate', JSON.stringify({ ...file, forecast: { ...file.forecast, intervalCount: MAX_FORECAST_INTERVALS + 1 } }), { 'Content-Type': 'application/json' })
    expect(res.status).toBe(422)
    expect((await errorsOf(res))['forecast.intervalCount']).toBeDefined()
  })
})

describe('trials per simulation', () => {
  it(`the API refuses more than ${n(COUNT_LIMITS.trialsPerApiRequest)} trials, naming the parameter`, async () => {
    const res = await app.request(`/api/scenarios/1/evaluation?trials=${COUNT_LIMITS.trialsPerApiRequest + 1}`)
    expect(res.status).toBe(422)
    expect((await errorsOf(res)).trials).toBe(`must be at most ${n(COUNT_LIMITS.trialsPerApiRequest)}`)
  })

  it(`the live what-if refuses more than ${n(COUNT_LIMITS.trialsPerLiveWhatIf)} futures beside the field`, async () => {
    const res = await app.request(`/scenarios/1/compare/results?trials=${COUNT_LIMITS.trialsPerLiveWhatIf + 1}`, { headers: { 'HX-Request': 'true' } })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(`Futures simulated must be from 100 to ${n(COUNT_LIMITS.trialsPerLiveWhatIf)}.`)
  })

  it(`a full run refuses more than ${n(COUNT_LIMITS.trialsPerFullRun)} futures beside the field`, async () => {
    const res = await post('/scenarios/1/simulations', form({ trials: String(COUNT_LIMITS.trialsPerFullRun + 1) }), { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(`Futures to simulate must be at most ${n(COUNT_LIMITS.trialsPerFullRun)}.`)
  })

  it(`the CLI refuses more than ${n(COUNT_LIMITS.trialsPerFullRun)} trials with exit code 2`, () => {
    const file = JSON.stringify(exportScenario(db, 1, '2026-01-01T00:00:00Z'))
    const result = runEvaluateCommand(['s.json', '--trials', String(COUNT_LIMITS.trialsPerFullRun + 1)], () => file)
    expect(result.code).toBe(2)
    expect(result.err).toBe(`--trials must be at most ${n(COUNT_LIMITS.trialsPerFullRun)}\n`)
  })
})
