import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { importActivityDays, listActivityDays, loadActivityWeights } from '../../src/db/activity.ts'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createOption, listOptions } from '../../src/db/sourcing-options.ts'
import { DEFAULT_ACTIVITY_WEIGHTS } from '../../src/domain/quality/activity-points.ts'
import { createApp } from '../../src/web/app.ts'
import { FIGURES_ID, MAX_ACTIVITY_UPLOAD_BYTES, WEIGHTS_ID } from '../../views/activity/ids.ts'
import { inHouse, partner } from '../domain/scenario/builders.ts'
import { rowCounts } from '../db/helpers.ts'
import { expectFragment, expectPage } from './helpers.ts'

const ORIGIN = 'http://localhost'
const HEADER = 'option,date,tickets_created,tickets_solved,inbound_calls,outbound_calls,call_minutes,voicemails,chats,paid_hours'
const WEIGHTS = { tickets_created: '0.2', tickets_solved: '1', inbound_calls: '1', outbound_calls: '0.5', call_minutes: '0.1', voicemails: '0.3', chats: '0.8' }

function workspace({ demo = false } = {}) {
  const db = openMemoryDb()
  if (demo) seedDemoIfEmpty(db)
  const app = createApp({ db })
  const get = (path: string, htmx = false) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))
  /** A same-origin form post, as a browser sends it. */
  const post = (path: string, fields: Record<string, string>, { htmx = false, origin = ORIGIN } = {}) =>
    Promise.resolve(
      app.request(path, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...(htmx ? { 'HX-Request': 'true' } : {}) },
      }),
    )
  const postForm = (path: string, form: FormData) => Promise.resolve(app.request(path, { method: 'POST', body: form, headers: { Origin: ORIGIN } }))
  const upload = (content: string | Uint8Array<ArrayBuffer>, name = 'activity.csv') => {
    const form = new FormData()
    form.append('file', new File([content], name, { type: 'text/csv' }))
    return postForm('/activity/import', form)
  }
  return { db, get, post, postForm, upload }
}

/** One seeded demo workspace shared by the tests that only read it (seeding takes a few hundred milliseconds). */
let shared: ReturnType<typeof workspace> | undefined
const demoWorkspace = () => (shared ??= workspace({ demo: true }))

/** The table's cells as text, row by row (header row first), read the way a person reads the page. */
function tableText(html: string): string[][] {
  const { document } = parseHTML(html)
  return [...document.querySelectorAll('table.activity-table tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.firstChild?.textContent?.trim() ?? ''))
}

const errorText = (html: string, id: string) => parseHTML(html).document.getElementById(id)?.textContent?.trim()

describe('GET /activity', () => {
  it('an empty workspace gets the page, marked in the navigation, saying there is no activity yet', async () => {
    const html = await expectPage(await workspace().get('/activity'))
    expect(html).toContain('<a href="/activity" aria-current="page">Activity</a>')
    expect(html).toContain('No activity yet')
    expect(html).not.toContain('data-testid="demo-label"')
  })

  it('the demo workspace shows points per paid hour by month for each option, the in-house team, all partners and all options', async () => {
    const html = await expectPage(await demoWorkspace().get('/activity'))
    const rows = tableText(html)
    expect(rows[0]).toEqual([
      'Month',
      'In-house, Charlotte',
      'Nearshore partner, Monterrey (per interaction)',
      'Offshore partner, Manila (per FTE)',
      'Onshore partner, Dallas (per hour)',
      'In-house team',
      'All partners',
      'All options',
    ])
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(['Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026'])
    expect(rows.at(-1)![0]).toBe('All 12 months')
    for (const r of rows.slice(1)) for (const cell of r.slice(1)) expect(cell).toMatch(/^\d+\.\d\d$/)
    expect(html).toMatch(/<svg[^>]* class="points-per-hour"/)
  })

  it('the demo’s figures are labelled as demo data on the page, in the table caption and under the chart', async () => {
    const html = await expectPage(await demoWorkspace().get('/activity'))
    expect(errorText(html, 'activity-figures-heading')).toBe('Points per paid hour')
    expect(parseHTML(html).document.querySelector('[data-testid="demo-label"]')!.textContent).toContain('invented demo activity')
    expect(html).toContain('(includes demo data)')
    expect(html).toContain('Includes demo data.')
  })

  it('?by=week shows one row per ISO week, labelled with its number and Monday', async () => {
    const html = await expectPage(await demoWorkspace().get('/activity?by=week'))
    const rows = tableText(html)
    expect(rows[0]![0]).toBe('ISO week')
    expect(rows[1]![0]).toBe('Week 44, 2025')
    expect(html).toContain('from Mon 27 Oct 2025')
    expect(rows.length - 2).toBe(53)
    expect(html).toMatch(/<a href="\/activity\?by=week"[^>]*aria-current="true"/)
  })

  it('?by=day lists the days of the latest month by default, and of the month asked for', async () => {
    const w = demoWorkspace()
    const latest = tableText(await expectPage(await w.get('/activity?by=day')))
    expect(latest[1]![0]).toBe('Thu 1 Oct 2026')
    expect(latest.length - 2).toBe(31)
    const march = await expectPage(await w.get('/activity?by=day&month=2026-03'))
    expect(tableText(march)[1]![0]).toBe('Sun 1 Mar 2026')
    expect(march).toContain('href="/activity?by=day&amp;month=2026-02"')
    expect(march).toContain('href="/activity?by=day&amp;month=2026-04"')
  })

  it('an unknown view or month falls back to the defaults (never a 500)', async () => {
    const w = demoWorkspace()
    expect(tableText(await expectPage(await w.get('/activity?by=year')))[0]![0]).toBe('Month')
    expect(tableText(await expectPage(await w.get('/activity?by=day&month=1999-01')))[1]![0]).toBe('Thu 1 Oct 2026')
    expect(tableText(await expectPage(await w.get('/activity?by=day&month=<x>')))[1]![0]).toBe('Thu 1 Oct 2026')
  })

  it('GET /activity/figures (htmx) returns only the figures region and pushes the page URL', async () => {
    const res = await demoWorkspace().get('/activity/figures?by=week', true)
    const html = await expectFragment(res, FIGURES_ID)
    expect(res.headers.get('HX-Push-Url')).toBe('/activity?by=week')
    expect(tableText(html)[1]![0]).toBe('Week 44, 2025')
  })

  it('a day without paid hours shows a dash, never Infinity or NaN', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: 'Vendor' }))
    importActivityDays(w.db, [{ optionId: id, date: '2026-03-02', ticketsCreated: 0, ticketsSolved: 5, inboundCalls: 0, outboundCalls: 0, callMinutes: 0, voicemails: 0, chats: 0, paidHours: 0 }], 'x')
    const html = await expectPage(await w.get('/activity'))
    expect(tableText(html)[1]).toEqual(['Mar 2026', '—', '—'])
    expect(html).not.toMatch(/Infinity|NaN/)
  })
})

