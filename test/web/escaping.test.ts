/**
 * Output escaping everywhere: `<script>alert(1)</script>`, quotes, ampersands and `</textarea>` put into every
 * user text field that reaches a page (forecast, channel, option, scenario, KPI and file names, through the real
 * routes), then every page that shows them is read: the escaped form is there, the raw one never, and no page
 * carries inline script, inline event handlers or style attributes. Download headers carry only safe file names.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { listForecasts } from '../../src/db/forecasts.ts'
import { listScenarios } from '../../src/db/scenarios.ts'
import { listOptions } from '../../src/db/sourcing-options.ts'
import { formsOf } from '../fuzz/forms.ts'
import { demoWorkspace, SAME_ORIGIN, smallScenarioFile } from '../fuzz/harness.ts'

const { db, app } = demoWorkspace()

const SCRIPT = '<script>alert(1)</script>'
const QUOTES = `"quotes" 'single' & ampersands`
const TEXTAREA = '</textarea>'
/** Names up to 80 characters carry all three; channel names (40 at most) carry two each. */
const LONG = `${SCRIPT}${QUOTES}${TEXTAREA}`
const CHANNEL_A = `${SCRIPT}&"'`
const CHANNEL_B = `${TEXTAREA}${QUOTES}`.slice(0, 40)
const CHANNEL_C = `${SCRIPT}${TEXTAREA}`

/** What hono/jsx writes for each: every <, >, ", ' and & escaped. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const post = (path: string, body: FormData | URLSearchParams) => Promise.resolve(app.request(path, { method: 'POST', body, headers: { ...SAME_ORIGIN } }))
const upload = (path: string, text: string, fileName: string, extra: Record<string, string> = {}) => {
  const form = new FormData()
  form.append('file', new File([text], fileName, { type: 'text/csv' }))
  for (const [k, v] of Object.entries(extra)) form.append(k, v)
  return post(path, form)
}

/** Replaces channel names (as values and as keys) throughout a scenario file; `kind` fields keep their meaning. */
function renameChannels(value: unknown, names: Record<string, string>, key?: string): unknown {
  if (typeof value === 'string') return key !== 'kind' && names[value] !== undefined ? names[value] : value
  if (Array.isArray(value)) return value.map((v) => renameChannels(v, names))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [names[k] ?? k, renameChannels(v, names, k)]))
  return value
}

let scenarioId = 0
let forecastId = 0
const ids: { options: number[] } = { options: [] }

beforeAll(async () => {
  // A scenario file: forecast, channel, option and scenario names all hostile (the two-week demo keeps pages quick).
  const base = smallScenarioFile(db)
  const file = renameChannels(
    {
      ...base,
      forecast: { ...base.forecast, name: LONG, source: LONG },
      options: base.options.map((o, i) => ({ ...o, option: { ...o.option, name: `${LONG} ${i}` } })),
      scenario: { ...base.scenario, name: LONG },
    },
    { voice: CHANNEL_A, chat: CHANNEL_B, email: CHANNEL_C },
  )
  const form = new FormData()
  form.append('file', new File([JSON.stringify(file)], `${LONG}.json`, { type: 'application/json' }))
  const imported = await post('/scenarios/import', form)
  expect(imported.status).toBe(303)
  scenarioId = Number(/\/scenarios\/(\d+)/.exec(imported.headers.get('location')!)![1])
  forecastId = listScenarios(db).find((s) => s.id === scenarioId)!.forecastId
  ids.options = listOptions(db).filter((o) => o.name.startsWith(SCRIPT)).map((o) => o.id)

  // A forecast CSV: hostile forecast name, channel names and file name, through the import form.
  const csv = ['start,channel,volume', ...[0, 1, 2, 3].flatMap((i) => [CHANNEL_A, CHANNEL_B].map((c) => `2026-01-05T0${i}:00,"${c.replace(/"/g, '""')}",${10 + i}`))].join('\n')
  expect((await upload('/forecasts/import', csv, `${LONG}.csv`, { name: LONG })).status).toBe(303)
  // Renames through the rename forms.
  const demoForecast = listForecasts(db).find((f) => f.id === 1)!
  expect((await post(`/forecasts/${demoForecast.id}/rename`, new URLSearchParams({ name: `${LONG} renamed` }))).status).toBe(303)
  expect((await post('/scenarios/1/rename', new URLSearchParams({ name: `${LONG} renamed` }))).status).toBe(303)

  // An option through its own form, with a hostile name and an extra channel.
  const optionForm = formsOf(await (await app.request('/options/2/edit')).text()).find((f) => f.action === '/options/2')!
  const fields = new URLSearchParams(optionForm.fields.map(([k, v]): [string, string] => [k, k === 'name' ? `${LONG} form` : v]))
  const saved = await post('/options', fields)
  expect(saved.status).toBe(303)

  // Activity imported from a file with a hostile name (the page lists where data came from).
  const activity = ['option,date,tickets_created,tickets_solved,inbound_calls,outbound_calls,call_minutes,voicemails,chats,paid_hours', `${ids.options[0]},2026-01-05,1,1,1,1,1,1,1,8`].join('\n')
  expect((await upload('/activity/import', activity, `${LONG}.csv`)).status).toBe(303)

  // Scorecards: a KPI with hostile name, definition and unit, and values for the hostile partners from a hostile file name.
  const catalogue = formsOf(await (await app.request('/scorecards/catalogue')).text()).find((f) => f.action === '/scorecards/kpis')
  if (catalogue) {
    const kpi = new URLSearchParams(catalogue.fields)
    kpi.set('id', 'hostile-kpi')
    kpi.set('name', LONG)
    kpi.set('definition', LONG)
    kpi.set('unit', CHANNEL_A)
    kpi.set('kind', 'mean')
    kpi.set('min', '0')
    kpi.set('max', '100')
    kpi.set('default_target', '50')
    expect((await post('/scorecards/kpis', kpi)).status).toBe(303)
    const months = ['2026-08', '2026-09', '2026-10']
    const rows = ['partner,period,kpi,value,sample_size,sd', ...ids.options.flatMap((id) => months.flatMap((p) => [`${id},${p},hostile-kpi,40,100,5`, `${id},${p},csat,0.8,100,`]))]
    expect((await upload('/scorecards/import', rows.join('\n'), `${LONG}.csv`)).status).toBe(303)
  }
}, 60_000)

