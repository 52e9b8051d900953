/** /forecasts through the app in-process: the list, CSV import (and every way a file is refused), generate, the forecast page and its fragments. */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { countForecasts, listForecasts } from '../../src/db/forecasts.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { HEATMAP_ID, MAX_UPLOAD_BYTES, TITLE_ID } from '../../views/forecasts/ids.ts'
import { rowCounts } from '../db/helpers.ts'
import { expectPage } from './helpers.ts'

let db: Db
let app: ReturnType<typeof createApp>

beforeEach(() => {
  db = openMemoryDb()
  seedDemoIfEmpty(db)
  app = createApp({ db })
})

const DEMO_ID = 1
const htmx = { 'HX-Request': 'true' }

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  return app.request(path, init)
}

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return request(path, { method: 'POST', body: new URLSearchParams(fields), headers })
}

function upload(csv: string | Uint8Array, name = '', fileName = 'forecast.csv'): Promise<Response> {
  const form = new FormData()
  form.append('file', new File([csv], fileName, { type: 'text/csv' }))
  form.append('name', name)
  return request('/forecasts/import', { method: 'POST', body: form })
}

/** Follows a 303 and returns the page it points at. */
async function follow(res: Response): Promise<string> {
  expect(res.status).toBe(303)
  return expectPage(await request(res.headers.get('location')!))
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/forecasts/${name}`, import.meta.url), 'utf8')

describe('GET /forecasts', () => {
  it('lists the demo forecast with its interval, span, channels, weekly volumes and source', async () => {
    const html = await expectPage(await request('/forecasts'))
    expect(html).toContain('Retail bank 2026 (from 2003 bank arrivals)')
    expect(html).toContain('<td>30 min</td>')
    expect(html).toContain('<span class="ws-nowrap">Mon 5 Jan 2026 →</span> <span class="ws-nowrap">Sun 3 Jan 2027</span>')
    expect(html).toContain('52 weeks')
    expect(html).toMatch(/voice<\/span> 162,307 \/ week/)
    expect(html).toMatch(/chat<\/span> 30,000 \/ week/)
    expect(html).toMatch(/email<\/span> 20,000 \/ week/)
    expect(html).toContain('Demo data. Generated from weekly totals')
    expect(html).toContain('href="/forecasts/import"')
    expect(html).toContain('href="/forecasts/generate"')
  })

  it('says so when there are no forecasts', async () => {
    const html = await expectPage(await createApp({ db: openMemoryDb() }).request('/forecasts'))
    expect(html).toContain('No forecasts yet.')
  })
})

describe('POST /forecasts/import', () => {
  it('saves a clean file and redirects to the new forecast, named after the file when no name is given', async () => {
    const res = await upload(fixture('excel-bom-crlf.csv'), '', 'excel-bom-crlf.csv')
    expect(res.headers.get('location')).toMatch(/^\/forecasts\/\d+$/)
    const html = await follow(res)
    expect(html).toContain('<h1>excel-bom-crlf</h1>')
    expect(html).toContain('Imported from excel-bom-crlf.csv')
    expect(html).toContain('<th scope="row" class="ws-left">voice</th>')
    expect(html).toContain('<th scope="row" class="ws-left">email</th>')
    expect(html).toMatch(/<svg [^>]*class="heatmap"/)
    expect(countForecasts(db)).toBe(2)
  })

  it('keeps a typed name', async () => {
    const html = await follow(await upload(fixture('quarter-hours-no-aht.csv'), 'March chat'))
    expect(html).toContain('<h1>March chat</h1>')
    expect(html).toContain('of 15 min')
  })

  const header = 'start,channel,volume,aht_s\n'
  const refused: Array<{ what: string; csv: string; expected: string }> = [
    { what: 'an empty file', csv: '', expected: 'Line 1:</span> the file is empty' },
    { what: 'a missing column', csv: 'start,channel\n2026-01-05T08:00,voice\n', expected: "Line 1, column volume:</span> missing column &#39;volume&#39;" },
    { what: 'an unknown column', csv: 'start,channel,volume,queue\n2026-01-05T08:00,voice,1,a\n', expected: "Line 1, column queue:</span> unknown column &#39;queue&#39;" },
    { what: 'a date that is no date', csv: `${header}2026-01-05T08:00,voice,1,\n2026-02-30T08:30,voice,1,\n`, expected: "Line 3, column start:</span> &#39;2026-02-30T08:30&#39; is not a date-time" },
    { what: 'a volume that is no number', csv: `${header}2026-01-05T08:00,voice,lots,\n`, expected: "Line 2, column volume:</span> &#39;lots&#39; is not a number" },
    { what: 'a negative volume', csv: `${header}2026-01-05T08:00,voice,-3,\n`, expected: 'Line 2, column volume:</span> must be at least 0' },
    { what: 'an AHT of zero', csv: `${header}2026-01-05T08:00,voice,3,0\n`, expected: 'Line 2, column aht_s:</span>' },
    { what: 'a duplicate interval', csv: `${header}2026-01-05T08:00,voice,1,\n2026-01-05T08:30,voice,1,\n2026-01-05T08:30,voice,2,\n`, expected: 'Line 4, column start:</span> duplicate' },
    { what: 'a gap', csv: `${header}2026-01-05T08:00,voice,1,\n2026-01-05T08:30,voice,1,\n2026-01-05T09:30,voice,1,\n`, expected: 'gap: channel &#39;voice&#39; has no row for 2026-01-05T09:00' },
    { what: 'an interval of 20 minutes', csv: `${header}2026-01-05T08:00,voice,1,\n2026-01-05T08:20,voice,1,\n`, expected: 'intervals are 20 minutes apart' },
    { what: 'a broken quote', csv: `${header}2026-01-05T08:00,"voice,1,\n`, expected: 'Line ' },
    { what: 'a row with too many cells', csv: `${header}2026-01-05T08:00,voice,1,400,extra\n`, expected: 'Line 2' },
  ]

  it.each(refused)('refuses $what with 422, naming line and column, and saves nothing', async ({ csv, expected }) => {
    const before = rowCounts(db)
    const res = await upload(csv)
    const html = await expectPage(res, 422)
    expect(html).toContain('was not imported')
    expect(html).toContain('Nothing was saved.')
    expect(html).toContain(expected)
    expect(rowCounts(db)).toEqual(before)
  })

  it('lists at most the first 50 problems of a file full of them', async () => {
    const rows = Array.from({ length: 80 }, (_, k) => `2026-01-05T08:00,voice,bad${k},`).join('\n')
    const html = await expectPage(await upload(`${header}${rows}\n`), 422)
    expect(html.match(/<li><span class="forecast-row-errors__where">/g)).toHaveLength(50)
    expect(html).toContain('reading stops after the first 50')
  })

  it('asks for a file when none was chosen', async () => {
    const form = new FormData()
    form.append('name', 'x')
    const html = await expectPage(await request('/forecasts/import', { method: 'POST', body: form }), 422)
    expect(html).toContain('File is required: choose a CSV file.')
    expect(countForecasts(db)).toBe(1)
  })

  it('refuses a name that is too long, keeping the file unsaved', async () => {
    const html = await expectPage(await upload(fixture('excel-bom-crlf.csv'), 'x'.repeat(81)), 422)
    expect(html).toContain('Name must be at most 80 characters.')
    expect(countForecasts(db)).toBe(1)
  })

  it('answers 413 with a clear message for an upload above the limit, and saves nothing', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1024).fill(0x31)
    const html = await expectPage(await upload(big), 413)
    expect(html).toContain('File is larger than 25 MB, the most Shoreline accepts')
    expect(countForecasts(db)).toBe(1)
  })

  it('reads a body that is not multipart as an empty form (422, not 500)', async () => {
    const res = await request('/forecasts/import', { method: 'POST', body: 'garbage', headers: { 'Content-Type': 'multipart/form-data; boundary=nope' } })
    expect(res.status).toBe(422)
  })
})

