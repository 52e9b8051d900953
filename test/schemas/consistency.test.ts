/**
 * One validation layer: the same bad values sent to a form route, the JSON API and the CLI (spawned as a person
 * runs it) are refused with the same message text; forms answer 422 beside the field, the API 422 (400 for a body
 * that is not JSON) naming the field, the CLI exits 2 naming the flag or the place in the file.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportScenario } from '../../src/db/scenario-file.ts'
import { demoWorkspace, SAME_ORIGIN, smallScenarioFile } from '../fuzz/harness.ts'

const { db, app } = demoWorkspace()
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'shoreline-consistency-'))

/** The CLI as a person runs it: a new node process, its exit code and both streams. */
function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err })
    })
  })
}

const file = (name: string, content: unknown) => {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

/** What hono/jsx writes for a message inside a page. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
const errorsOf = async (res: Response) => ((await res.json()) as { errors: Record<string, string> }).errors

/** Every CLI run the tests need, started at once (each costs a node start-up) and awaited where used. */
const runs: Record<string, Promise<{ code: number; out: string; err: string }>> = {}
let badScenario: unknown
let newerScenario: unknown

beforeAll(() => {
  const base = smallScenarioFile(db, 7)
  badScenario = {
    ...base,
    scenario: { ...base.scenario, name: '   ' },
    options: base.options.map((o, i) => (i === 0 ? { ...o, option: { ...o.option, shrinkage: 1.5 } } : o)),
  }
  newerScenario = { ...base, version: 99 }
  const good = file('good.json', exportScenario(db, 1, '2026-01-01T00:00:00Z'))
  runs.staffing1 = cli('staffing', '--calls', 'abc', '--interval', '30', '--aht', '0', '--answer-within', '20', '--target-sl', '0.8')
  runs.staffing2 = cli('staffing', '--calls', '0x10', '--interval', '90.5', '--aht', 'Infinity', '--answer-within', '20', '--target-sl', '0.8')
  runs.badScenario = cli('evaluate', file('bad.json', badScenario), '--json')
  runs.newerScenario = cli('evaluate', file('newer.json', newerScenario), '--json')
  runs.notJson = cli('evaluate', file('not-json.json', '{"format": '), '--json')
  for (const t of ['0', 'abc', '2.5']) runs[`trials ${t}`] = cli('evaluate', good, '--trials', t)
  runs.scorecard = cli('scorecard', file('bad.csv', 'partner,period,kpi,value\nA,2026-13,csat,0.8\nB,2026-01,bogus,0.8\nC,2026-01,csat,abc\n'), '--json')
  runs.alpha = cli('scorecard', file('ok.csv', 'partner,period,kpi,value,sample_size\nA,2026-01,csat,0.8,100\nB,2026-01,csat,0.7,100\n'), '--alpha', '0.9')
})

describe('the staffing question: /staffing form and cli staffing', () => {
  it.each([
    ['staffing1', { contacts: 'abc', intervalSeconds: '30', ahtSeconds: '0' }, { '--calls': 'must be a number', '--interval': 'must be at least 60', '--aht': 'must be more than 0' }],
    ['staffing2', { contacts: '0x10', intervalSeconds: '90.5', ahtSeconds: 'Infinity' }, { '--calls': 'must be a number', '--interval': 'must be a whole number', '--aht': 'must be a finite number' }],
  ] as const)('%s: the same messages beside the fields (422) and after the flags (exit 2)', async (run, fields, messages) => {
    const res = await app.request(`/staffing?${new URLSearchParams({ ...fields, answerWithinSeconds: '20', targetServiceLevelPercent: '80' })}`)
    expect(res.status).toBe(422)
    const page = await res.text()
    const result = await runs[run]!
    expect(result.code).toBe(2)
    for (const [flag, message] of Object.entries(messages)) {
      expect(page).toContain(html(message))
      expect(result.err).toContain(`${flag} ${message}\n`)
    }
  })
})

describe('a scenario file: POST /api/scenarios/evaluate, the /scenarios/import form and cli evaluate', () => {
  const upload = (content: string) => {
    const form = new FormData()
    form.append('file', new File([content], 'scenario.json', { type: 'application/json' }))
    return app.request('/scenarios/import', { method: 'POST', body: form, headers: { ...SAME_ORIGIN } })
  }

  it('field problems: the API names each field (422), the form says where in the file (422), the CLI prints file: field message (exit 2)', async () => {
    const api = await app.request('/api/scenarios/evaluate', { method: 'POST', body: JSON.stringify(badScenario), headers: { 'Content-Type': 'application/json' } })
    expect(api.status).toBe(422)
    const errors = await errorsOf(api)
    expect(errors['scenario.name']).toBe('is required')
    expect(errors['options.0.option.shrinkage']).toBe('must be less than 1')
    const form = await upload(JSON.stringify(badScenario))
    expect(form.status).toBe(422)
    const page = await form.text()
    const result = await runs.badScenario!
    expect(result.code).toBe(2)
    for (const [field, message] of Object.entries(errors)) {
      expect(page).toContain(html(`In the file at ${field}: ${message}.`))
      expect(result.err).toMatch(new RegExp(`bad\\.json: ${field.replace(/\./g, '\\.')} ${message}\\n`))
    }
  })

  it('a file from a newer Shoreline: one message about the version everywhere', async () => {
    const api = await app.request('/api/scenarios/evaluate', { method: 'POST', body: JSON.stringify(newerScenario), headers: { 'Content-Type': 'application/json' } })
    expect(api.status).toBe(422)
    const message = (await errorsOf(api)).file!
    expect(message).toBe('the file was written by a newer Shoreline (file version 99); this one reads version 1')
    expect(await (await upload(JSON.stringify(newerScenario))).text()).toContain(html(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`))
    const result = await runs.newerScenario!
    expect(result.code).toBe(2)
    expect(result.err).toContain(`newer.json: file ${message}\n`)
  })

  it('text that is not JSON: API 400, form 422, CLI exit 2, each saying it is not JSON', async () => {
    const api = await app.request('/api/scenarios/evaluate', { method: 'POST', body: '{"format": ', headers: { 'Content-Type': 'application/json' } })
    expect(api.status).toBe(400)
    expect((await errorsOf(api)).body).toBe('is not valid JSON')
    const form = await upload('{"format": ')
    expect(form.status).toBe(422)
    expect(await form.text()).toContain('is not a JSON file')
    const result = await runs.notJson!
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/not-json\.json: not valid JSON/)
  })
})

describe('trials: the API query, the full-run form and cli evaluate --trials', () => {
  it.each([
    ['0', 'must be at least 1'],
    ['abc', 'must be a number'],
    ['2.5', 'must be a whole number'],
  ])('%s is refused with “%s” everywhere', async (trials, message) => {
    const api = await app.request(`/api/scenarios/1/evaluation?trials=${trials}`)
    expect(api.status).toBe(422)
    expect((await errorsOf(api)).trials).toBe(message)
    const form = await app.request('/scenarios/1/simulations', { method: 'POST', body: new URLSearchParams({ trials }), headers: { ...SAME_ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(form.status).toBe(422)
    expect(await form.text()).toContain(`Futures to simulate ${message}.`)
    const result = await runs[`trials ${trials}`]!
    expect(result.code).toBe(2)
    expect(result.err).toBe(`--trials ${message}\n`)
  })
})

describe('scorecards: POST /api/scorecards/compare and cli scorecard', () => {
  it('bad rows: the same message per line and column (API 422, CLI exit 2)', async () => {
    const api = await app.request('/api/scorecards/compare', { method: 'POST', body: 'partner,period,kpi,value\nA,2026-13,csat,0.8\nB,2026-01,bogus,0.8\nC,2026-01,csat,abc\n', headers: { 'Content-Type': 'text/csv' } })
    expect(api.status).toBe(422)
    const errors = await errorsOf(api)
    expect(Object.keys(errors)).toEqual(['line 2, column period', 'line 3, column kpi', 'line 4, column value'])
    expect(errors['line 4, column value']).toBe('must be a number')
    const result = await runs.scorecard!
    expect(result.code).toBe(2)
    for (const [where, message] of Object.entries(errors)) expect(result.err).toContain(`bad.csv: ${where}: ${message}\n`)
  })

  it('alpha out of range: the same message (API 422 naming alpha, CLI exit 2 naming --alpha)', async () => {
    const api = await app.request('/api/scorecards/compare?alpha=0.9', { method: 'POST', body: 'partner,period,kpi,value,sample_size\nA,2026-01,csat,0.8,100\nB,2026-01,csat,0.7,100\n', headers: { 'Content-Type': 'text/csv' } })
    expect(api.status).toBe(422)
    const message = (await errorsOf(api)).alpha!
    expect(message).toBe('must be at most 0.5')
    const result = await runs.alpha!
    expect(result.code).toBe(2)
    expect(result.err).toBe(`--alpha ${message}\n`)
  })
})