/** Every page that shows the hostile names. */
const pages = () => [
  '/forecasts',
  `/forecasts/${forecastId}`,
  '/forecasts/1',
  '/options',
  `/options/${ids.options[0]}/edit`,
  '/scenarios',
  `/scenarios/${scenarioId}`,
  `/scenarios/${scenarioId}/edit`,
  `/scenarios/${scenarioId}/rename`,
  `/scenarios/${scenarioId}/delete`,
  `/scenarios/${scenarioId}/compare`,
  `/scenarios/${scenarioId}/compare/flip`,
  `/scenarios/${scenarioId}/compare/sensitivity`,
  `/scenarios/${scenarioId}/report`,
  `/scenarios/${scenarioId}/simulations`,
  `/scenarios/versus?a=1&b=${scenarioId}`,
  '/scenarios/1',
  '/activity',
  '/activity?by=day&month=2026-01',
  '/scorecards',
  '/scorecards/data',
  '/scorecards/catalogue',
  '/scorecards/reports',
  '/workspace',
]

describe('hostile text in every field is escaped on every page', () => {
  it('the hostile records exist (the set-up went through the real routes)', () => {
    expect(scenarioId).toBeGreaterThan(1)
    expect(ids.options.length).toBeGreaterThan(1)
  })

  it.each(pages().map((p, i) => [i, p]))('page %i: %s shows the escaped text and never the raw one', async (i) => {
    const path = pages()[i as number]!
    const res = await app.request(path)
    expect(res.status, path).toBeLessThan(500)
    if (res.status === 404) return
    const html = await res.text()
    // Booleans, not toContain: a failure should name the page, not print it.
    expect(html.includes(SCRIPT), `raw ${SCRIPT} on ${path}`).toBe(false)
    expect(html.includes('<script>alert(1)'), `raw <script>alert(1) on ${path}`).toBe(false)
    expect(html.includes(`${TEXTAREA}${QUOTES}`), `raw ${TEXTAREA} on ${path}`).toBe(false)
    expect(html.includes(QUOTES), `raw quotes on ${path}`).toBe(false)
    if (path !== '/workspace') expect(html.includes(escaped(SCRIPT)), `escaped text on ${path}`).toBe(true)
  })

  it('the forecast, option and scenario names show escaped where they are listed', async () => {
    for (const [path, text] of [
      ['/forecasts', escaped(LONG)],
      ['/options', escaped(`${LONG} form`)],
      ['/scenarios', escaped(`${LONG} renamed`)],
      [`/forecasts/${forecastId}`, escaped(CHANNEL_A)],
      [`/scenarios/${scenarioId}/compare`, escaped(CHANNEL_B)],
    ] as const) {
      expect((await (await app.request(path)).text()).includes(text), `${text} on ${path}`).toBe(true)
    }
  })

  it('htmx fragments escape too (coverage, compare results, forecast heatmap, scenario name)', async () => {
    for (const path of [`/scenarios/${scenarioId}/coverage`, `/scenarios/${scenarioId}/compare/results?growth=1`, `/forecasts/${forecastId}/heatmap?channel=${encodeURIComponent(CHANNEL_A)}`, `/scenarios/${scenarioId}/name`]) {
      const html = await (await app.request(path, { headers: { 'HX-Request': 'true' } })).text()
      expect(html.includes(SCRIPT), `raw on ${path}`).toBe(false)
      expect(html.includes(escaped(SCRIPT)), `escaped on ${path}`).toBe(true)
    }
  })

  it('text typed into a query string is escaped where it is echoed', async () => {
    for (const path of [`/forecasts/${forecastId}?channel=${encodeURIComponent(LONG)}`, `/staffing?contacts=${encodeURIComponent(LONG)}`, `/scenarios/versus?a=${encodeURIComponent(LONG)}&b=1`, `/options?saved=${encodeURIComponent(LONG)}`, `/forecasts?deleted=${encodeURIComponent(LONG)}`]) {
      const html = await (await app.request(path)).text()
      expect(html.includes(SCRIPT), `raw on ${path}`).toBe(false)
    }
  })
})

describe('no inline script or style on any page', () => {
  it.each(pages().map((p, i) => [i, p]))('page %i: %s has only <script src>, no on…= handlers, no style attributes or blocks', async (i) => {
    const path = pages()[i as number]!
    const html = await (await app.request(path)).text()
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [], path).toEqual([])
    expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], path).toEqual([])
    expect(html.match(/<[a-z][^>]*\sstyle\s*=/gi) ?? [], path).toEqual([])
    expect(html.match(/<style[\s>]/gi) ?? [], path).toEqual([])
  })
})

describe('downloads name their files safely', () => {
  it.each([
    () => `/scenarios/${scenarioId}/compare.csv`,
    () => `/scenarios/${scenarioId}/compare.xlsx`,
    () => `/scenarios/${scenarioId}/export.json`,
    () => `/scenarios/versus.csv?a=1&b=${scenarioId}`,
  ])('%s: Content-Disposition holds only letters, digits, dots, dashes and underscores', async (path) => {
    const res = await app.request(path())
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/)
  })
})