describe('GET and POST /forecasts/generate', () => {
  const valid = {
    name: 'Generated',
    startDate: '2026-03-02',
    weeks: '4',
    intervalMinutes: '30',
    weekendSharePercent: '10',
    'voice.volume': '43,333',
    'voice.per': 'month',
    'voice.ahtSeconds': '420',
    'voice.kind': 'voice',
    'chat.volume': '',
    'chat.per': 'week',
    'chat.ahtSeconds': '600',
    'chat.kind': 'chat',
    'email.volume': '2000',
    'email.per': 'week',
    'email.ahtSeconds': '300',
    'email.kind': 'deferred',
    'extra.name': 'back office',
    'extra.volume': '500',
    'extra.per': 'week',
    'extra.ahtSeconds': '900',
    'extra.kind': 'deferred',
  }

  it('names the curves it uses: the 2003 North American bank data, weekday hours, licence', async () => {
    const html = await expectPage(await request('/forecasts/generate'))
    expect(html).toContain("a North American bank&#39;s calls in 2003")
    expect(html).toContain('weekdays 07:00–21:00')
    expect(html).toContain('North American commercial bank, five-minute call counts')
    expect(html).toContain('GPL-3')
    expect(html).toContain('× 12 ÷ 52')
  })

  it('generates, saves and redirects; monthly volumes become weekly as × 12 ÷ 52', async () => {
    const html = await follow(await post('/forecasts/generate', valid))
    expect(html).toContain('<h1>Generated</h1>')
    expect(html).toContain('Mon 2 Mar 2026 → Sun 29 Mar 2026')
    expect(html).toContain('10,000 / week')
    expect(html).toContain('2,000 / week')
    expect(html).toContain('<th scope="row" class="ws-left">back office</th>')
    expect(html).toContain('voice: 43,333 a month → 10,000 a week')
    expect(html).toContain('Weekend share 10.0% (assumption')
  })

  const invalid: Array<[string, Record<string, string>, string]> = [
    ['a blank name', { name: ' ' }, 'id="error-name" class="field__error" aria-live="polite">Name is required.'],
    ['zero weeks', { weeks: '0' }, 'Weeks must be at least 1.'],
    ['54 weeks', { weeks: '54' }, 'Weeks must be at most 53.'],
    ['half a week', { weeks: '1.5' }, 'Weeks must be a whole number.'],
    ['53 weeks of 15-minute intervals', { weeks: '53', intervalMinutes: '15' }, 'Weeks must be at most 52 with 15-minute intervals'],
    ['an interval of 20 minutes', { intervalMinutes: '20' }, 'Interval length must be 15, 30 or 60 minutes.'],
    ['a date that is no date', { startDate: '2026-02-30' }, 'First day is not a calendar date.'],
    ['text as a volume', { 'voice.volume': 'lots' }, 'id="error-voice-volume" class="field__error" aria-live="polite">Must be a number.'],
    ['an AHT of zero', { 'email.ahtSeconds': '0' }, 'Must be more than 0.'],
    ['a weekend share above 100%', { weekendSharePercent: '120' }, 'Weekend share must be at most 100.'],
    ['a named channel without a volume', { 'extra.volume': '' }, 'id="error-extra-volume" class="field__error" aria-live="polite">Is required.'],
    ['a volume without a channel name', { 'extra.name': '' }, 'Is required when the row has a volume.'],
    ['a named channel that repeats a row', { 'extra.name': 'Email' }, 'Repeats the email row above'],
    ['no channel at all', { 'voice.volume': '', 'email.volume': '', 'extra.volume': '', 'extra.name': '' }, 'Channels: enter a volume for at least one channel.'],
    ['an unknown kind', { 'voice.kind': 'carrier pigeon' }, 'Must be voice, chat or deferred.'],
  ]

  it.each(invalid)('refuses %s with 422, the message beside the field, and saves nothing', async (_, change, message) => {
    const before = rowCounts(db)
    const html = await expectPage(await post('/forecasts/generate', { ...valid, ...change }), 422)
    expect(html).toContain(message)
    expect(html).toContain('Nothing was generated')
    expect(rowCounts(db)).toEqual(before)
  })

  it('echoes what was typed back into the form', async () => {
    const html = await expectPage(await post('/forecasts/generate', { ...valid, weeks: 'x' }), 422)
    expect(html).toMatch(/name="weeks"[^>]*value="x"/)
    expect(html).toMatch(/name="voice.volume"[^>]*value="43,333"/)
    expect(html).toMatch(/<option value="month" selected="">per month<\/option>/)
  })
})