describe('POST /activity/weights', () => {
  it('saves valid weights and redirects back to the same view; the figures use them', async () => {
    const w = workspace({ demo: true })
    const before = tableText(await expectPage(await w.get('/activity?by=week')))[1]!
    const res = await w.post('/activity/weights', { ...WEIGHTS, chats: '2', by: 'week', month: '' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/activity?by=week&saved=weights')
    expect(loadActivityWeights(w.db)).toEqual({ ...DEFAULT_ACTIVITY_WEIGHTS, chats: 2 })
    const after = await expectPage(await w.get('/activity?by=week&saved=weights'))
    expect(after).toContain('Saved the weights')
    expect(tableText(after)[1]![2]).not.toBe(before[2])
    expect(parseHTML(after).document.getElementById('weight-chats')!.getAttribute('value')).toBe('2')
  })

  it.each([
    ['chats', '-1', 'Chats must be at least 0.'],
    ['voicemails', 'lots', 'Voicemails must be a number.'],
    ['tickets_solved', '', 'Tickets solved is required.'],
    ['call_minutes', '101', 'Call minutes must be at most 100.'],
  ])('refuses %s = %j with 422, the message beside the field, and saves nothing', async (field, value, message) => {
    const w = workspace()
    const html = await expectPage(await w.post('/activity/weights', { ...WEIGHTS, [field]: value }), 422)
    expect(errorText(html, `weight-${field}-error`)).toBe(message)
    expect(parseHTML(html).document.getElementById(`weight-${field}`)!.getAttribute('aria-invalid')).toBe('true')
    expect(parseHTML(html).document.getElementById(`weight-${field}`)!.getAttribute('value')).toBe(value)
    expect(rowCounts(w.db).activity_weights).toBe(0)
  })

  it('refuses all-zero weights (every figure would be 0)', async () => {
    const zeros = Object.fromEntries(Object.keys(WEIGHTS).map((k) => [k, '0']))
    const html = await expectPage(await workspace().post('/activity/weights', zeros), 422)
    expect(errorText(html, 'weight-weights-error')).toBe('The weights: at least one weight must be above 0, or every figure would be 0.')
  })

  it('with htmx: a refusal is the weights fragment alone (422); a save is the fragment plus the figures out of band', async () => {
    const w = workspace({ demo: true })
    const refused = await expectFragment(await w.post('/activity/weights', { ...WEIGHTS, chats: '-1' }, { htmx: true }), WEIGHTS_ID, 422)
    expect(refused).not.toContain(FIGURES_ID + '"')
    const saved = await expectFragment(await w.post('/activity/weights', { ...WEIGHTS, chats: '1.5', by: 'day', month: '2026-03' }, { htmx: true }), WEIGHTS_ID)
    expect(saved).toContain('Saved: the figures use these weights.')
    expect(saved).toMatch(new RegExp(`<section id="${FIGURES_ID}"[^>]*hx-swap-oob="true"`))
    expect(tableText(saved)[1]![0]).toBe('Sun 1 Mar 2026')
  })

  it('“Back to the defaults” restores the default weights whatever was typed', async () => {
    const w = workspace()
    await w.post('/activity/weights', { ...WEIGHTS, chats: '3' })
    expect((await w.post('/activity/weights', { ...WEIGHTS, chats: 'nonsense', intent: 'defaults' })).status).toBe(303)
    expect(loadActivityWeights(w.db)).toEqual(DEFAULT_ACTIVITY_WEIGHTS)
  })

  it('a post from another site is refused (403) and changes nothing', async () => {
    const w = workspace()
    const res = await w.post('/activity/weights', { ...WEIGHTS, chats: '3' }, { origin: 'http://evil.example' })
    expect(res.status).toBe(403)
    expect(rowCounts(w.db).activity_weights).toBe(0)
  })
})

describe('POST /activity/import', () => {
  it('imports a good file, redirects with what it did, and the month table shows the new option’s figures', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Dallas' }))
    const res = await w.upload(`${HEADER}\nDallas,2026-03-02,0,40,0,0,0,0,0,8\nDallas,2026-03-03,0,32,0,0,0,0,0,8\n`)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/activity?by=month&imported=2&replaced=0')
    const html = await expectPage(await w.get(res.headers.get('Location')!))
    expect(html).toContain('Imported 2 days.')
    // One partner: its own column and the all-partners column (no in-house team, no total of one).
    expect(tableText(html)[0]).toEqual(['Month', 'Dallas', 'All partners'])
    expect(tableText(html)[1]).toEqual(['Mar 2026', '4.50', '4.50'])
    expect(listActivityDays(w.db)[0]!.source).toBe('activity.csv')
  })

  it('a re-imported day replaces the stored one and says so', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Dallas' }))
    await w.upload(`${HEADER}\nDallas,2026-03-02,0,40,0,0,0,0,0,8\n`)
    const res = await w.upload(`${HEADER}\nDallas,2026-03-02,0,80,0,0,0,0,0,8\nDallas,2026-03-03,0,8,0,0,0,0,0,8\n`)
    expect(res.headers.get('Location')).toBe('/activity?by=month&imported=1&replaced=1')
    expect(await (await w.get(res.headers.get('Location')!)).text()).toContain('Imported 2 days: 1 day new, 1 replacing stored ones.')
    expect(listActivityDays(w.db).map((d) => d.ticketsSolved)).toEqual([80, 8])
  })

  it('a broken file is refused with 422 naming the line, and the stored (demo) days are untouched', async () => {
    const w = workspace({ demo: true })
    const before = rowCounts(w.db)
    // An unquoted comma inside the name splits the row into 11 cells.
    const html = await expectPage(await w.upload(`${HEADER}\nIn-house, Charlotte,2026-03-02,0,40,0,0,0,0,0,8\n`, 'march.csv'), 422)
    const errors = parseHTML(html).document.getElementById('activity-import-errors')!
    expect(errors.textContent).toContain('“march.csv” was not imported: 1 problem.')
    expect(errors.textContent).toContain('Nothing was saved.')
    expect([...errors.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Line 2: the row has 11 cells; the header has 10'])
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('each bad cell is listed with its line and column, and a good row in the same file is not saved either', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Dallas' }))
    const html = await expectPage(await w.upload(`${HEADER}\nDallas,2026-03-02,0,40,0,0,0,0,0,8\nDallas,2026-03-03,0,40,0,0,0,0,0,eight\nBogota,2026-02-30,0,0,0,0,0,0,0,8\n`), 422)
    const items = [...parseHTML(html).document.querySelectorAll('#activity-import-errors li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())
    expect(items).toEqual([
      "Line 3, column paid_hours: 'eight' must be a number",
      "Line 4, column date: '2026-02-30' must be a calendar date written like 2026-03-02",
      "Line 4, column option: no option is named 'Bogota'; the workspace's options are 'Dallas' (id 1)",
    ])
    expect(rowCounts(w.db).activity_days).toBe(0)
  })

  it('no file chosen is a 422 naming the file field; an empty file says the header is missing', async () => {
    const w = workspace()
    const html = await expectPage(await w.postForm('/activity/import', new FormData()), 422)
    expect(errorText(html, 'activity-file-error')).toBe('File is required: choose a CSV file.')
    const empty = await expectPage(await w.upload(''), 422)
    expect(parseHTML(empty).document.getElementById('activity-import-errors')!.textContent).toContain('Line 1: the file is empty; the first line must be the header option,date,')
  })

  it(`a file over ${MAX_ACTIVITY_UPLOAD_BYTES / 1024 / 1024} MB is refused with 413 before it is read, and nothing is written`, async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Dallas' }))
    const row = 'Dallas,2026-03-02,0,40,0,0,0,0,0,8\n'
    const html = await expectPage(await w.upload(`${HEADER}\n${row.repeat(Math.ceil(MAX_ACTIVITY_UPLOAD_BYTES / row.length) + 10)}`), 413)
    expect(errorText(html, 'activity-file-error')).toMatch(/^File is larger than 8 MB/)
    expect(rowCounts(w.db).activity_days).toBe(0)
  })
})

describe('POST /activity/days', () => {
  const fields = (optionId: number, over: Record<string, string> = {}) => ({ option: String(optionId), date: '2026-03-02', tickets_solved: '40', inbound_calls: '', paid_hours: '8', ...over })

  it('saves one typed day (blank counts are 0) and shows that month’s days with a notice', async () => {
    const w = workspace()
    const id = createOption(w.db, inHouse({ name: 'Team' }))
    const res = await w.post('/activity/days', fields(id))
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/activity?by=day&month=2026-03&saved=day&option=${id}&date=2026-03-02`)
    expect(listActivityDays(w.db)).toEqual([{ optionId: id, date: '2026-03-02', ticketsCreated: 0, ticketsSolved: 40, inboundCalls: 0, outboundCalls: 0, callMinutes: 0, voicemails: 0, chats: 0, paidHours: 8, source: 'form' }])
    const html = await expectPage(await w.get(res.headers.get('Location')!))
    expect(html).toContain('Saved Team’s day, Mon 2 Mar 2026.')
    expect(tableText(html)[1]).toEqual(['Mon 2 Mar 2026', '5.00', '5.00'])
  })

  it('refuses bad fields with 422, each message beside its field, what was typed kept, nothing saved', async () => {
    const w = workspace()
    const id = createOption(w.db, inHouse({ name: 'Team' }))
    const html = await expectPage(await w.post('/activity/days', fields(id, { date: '2026-02-30', chats: '-2', paid_hours: '' })), 422)
    expect(errorText(html, 'day-date-error')).toBe('Date must be a calendar date written like 2026-03-02.')
    expect(errorText(html, 'day-chats-error')).toBe('Chats must be at least 0.')
    expect(errorText(html, 'day-paid_hours-error')).toBe('Paid hours is required.')
    expect(parseHTML(html).document.getElementById('day-chats')!.getAttribute('value')).toBe('-2')
    expect(rowCounts(w.db).activity_days).toBe(0)
  })

  it('refuses an option that is not in the workspace', async () => {
    const w = workspace()
    createOption(w.db, inHouse({ name: 'Team' }))
    const html = await expectPage(await w.post('/activity/days', fields(999)), 422)
    expect(errorText(html, 'day-option-error')).toBe('Option must be one of the workspace’s options.')
  })
})

describe('escaping', () => {
  const NAME = `<script>alert("x")</script> & "Quoted" 'Co'`

  it('an option named with markup and quotes is shown as text in the table, chart, forms and notices', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: NAME }))
    createOption(w.db, partner({ name: 'Other' }))
    expect((await w.post('/activity/days', { option: String(id), date: '2026-03-02', chats: '10', paid_hours: '8' })).status).toBe(303)
    const html = await expectPage(await w.get(`/activity?by=day&month=2026-03&saved=day&option=${id}&date=2026-03-02`))
    expect(html).not.toContain('<script>alert')
    expect(html).not.toMatch(/<script(?! src="\/assets\/htmx\.min\.js")/)
    const { document } = parseHTML(html)
    expect(document.querySelector('table.activity-table thead')!.textContent).toContain(NAME)
    expect(document.querySelector('svg.points-per-hour .legend')!.textContent).toContain(NAME.slice(0, 29))
    expect([...document.querySelectorAll('#day-option option')].map((o) => o.textContent)).toContain(NAME)
    expect(document.querySelector('.ws-notice-done')!.textContent).toContain(NAME)
  })

  it('an option name typed into a CSV comes back escaped in the error list', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Dallas' }))
    const html = await expectPage(await w.upload(`${HEADER}\n"<img src=x onerror=alert(1)>",2026-03-02,0,0,0,0,0,0,0,8\n`, '<b>evil</b>.csv'), 422)
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>evil</b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(listOptions(w.db)).toHaveLength(1)
  })
})
