/**
 * The scenarios area through HTTP, in-process: list, staffing page and its coverage
 * fragment, the form (create, edit, redraw, 422s), clone, rename, delete, export,
 * import, 404s, escaping and cross-site refusal, each on a fresh seeded workspace.
 */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { loadForecast } from '../../src/db/forecasts.ts'
import { exportScenario } from '../../src/db/scenario-file.ts'
import { createScenario, getScenario, listScenarios } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createOption, getOption, listOptions } from '../../src/db/sourcing-options.ts'
import { coverageSummary } from '../../src/domain/scenario/coverage-summary.ts'
import { planScenarioStaffing } from '../../src/domain/scenario/staffing-plan.ts'
import { createApp } from '../../src/web/app.ts'
import { formatCount, formatPercent } from '../../views/format.ts'
import { FIELD, errorId } from '../../views/scenarios/form-values.ts'
import { COVERAGE_ID, FORM_ID, NAME_ID } from '../../views/scenarios/ids.ts'
import { rowCounts } from '../db/helpers.ts'
import { expectPage } from './helpers.ts'

const ORIGIN = 'http://localhost'

function workspace() {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const app = createApp({ db })
  const optionId = (prefix: string) => listOptions(db).find((o) => o.name.startsWith(prefix))!.id
  const get = (path: string, htmx = false) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))
  /** A same-origin form post, as a browser sends it. */
  const post = (path: string, fields: Array<[string, string]> = [], htmx = false) =>
    Promise.resolve(
      app.request(path, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...(htmx ? { 'HX-Request': 'true' } : {}) },
      }),
    )
  const upload = (content: string | Uint8Array<ArrayBuffer>, name = 'scenario.json') => {
    const form = new FormData()
    form.append('file', new File([content], name, { type: 'application/json' }))
    return Promise.resolve(app.request('/scenarios/import', { method: 'POST', body: form, headers: { Origin: ORIGIN } }))
  }
  return { db, app, get, post, upload, optionId }
}

/** What a browser would submit for the scenario form in `html` (without pressing any button). */
function formFields(html: string): Array<[string, string]> {
  const { document } = parseHTML(html)
  const form = document.getElementById(FORM_ID)
  if (!form) throw new Error('no scenario form in the page')
  const fields: Array<[string, string]> = []
  for (const el of form.querySelectorAll('input, select')) {
    const name = el.getAttribute('name')
    if (!name) continue
    if (el.tagName === 'SELECT') {
      const options = [...el.querySelectorAll('option')]
      const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[0]
      fields.push([name, chosen?.getAttribute('value') ?? ''])
      continue
    }
    const type = el.getAttribute('type') ?? 'text'
    if (type === 'submit' || type === 'button') continue
    if ((type === 'checkbox' || type === 'radio') && !el.hasAttribute('checked')) continue
    fields.push([name, el.getAttribute('value') ?? 'on'])
  }
  return fields
}

/** `fields` with `name` set to `value` (added when absent); null removes it. */
function withField(fields: Array<[string, string]>, name: string, value: string | null): Array<[string, string]> {
  const rest = fields.filter(([n]) => n !== name)
  return value === null ? rest : [...rest, [name, value]]
}

/** The form drawn for a forecast and options, as the "Show its channels" button draws it. */
async function drawnForm(w: ReturnType<typeof workspace>, optionIds: number[], extra: Array<[string, string]> = []) {
  const blank = formFields(await (await w.get('/scenarios/new')).text())
  const res = await w.post('/scenarios', [
    ...withField(withField(blank, FIELD.name, 'Two partners'), FIELD.forecastId, '1'),
    ...optionIds.map((id): [string, string] => [FIELD.optionIds, String(id)]),
    ...extra,
    [FIELD.intent, 'refresh'],
  ])
  expect(res.status).toBe(200)
  return formFields(await res.text())
}

/** The form for a new voice-only scenario split 60/40 between in-house and nearshore. */
async function sixtyForty(w: ReturnType<typeof workspace>) {
  const inHouse = w.optionId('In-house')
  const near = w.optionId('Nearshore')
  let fields = await drawnForm(w, [inHouse, near])
  fields = withField(fields, FIELD.share(0, String(inHouse)), '60')
  fields = withField(fields, FIELD.share(0, String(near)), '40')
  fields = withField(fields, FIELD.channel(1, 'include'), null)
  fields = withField(fields, FIELD.channel(2, 'include'), null)
  return { fields, inHouse, near }
}