describe('GET /forecasts/:id', () => {
  it('summarises channels, AHT, totals with separators and the span', async () => {
    const html = await expectPage(await request(`/forecasts/${DEMO_ID}`))
    expect(html).toContain('17,472 of 30 min')
    expect(html).toContain('<td>450 s (7.5 min)</td>')
    expect(html).toContain('<td>8,439,964</td>')
    expect(html).toContain('<td>162,307 / week</td>')
    expect(html).toContain('live queue')
  })

  it('draws the heatmap and the weekly chart as inline SVG with titles, labelled axes, a legend and no inline styles', async () => {
    const html = await expectPage(await request(`/forecasts/${DEMO_ID}`))
    expect(html).toContain('<title id="forecast-heatmap-chart-title">Average voice contacts per interval by weekday and time of day</title>')
    expect(html).toContain('Contacts per 30-min interval')
    expect(html).toContain('Time of day')
    const weekly = /<svg [^>]*class="weekly-line"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    expect(weekly).toContain('<title id="forecast-weekly-chart-title">Contacts per week by channel</title>')
    expect(weekly).toContain('Week starting')
    expect(weekly).toContain('Contacts per week')
    expect(weekly).toContain('160,000')
    for (const channel of ['voice', 'chat', 'email']) expect(weekly).toMatch(new RegExp(`<text[^>]*>${channel}</text>`))
    expect(html).not.toMatch(/\sstyle=/)
    expect(html).not.toMatch(/<style/)
  })

  it('shows the chosen channel and returns the same region as a fragment that pushes the page URL', async () => {
    const page = await expectPage(await request(`/forecasts/${DEMO_ID}?channel=chat`))
    const res = await request(`/forecasts/${DEMO_ID}/heatmap?channel=chat`, { headers: htmx })
    expect(res.status).toBe(200)
    expect(res.headers.get('HX-Push-Url')).toBe(`/forecasts/${DEMO_ID}?channel=chat`)
    const fragment = await res.text()
    expect(fragment.startsWith(`<section id="${HEATMAP_ID}"`)).toBe(true)
    expect(fragment).not.toMatch(/<html|<!DOCTYPE/i)
    expect(fragment).toContain('aria-current="true">chat</a>')
    expect(fragment).toContain(`hx-target="#${HEATMAP_ID}"`)
    expect(page).toContain(fragment)
  })

  it('falls back to the first channel for a channel the forecast does not have', async () => {
    const fragment = await (await request(`/forecasts/${DEMO_ID}/heatmap?channel=pigeon`, { headers: htmx })).text()
    expect(fragment).toContain('aria-current="true">voice</a>')
  })

  it.each(['/forecasts/abc', '/forecasts/0', '/forecasts/999', '/forecasts/1.5', '/forecasts/-1', '/forecasts/99999999999999999999', '/forecasts/999/heatmap', '/forecasts/%3Cscript%3E'])(
    'answers %s with the 404 page, never a 500',
    async (path) => {
      const html = await expectPage(await request(path), 404)
      expect(html).toContain('Page not found')
    },
  )

  it.each(['/forecasts/abc/rename', '/forecasts/999/rename', '/forecasts/abc/delete', '/forecasts/999/delete', '/forecasts/99999999999999999999/delete'])('answers POST %s with 404', async (path) => {
    expect((await post(path, { name: 'x' })).status).toBe(404)
  })
})