/** The text of the error slot beside a field. */
function errorText(html: string, field: string): string {
  const { document } = parseHTML(html)
  return document.getElementById(errorId(field))?.textContent ?? ''
}

const section = (html: string, id: string) => {
  const { document } = parseHTML(html)
  return document.getElementById(id)?.outerHTML ?? ''
}
const summaryOf = (html: string) => /<section class="scenario-summary"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''

describe('GET /scenarios', () => {
  it('lists the demo scenario with its forecast, options and channels', async () => {
    const w = workspace()
    const html = await expectPage(await w.get('/scenarios'))
    expect(html).toContain('<a href="/scenarios/1">Blended: in-house core, three partners</a>')
    expect(html).toContain('Retail bank 2026 (from 2003 bank arrivals)')
    expect(html).toContain('<li>Offshore partner, Manila (per FTE)</li>')
    expect(html).toContain('voice, chat, email')
    expect(html).toContain('href="/scenarios/new"')
    expect(html).toContain('enctype="multipart/form-data"')
  })
})

describe('GET /scenarios/:id', () => {
  it('shows each channel and option with the figures of the staffing plan', async () => {
    const w = workspace()
    const s = getScenario(w.db, 1)!
    const plan = planScenarioStaffing(loadForecast(w.db, s.forecastId)!.forecast, s, new Map(listOptions(w.db).map((o) => [o.id, o])))
    if (!plan.ok) throw new Error(plan.problems.join('; '))
    const summary = coverageSummary(plan.staffing, (id) => getOption(w.db, id)!.hoursPerFteWeek)
    const html = await expectPage(await w.get('/scenarios/1'))
    const voice = summary.channels.find((c) => c.channel === 'voice')!
    const onshore = voice.lines.find((l) => l.optionName.startsWith('Onshore'))!
    const table = /<table[^>]*data-channel="voice"[\s\S]*?<\/table>/.exec(html)![0]
    expect(table).toContain(`<td>${formatCount(onshore.contacts)}</td>`)
    expect(table).toContain(`<td>${formatCount(onshore.requiredHours)}</td>`)
    expect(table).toContain(`<td>${formatCount(onshore.suppliedHours)}</td>`)
    const verdict = onshore.periodServiceLevel >= voice.targets.serviceLevel ? 'met' : 'missed'
    expect(table).toContain(`${formatPercent(onshore.periodServiceLevel)}<span class="scenario-verdict">${verdict}</span>`)
    expect(table).toContain('Weekly schedule')
    expect(table).toContain('To requirement')
    // The demo's per-FTE partner works 48-hour weeks, which the page says beside its FTE.
    expect(html).toContain('48 h weeks')
    expect(html).toContain('Erlang A: callers hang up after 300 s on average')
    expect(html).toContain('What these numbers mean')
    expect(html).toContain('abandons count against')
  })

  it('draws the diverging heatmap with a legend in words, and seven days of the first week', async () => {
    const w = workspace()
    const html = await (await w.get('/scenarios/1')).text()
    const coverage = section(html, COVERAGE_ID)
    expect(coverage).toContain('<svg')
    expect(coverage).toContain('Red: shortfall')
    expect(coverage).toContain('Blue: surplus')
    expect(coverage).toMatch(/<option value="1" selected(="")?>Week 1 · 5 Jan – 11 Jan 2026<\/option>/)
    expect(coverage.match(/<th scope="row">(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /g)).toHaveLength(7)
    expect(html).not.toMatch(/\sstyle=|<style/)
  })

  it('answers the coverage fragment with its region alone, and pushes the page URL', async () => {
    const w = workspace()
    const onshore = w.optionId('Onshore')
    const query = `?channel=voice&option=${onshore}&week=3`
    const res = await w.get(`/scenarios/1/coverage${query}`, true)
    expect(res.status).toBe(200)
    expect(res.headers.get('HX-Push-Url')).toBe(`/scenarios/1${query}`)
    const fragment = await res.text()
    expect(fragment.startsWith(`<section id="${COVERAGE_ID}"`)).toBe(true)
    expect(fragment).not.toMatch(/<html|<!DOCTYPE/i)
    expect(fragment).toContain('Week 3 · 19 Jan – 25 Jan 2026')
    expect(fragment).toContain('Onshore partner, Dallas (per hour) · voice')
    // The page at that URL holds exactly the same region.
    expect(await (await w.get(`/scenarios/1${query}`)).text()).toContain(fragment)
  })

  it('falls back to the first option and clamps the week when the query names none that exist', async () => {
    const w = workspace()
    const html = await (await w.get('/scenarios/1?channel=fax&option=abc&week=999')).text()
    expect(section(html, COVERAGE_ID)).toMatch(/<option value="52" selected(="")?>Week 52 /)
    expect(section(html, COVERAGE_ID)).toContain('In-house, Charlotte · voice')
  })

  it('says how many contacts reach no option when the only option is closed part of the day', async () => {
    const w = workspace()
    const onshore = w.optionId('Onshore')
    // Dallas opens 07:00 Central, 08:00 on the forecast's New York clock; the bank's calls start earlier.
    const id = createScenario(w.db, {
      ...getScenario(w.db, 1)!,
      name: 'Onshore alone',
      options: [{ optionId: onshore, staffing: { mode: 'requirement' } }],
      channels: [{ channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: onshore, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }],
    })
    const html = await (await w.get(`/scenarios/${id}`)).text()
    expect(html).toMatch(/<p class="notice notice--warning">[\d,]+ contacts \([\d.]+%\) reach no option: none is open then, or none has room\.<\/p>/)
  })

  it('explains why a scenario cannot be staffed instead of failing', async () => {
    const w = workspace()
    const s = getScenario(w.db, 1)!
    const onshore = w.optionId('Onshore')
    // Onshore serves voice and chat only; the schema lets this through, the staffing plan refuses it.
    const id = createScenario(w.db, {
      ...s,
      name: 'Email to onshore',
      channels: [{ channel: 'email', allocation: { mode: 'shares', shares: [{ optionId: onshore, share: 1 }] }, targets: { serviceLevel: 0.9, answerWithinSeconds: 86_400, deadlineHours: 24 } }],
    })
    const html = await expectPage(await w.get(`/scenarios/${id}`))
    expect(html).toContain('This scenario cannot be staffed as it stands.')
    expect(html).toContain('Onshore partner, Dallas (per hour) does not serve email')
  })
})

describe('creating a scenario', () => {
  it('saves a valid form and redirects to its staffing page', async () => {
    const w = workspace()
    const { fields, inHouse, near } = await sixtyForty(w)
    const res = await w.post('/scenarios', fields)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/scenarios/2')
    const saved = getScenario(w.db, 2)!
    expect(saved.name).toBe('Two partners')
    expect(saved.channels).toHaveLength(1)
    expect(saved.channels[0]!.allocation).toEqual({ mode: 'shares', shares: [{ optionId: inHouse, share: 0.6 }, { optionId: near, share: 0.4 }] })
    expect(saved.channels[0]!.targets).toEqual({ serviceLevel: 0.8, answerWithinSeconds: 20 })
    expect(await (await w.get('/scenarios/2')).text()).toContain('<h1>Two partners</h1>')
  })

  it('redirects htmx with HX-Redirect rather than a redirect it would swap into the form', async () => {
    const w = workspace()
    const res = await w.post('/scenarios', (await sixtyForty(w)).fields, true)
    expect(res.status).toBe(204)
    expect(res.headers.get('HX-Redirect')).toBe('/scenarios/2')
  })

  it('refuses shares that do not total 100 % with 422, a message beside the row, and nothing written', async () => {
    const w = workspace()
    const { fields, near } = await sixtyForty(w)
    const before = rowCounts(w.db)
    const res = await w.post('/scenarios', withField(fields, FIELD.share(0, String(near)), '30'))
    const html = await expectPage(res, 422)
    expect(errorText(html, FIELD.channel(0, 'allocation'))).toBe('Voice shares add up to 90%; they must total 100%.')
    expect(html).toContain('Not saved.')
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('refuses a form without a forecast', async () => {
    const w = workspace()
    const before = rowCounts(w.db)
    const blank = formFields(await (await w.get('/scenarios/new')).text())
    const html = await expectPage(await w.post('/scenarios', withField(blank, FIELD.name, 'No forecast')), 422)
    expect(errorText(html, FIELD.forecastId)).toBe('Forecast must be chosen from the list.')
    expect(errorText(html, FIELD.optionIds)).toBe('Options must include at least one option.')
    expect(rowCounts(w.db)).toEqual(before)
  })

  it.each([
    [FIELD.channel(0, 'serviceLevel'), 'abc', 'Voice service level target must be a number.'],
    [FIELD.channel(0, 'serviceLevel'), '150', 'Voice service level target must be at most 100%.'],
    [FIELD.channel(0, 'answerWithin'), '', 'Voice answer-within time is required.'],
    [FIELD.channel(0, 'patience'), '0', 'Voice patience must be more than 0.'],
    [FIELD.trials, '1.5', 'Trials must be a whole number.'],
    [FIELD.dailyCv, '300', 'Daily volume CV must be at most 200%.'],
    [FIELD.currency, 'dollars', 'Currency must be a three-letter code such as USD.'],
    [FIELD.name, '   ', 'Name is required.'],
  ])('refuses %s = %j with “%s”', async (field, value, message) => {
    const w = workspace()
    const before = rowCounts(w.db)
    const { fields } = await sixtyForty(w)
    const html = await expectPage(await w.post('/scenarios', withField(fields, field, value)), 422)
    expect(errorText(html, field)).toBe(message)
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('refuses a shift that ends before it starts, beside that shift', async () => {
    const w = workspace()
    const { fields, near } = await sixtyForty(w)
    const id = String(near)
    const shift = (key: 'channel' | 'start' | 'end' | 'agents', value: string): [string, string] => [FIELD.shift(id, 0, key), value]
    const posted = [
      ...withField(withField(fields, FIELD.staffingMode(id), 'schedule'), FIELD.shiftCount(id), '1'),
      shift('channel', 'voice'),
      [FIELD.shift(id, 0, 'days'), '0'] as [string, string],
      shift('start', '17:00'),
      shift('end', '09:00'),
      shift('agents', '12'),
    ]
    const html = await expectPage(await w.post('/scenarios', posted), 422)
    expect(errorText(html, FIELD.shift(id, 0, 'end'))).toBe('Nearshore partner, Monterrey (per interaction) shift 1 end must end after it starts.')
    expect(listScenarios(w.db)).toHaveLength(1)
  })

  it('adds a shift row with “+ add shift”, as a page without JavaScript and as a fragment with htmx', async () => {
    const w = workspace()
    const { fields, near } = await sixtyForty(w)
    const add = withField(fields, FIELD.intent, `add-shift:${near}`)
    const page = await expectPage(await w.post('/scenarios', add))
    expect(page).toContain(`name="${FIELD.shift(String(near), 0, 'start')}"`)
    expect(page).toMatch(new RegExp(`name="${FIELD.staffingMode(String(near)).replace(/\./g, '\\.')}" value="schedule" checked`))
    const res = await w.post('/scenarios', add, true)
    expect(res.status).toBe(200)
    const fragment = await res.text()
    expect(fragment.startsWith(`<form id="${FORM_ID}"`)).toBe(true)
    expect(fragment).not.toMatch(/<html|<!DOCTYPE/i)
    expect(listScenarios(w.db)).toHaveLength(1)
  })

  it('asks to check the channels again when the forecast or options changed without a redraw', async () => {
    const w = workspace()
    const { fields } = await sixtyForty(w)
    const html = await expectPage(await w.post('/scenarios', [...fields, [FIELD.optionIds, String(w.optionId('Offshore'))]]), 422)
    expect(html).toContain('The forecast or the options changed since the form was drawn')
    expect(listScenarios(w.db)).toHaveLength(1)
  })
})

describe('editing a scenario', () => {
  it('saves the form as drawn without changing the scenario', async () => {
    const w = workspace()
    const before = getScenario(w.db, 1)!
    const fields = formFields(await (await w.get('/scenarios/1/edit')).text())
    const res = await w.post('/scenarios/1', [...fields, [FIELD.intent, 'save']])
    expect(res.status).toBe(303)
    const { updatedAt: _a, ...after } = getScenario(w.db, 1)!
    const { updatedAt: _b, ...expected } = before
    expect(after).toEqual(expected)
  })

  it('saves a self-service deflection typed in percent, and shows it again in the form', async () => {
    const w = workspace()
    let fields = formFields(await (await w.get('/scenarios/1/edit')).text())
    fields = withField(fields, FIELD.deflectionEvents, '40000')
    fields = withField(fields, FIELD.deflectionSuccess, '50')
    fields = withField(fields, FIELD.deflectionIntent, '30')
    fields = withField(fields, FIELD.deflectionNoFurther, '80')
    expect((await w.post('/scenarios/1', [...fields, [FIELD.intent, 'save']])).status).toBe(303)
    expect(getScenario(w.db, 1)!.deflection).toEqual({ selfHelpEvents: 40000, successRate: 0.5, intentRate: 0.3, noFurtherActionRate: 0.8 })
    const again = formFields(await (await w.get('/scenarios/1/edit')).text())
    expect(again).toContainEqual([FIELD.deflectionSuccess, '50'])
  })

  it('saves the FCR the forecast was made at, typed in percent', async () => {
    const w = workspace()
    const fields = withField(formFields(await (await w.get('/scenarios/1/edit')).text()), FIELD.forecastFcr, '75')
    expect((await w.post('/scenarios/1', [...fields, [FIELD.intent, 'save']])).status).toBe(303)
    expect(getScenario(w.db, 1)!.quality).toEqual({ forecastFcr: 0.75 })
  })

  it('needs every deflection rate once self-help events are given', async () => {
    const w = workspace()
    const fields = withField(formFields(await (await w.get('/scenarios/1/edit')).text()), FIELD.deflectionEvents, '1000')
    const html = await expectPage(await w.post('/scenarios/1', [...fields, [FIELD.intent, 'save']]), 422)
    expect(errorText(html, FIELD.deflectionSuccess)).toMatch(/required/)
  })

  it('refuses a bad edit with 422 and keeps the stored scenario', async () => {
    const w = workspace()
    const before = getScenario(w.db, 1)!
    const fields = formFields(await (await w.get('/scenarios/1/edit')).text())
    const html = await expectPage(await w.post('/scenarios/1', withField(fields, FIELD.growthVolume, '-95')), 422)
    expect(errorText(html, FIELD.growthVolume)).toBe('Volume growth must be at least -90%.')
    expect(getScenario(w.db, 1)).toEqual(before)
  })
})

describe('clone, rename and delete', () => {
  it('clones with POST and opens the copy', async () => {
    const w = workspace()
    const res = await w.post('/scenarios/1/clone')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/scenarios/2')
    expect(await (await w.get('/scenarios')).text()).toContain('Blended: in-house core, three partners (copy)')
  })

  it('renames inline with htmx: the form swaps in, the new name swaps back', async () => {
    const w = workspace()
    const form = await (await w.get('/scenarios/1/rename', true)).text()
    expect(form.startsWith(`<form id="${NAME_ID}"`)).toBe(true)
    const res = await w.post('/scenarios/1/rename', [['name', 'Renamed plan']], true)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(`<div id="${NAME_ID}"`)
    expect(html).toContain('<h1>Renamed plan</h1>')
    expect(getScenario(w.db, 1)!.name).toBe('Renamed plan')
  })

  it('renames without JavaScript through its own page, and refuses a blank name', async () => {
    const w = workspace()
    expect(await expectPage(await w.get('/scenarios/1/rename'))).toContain('Rename scenario')
    const refused = await w.post('/scenarios/1/rename', [['name', '  ']])
    expect(await expectPage(refused, 422)).toContain('Name is required.')
    const saved = await w.post('/scenarios/1/rename', [['name', 'Plain rename']])
    expect(saved.status).toBe(303)
    expect(getScenario(w.db, 1)!.name).toBe('Plain rename')
  })

  it('deletes only after a confirmation page, then the scenario is gone', async () => {
    const w = workspace()
    const confirm = await expectPage(await w.get('/scenarios/1/delete'))
    expect(confirm).toContain('<form method="post" action="/scenarios/1/delete"')
    expect(getScenario(w.db, 1)).toBeDefined()
    const res = await w.post('/scenarios/1/delete')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/scenarios')
    expect((await w.get('/scenarios/1')).status).toBe(404)
  })
})

describe('export and import', () => {
  it('exports the versioned file as an attachment named after the scenario', async () => {
    const w = workspace()
    const res = await w.get('/scenarios/1/export.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="Blended-in-house-core-three-partners.json"')
    const file = (await res.json()) as { format: string; version: number }
    expect(file).toMatchObject({ format: 'shoreline-scenario', version: 1 })
  })

  it('imports an exported file as a new scenario whose page shows the same figures', async () => {
    const w = workspace()
    const exported = await (await w.get('/scenarios/1/export.json')).text()
    const res = await w.upload(exported)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/scenarios/2')
    const original = summaryOf(await (await w.get('/scenarios/1')).text())
    const copy = summaryOf(await (await w.get('/scenarios/2')).text())
    // The summary holds every channel's figures (in-house voice contacts among them).
    expect(original).toMatch(/In-house, Charlotte[\s\S]*\d{1,3}(,\d{3})+/)
    expect(copy).toBe(original)
  })

  it('refuses a file from a newer Shoreline, says so, and writes nothing', async () => {
    const w = workspace()
    const file = { ...exportScenario(w.db, 1, '2026-02-01T00:00:00Z')!, version: 2 }
    const before = rowCounts(w.db)
    const html = await expectPage(await w.upload(JSON.stringify(file)), 422)
    expect(html).toContain('Nothing was imported.')
    expect(html).toContain('The file was written by a newer Shoreline (file version 2); this one reads version 1. Update Shoreline to open it.')
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('refuses text that is not JSON, and a form without a file', async () => {
    const w = workspace()
    const before = rowCounts(w.db)
    expect(await expectPage(await w.upload('not json', 'notes.txt'), 422)).toContain('notes.txt is not a JSON file')
    const empty = await w.app.request('/scenarios/import', { method: 'POST', body: new FormData(), headers: { Origin: ORIGIN } })
    expect(await expectPage(empty, 422)).toContain('Choose a scenario file to import.')
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('refuses a file over 50 MB with 413 and a message', async () => {
    const w = workspace()
    const res = await w.upload(new Uint8Array(50 * 1024 * 1024 + 1))
    const html = await expectPage(res, 413)
    expect(html).toContain('Scenario files can be at most 50 MB. Nothing was imported.')
  })
})

describe('refusals', () => {
  it.each(['/scenarios/abc', '/scenarios/0', '/scenarios/99999', '/scenarios/1e3', '/scenarios/99999999999999999999', '/scenarios/abc/edit', '/scenarios/7/edit', '/scenarios/7/export.json', '/scenarios/7/delete', '/scenarios/7/coverage'])(
    'answers 404 for %s',
    async (path) => {
      expect((await workspace().get(path)).status).toBe(404)
    },
  )

  it.each(['/scenarios/7', '/scenarios/7/clone', '/scenarios/7/rename', '/scenarios/7/delete'])('answers 404 to POST %s', async (path) => {
    expect((await workspace().post(path, [['name', 'x']])).status).toBe(404)
  })

  it('refuses a POST from another site (no matching Origin) and changes nothing', async () => {
    const w = workspace()
    const res = await w.app.request('/scenarios/1/delete', { method: 'POST', headers: { Origin: 'https://evil.example' } })
    expect(res.status).toBe(403)
    expect(getScenario(w.db, 1)).toBeDefined()
  })

  it('escapes a <script> in a scenario or option name everywhere it is shown', async () => {
    const w = workspace()
    const evil = '<script>alert(1)</script>'
    const optionId = createOption(w.db, { ...getOption(w.db, w.optionId('Nearshore'))!, name: `${evil} partner` })
    const s = getScenario(w.db, 1)!
    const id = createScenario(w.db, {
      ...s,
      name: evil,
      options: [{ optionId, staffing: { mode: 'requirement' } }],
      channels: [{ channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }],
    })
    for (const path of ['/scenarios', `/scenarios/${id}`, `/scenarios/${id}/edit`, `/scenarios/${id}/rename`, `/scenarios/${id}/delete`]) {
      const html = await (await w.get(path)).text()
      expect(html, path).not.toContain(evil)
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    }
    expect((await w.get(`/scenarios/${id}/export.json`)).headers.get('Content-Disposition')).toBe('attachment; filename="script-alert-1-script.json"')
  })
})