describe('renaming and deleting', () => {
  it('renames inline for htmx, returning the title region', async () => {
    const res = await post(`/forecasts/${DEMO_ID}/rename`, { name: '  Bank 2026  ' }, htmx)
    expect(res.status).toBe(200)
    const fragment = await res.text()
    expect(fragment.startsWith(`<div id="${TITLE_ID}"`)).toBe(true)
    expect(fragment).toContain('<h1>Bank 2026</h1>')
    expect(listForecasts(db)[0]!.name).toBe('Bank 2026')
  })

  it('renames with a plain post and redirects to the page', async () => {
    const html = await follow(await post(`/forecasts/${DEMO_ID}/rename`, { name: 'Plain' }))
    expect(html).toContain('<h1>Plain</h1>')
  })

  it('refuses a blank name with 422 and the message beside the field', async () => {
    const res = await post(`/forecasts/${DEMO_ID}/rename`, { name: '' }, htmx)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Name is required.')
    const page = await expectPage(await post(`/forecasts/${DEMO_ID}/rename`, { name: 'y'.repeat(90) }), 422)
    expect(page).toContain('<details class="forecast-rename" open="">')
    expect(listForecasts(db)[0]!.name).toBe('Retail bank 2026 (from 2003 bank arrivals)')
  })

  it('refuses to delete a forecast a scenario uses, naming the scenario, and keeps it', async () => {
    const before = rowCounts(db)
    const html = await expectPage(await post(`/forecasts/${DEMO_ID}/delete`, { back: 'detail' }), 409)
    expect(html).toContain('was not deleted: the scenario “Blended: in-house core, three partners” uses it')
    const list = await expectPage(await post(`/forecasts/${DEMO_ID}/delete`, { back: 'list' }), 409)
    expect(list).toContain('<h1>Forecasts</h1>')
    const fragment = await post(`/forecasts/${DEMO_ID}/delete`, {}, htmx)
    expect(fragment.status).toBe(200)
    expect(await fragment.text()).toContain('was not deleted')
    expect(rowCounts(db)).toEqual(before)
  })

  it('deletes an unused forecast and says so on the list', async () => {
    const created = (await upload(fixture('excel-bom-crlf.csv'), 'Doomed')).headers.get('location')!
    const res = await post(`${created}/delete`, {}, htmx)
    expect(res.headers.get('HX-Redirect')).toBe('/forecasts?deleted=Doomed')
    expect(countForecasts(db)).toBe(1)
    expect(await expectPage(await request('/forecasts?deleted=Doomed'))).toContain('Deleted the forecast “Doomed”.')
    expect((await request(created)).status).toBe(404)
  })
})

describe('escaping', () => {
  it('shows a <script> in a forecast or channel name as text everywhere', async () => {
    const csv = 'start,channel,volume\n2026-01-05T08:00,<script>x</script>,3\n2026-01-05T09:00,<script>x</script>,4\n'
    const location = (await upload(csv, '<script>alert(1)</script>')).headers.get('location')!
    for (const path of ['/forecasts', location, `${location}/heatmap?channel=${encodeURIComponent('<script>x</script>')}`]) {
      const html = await (await request(path)).text()
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<script>x')
      expect(html).toContain('&lt;script&gt;')
    }
    const renamed = await (await post(`${location}/rename`, { name: '<img src=x onerror=alert(1)>' }, htmx)).text()
    expect(renamed).not.toContain('<img')
    expect(renamed).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
