import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { importKpiObservations, listKpiObservations } from '../../src/db/kpi-observations.ts'
import { loadScorecardSettings } from '../../src/db/scorecard-settings.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createOption } from '../../src/db/sourcing-options.ts'
import { DEFAULT_SCORECARD_WEIGHTS } from '../../src/domain/quality/scorecard-defaults.ts'
import { createApp } from '../../src/web/app.ts'
import { MAX_SCORECARD_UPLOAD_BYTES, SCORECARD_REGION_ID } from '../../views/scorecards/ids.ts'
import { rowCounts } from '../db/helpers.ts'
import { inHouse, partner } from '../domain/scenario/builders.ts'
import { expectPage } from './helpers.ts'

const ORIGIN = 'http://localhost'
const HOSTILE = `<script>alert("x")</script> & 'Quote' "Co"`

function workspace({ demo = false } = {}) {
  const db = openMemoryDb()
  if (demo) seedDemoIfEmpty(db)
  const app = createApp({ db })
  const get = (path: string) => Promise.resolve(app.request(path))
  const post = (path: string, fields: Record<string, string>, { htmx = false, origin = ORIGIN } = {}) =>
    Promise.resolve(
      app.request(path, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...(htmx ? { 'HX-Request': 'true' } : {}) },
      }),
    )
  const upload = (content: string, name = 'kpis.csv') => {
    const form = new FormData()
    form.append('file', new File([content], name, { type: 'text/csv' }))
    return Promise.resolve(app.request('/scorecards/import', { method: 'POST', body: form, headers: { Origin: ORIGIN } }))
  }
  return { db, get, post, upload }
}

/** One seeded demo workspace shared by the tests that only read it. */
let shared: ReturnType<typeof workspace> | undefined
const demoWorkspace = () => (shared ??= workspace({ demo: true }))

const doc = (html: string) => parseHTML(html).document
const text = (html: string, selector: string) => doc(html).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim()
/** The ranking's partners, best first. */
const ranking = (html: string) => [...doc(html).querySelectorAll('[data-testid="ranking"] tbody tr')].map((tr) => tr.getAttribute('data-partner'))

/** A workspace with two partners whose CSAT and AHT pull in opposite directions, so weights decide who leads. */
function twoPartners() {
  const w = workspace()
  const a = createOption(w.db, partner({ name: 'Alpha' }))
  const b = createOption(w.db, partner({ name: 'Beta' }))
  const rows = ['2026-08', '2026-09', '2026-10'].flatMap((period) => [
    { optionId: a, period, kpi: 'csat', value: 0.9, sampleSize: 500 },
    { optionId: b, period, kpi: 'csat', value: 0.7, sampleSize: 500 },
    { optionId: a, period, kpi: 'aht', value: 600, sampleSize: 1000, sd: 200 },
    { optionId: b, period, kpi: 'aht', value: 360, sampleSize: 1000, sd: 200 },
  ])
  importKpiObservations(w.db, rows, 'test')
  w.post('/scorecards/catalogue', { 'on-csat': 'on', 'on-aht': 'on' })
  return w
}

describe('GET /scorecards pages', () => {
  it.each(['/scorecards', '/scorecards/reports', '/scorecards/reports?cadence=week', '/scorecards/reports?cadence=quarter', '/scorecards/data', '/scorecards/catalogue'])('%s answers 200 with the layout, marked in the navigation', async (path) => {
    const html = await expectPage(await demoWorkspace().get(path))
    expect(html).toContain('<a href="/scorecards" aria-current="page">Scorecards</a>')
    expect(html).toContain('data-testid="demo-label"')
  })

  it('an empty workspace says there is nothing to compare yet, without a demo label', async () => {
    const html = await expectPage(await workspace().get('/scorecards'))
    expect(html).toContain('No KPI values are stored yet')
    expect(html).not.toContain('data-testid="demo-label"')
  })

  it('the demo comparison ranks four options by overall score, states the confidence level and draws both charts', async () => {
    const html = await expectPage(await demoWorkspace().get('/scorecards'))
    expect(ranking(html)).toHaveLength(4)
    expect(html).toContain('95 % confidence level')
    expect(html).toMatch(/<svg[^>]* class="perspective-bars"/)
    expect(html).toMatch(/<svg[^>]* class="kpi-trend"/)
    expect(html).toContain('Holm')
  })

  it('partners within noise are shown as tied, not ranked apart', async () => {
    const html = await expectPage(await demoWorkspace().get('/scorecards'))
    expect(html).toMatch(/tied \d(st|nd|rd|th), group [A-Z]: within noise of/)
  })

  it('a small sample carries its warning beside the partner', async () => {
    const html = await expectPage(await demoWorkspace().get('/scorecards?by=month&window=1'))
    expect(html).toMatch(/only \d+ (responses|measures)/)
  })

  it('the offshore FCR trend reads as significant and improving', async () => {
    const html = await expectPage(await demoWorkspace().get('/scorecards'))
    const card = doc(html).getElementById('kpi-fcr')!
    const offshore = [...card.querySelectorAll('.scorecard-trend')].find((li) => li.textContent!.includes('Offshore'))!
    expect(offshore.getAttribute('class')).toContain('scorecard-trend--improving')
  })

  it('each cadence report has the five narrative slots, filled', async () => {
    for (const cadence of ['week', 'month', 'quarter']) {
      const html = await expectPage(await demoWorkspace().get(`/scorecards/reports?cadence=${cadence}`))
      const slots = [...doc(html).querySelectorAll('.scorecard-slot')]
      expect(slots.map((s) => s.getAttribute('data-slot'))).toEqual(['summary', 'trends', 'rootCause', 'wins', 'actions'])
      for (const s of slots) expect(s.querySelectorAll('li').length).toBeGreaterThan(0)
    }
  })

  it('the weekly view compares ISO weeks; the quarterly view reports the latest full quarter', async () => {
    expect(text(await (await demoWorkspace().get('/scorecards/reports?cadence=week')).text(), '#scorecard-report-heading')).toBe('Weekly team report: Week 43, 2026')
    const quarter = await (await demoWorkspace().get('/scorecards/reports?cadence=quarter')).text()
    expect(text(quarter, '#scorecard-report-heading')).toBe('Quarterly executive report: Q3 2026')
    expect(quarter).toContain('Q4 2026 has 1 month of data so far')
  })
})

describe('POST /scorecards/weights', () => {
  it('weights that do not add up to 100 % are refused with a 422 saying the sum, and nothing is saved', async () => {
    const w = workspace({ demo: true })
    const fields = Object.fromEntries(Object.entries(DEFAULT_SCORECARD_WEIGHTS).map(([id, v]) => [`weight-${id}`, String(v)]))
    const res = await w.post('/scorecards/weights', { ...fields, 'weight-csat': '5' })
    const html = await expectPage(res, 422)
    expect(text(html, '#weights-error')).toBe('The weights must add up to 100 %; they add up to 90 %.')
    expect(loadScorecardSettings(w.db).isDefault).toBe(true)
  })

  it('a weight that is not a number is named beside its field', async () => {
    const w = workspace({ demo: true })
    const res = await w.post('/scorecards/weights', { 'weight-csat': 'lots' }, { htmx: true })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html.startsWith(`<section id="${SCORECARD_REGION_ID}"`)).toBe(true)
    expect(text(html, '#weight-csat-error')).toBe('Customer Satisfaction Score must be a number.')
  })

  it('changing the weights re-ranks the partners: all on CSAT puts Alpha first, all on AHT puts Beta first', async () => {
    const w = twoPartners()
    const onCsat = await w.post('/scorecards/weights', { 'weight-csat': '100', 'weight-aht': '0' }, { htmx: true })
    expect(onCsat.status).toBe(200)
    expect(ranking(await onCsat.text())).toEqual(['Alpha', 'Beta'])
    const onAht = await w.post('/scorecards/weights', { 'weight-csat': '0', 'weight-aht': '100' }, { htmx: true })
    expect(ranking(await onAht.text())).toEqual(['Beta', 'Alpha'])
    expect(loadScorecardSettings(w.db).weights).toEqual({ aht: 100, csat: 0 })
  })

  it('without htmx a saved weight redirects back to the same comparison', async () => {
    const w = twoPartners()
    const res = await w.post('/scorecards/weights', { 'weight-csat': '50', 'weight-aht': '50', by: 'month', window: '6' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/scorecards?by=month&window=6&saved=weights')
  })

  it('a cross-site post is refused with a 403 and changes nothing', async () => {
    const w = twoPartners()
    const before = rowCounts(w.db)
    const res = await w.post('/scorecards/weights', { 'weight-csat': '100', 'weight-aht': '0' }, { origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect(rowCounts(w.db)).toEqual(before)
  })
})

describe('POST /scorecards/import', () => {
  const csv = (...lines: string[]) => ['partner,period,kpi,value,sample_size,sd', ...lines].join('\n')

  it('imports rows naming options by name in any case or by id, and redirects with the count', async () => {
    const w = workspace()
    const team = createOption(w.db, inHouse({ name: 'Team' }))
    createOption(w.db, partner({ name: 'Vendor, Inc.' }))
    const res = await w.upload(csv('"vendor, inc.",2026-10,csat,0.86,400,', `${team},2026-10,aht,410,900,150`))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/scorecards/data?imported=2&replaced=0')
    expect(listKpiObservations(w.db).map((r) => [r.partner, r.kpi, r.source])).toEqual([
      ['Team', 'aht', 'kpis.csv'],
      ['Vendor, Inc.', 'csat', 'kpis.csv'],
    ])
  })

  it('a broken file answers 422 listing every line and column, and writes nothing', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Vendor' }))
    const before = rowCounts(w.db)
    const res = await w.upload(csv('Vendor,2026-10,csat,0.86,400,', 'Nobody,2026-10,csat,0.8,100,', 'Vendor,2026-13,fcr,0.7,100,', 'Vendor,2026-10,csat,86,400,'))
    const html = await expectPage(res, 422)
    const errors = [...doc(html).querySelectorAll('#scorecard-import-errors li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())
    expect(errors[0]).toMatch(/^Line 4, column period: '2026-13' is not a period/)
    expect(errors[1]).toMatch(/^Line 5, column value: 86 is outside csat's range.*write 0\.86/)
    expect(rowCounts(w.db)).toEqual(before)
  })

  it('an unknown partner is named by line and column, with the options there are', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Vendor' }))
    const html = await expectPage(await w.upload(csv('Nobody,2026-10,csat,0.8,100,')), 422)
    expect(text(html, '#scorecard-import-errors li')).toBe("Line 2, column partner: no option is named 'Nobody'; the workspace's options are 'Vendor' (id 1)")
    expect(listKpiObservations(w.db)).toEqual([])
  })

  it('the same option twice (by name and by id) is a repeat, and nothing is written', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: 'Vendor' }))
    const html = await expectPage(await w.upload(csv('Vendor,2026-10,csat,0.8,100,', `${id},2026-10,csat,0.9,100,`)), 422)
    expect(text(html, '#scorecard-import-errors li')).toBe('Line 3, column kpi: repeats line 2: Vendor already has csat for 2026-10')
    expect(listKpiObservations(w.db)).toEqual([])
  })

  it('no file is a 422 beside the file field; an oversized one a 413', async () => {
    const w = workspace()
    const form = new FormData()
    const empty = await createApp({ db: w.db }).request('/scorecards/import', { method: 'POST', body: form, headers: { Origin: ORIGIN } })
    expect(text(await expectPage(empty, 422), '#scorecard-file-error')).toBe('File is required: choose a CSV file.')
    const big = await createApp({ db: w.db }).request('/scorecards/import', {
      method: 'POST',
      body: 'x',
      headers: { Origin: ORIGIN, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(MAX_SCORECARD_UPLOAD_BYTES + 1) },
    })
    expect(big.status).toBe(413)
  })
})

describe('POST /scorecards/values', () => {
  it('a value outside the KPI’s scale is refused beside the value field', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: 'Vendor' }))
    const html = await expectPage(await w.post('/scorecards/values', { option: String(id), period: '2026-10', kpi: 'csat', value: '85' }), 422)
    expect(text(html, '#value-value-error')).toMatch(/^Value 85 is outside csat's range, 0 to 1 .*write 0\.85/)
  })

  it('stores one typed-in value and redirects to its period', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: 'Vendor' }))
    const res = await w.post('/scorecards/values', { option: String(id), period: '2026-W43', kpi: 'fcr', value: '0.71', sample_size: '900', sd: '' })
    expect(res.status).toBe(303)
    expect(listKpiObservations(w.db)).toMatchObject([{ period: '2026-W43', kpi: 'fcr', value: 0.71, sampleSize: 900, source: 'form' }])
  })

  it('bad fields answer 422 with each message beside its field, and nothing is stored', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: 'Vendor' }))
    const html = await expectPage(await w.post('/scorecards/values', { option: String(id), period: 'March', kpi: 'csat', value: 'lots' }), 422)
    expect(text(html, '#value-period-error')).toMatch(/^Period 'March' is not a period/)
    expect(text(html, '#value-value-error')).toBe('Value must be a number.')
    expect(listKpiObservations(w.db)).toEqual([])
  })
})

describe('the catalogue', () => {
  it('lists every KPI with unit, direction, timing and target, and warns about an only-lagging selection', async () => {
    const w = workspace()
    expect((await w.post('/scorecards/catalogue', { 'on-csat': 'on', 'on-nps': 'on' })).status).toBe(303)
    const html = await expectPage(await w.get('/scorecards/catalogue'))
    expect(doc(html).querySelectorAll('tr[data-kpi]').length).toBe(30)
    expect(text(html, '[data-testid="selection-warnings"]')).toMatch(/every KPI on the scorecard is lagging/)
    expect(loadScorecardSettings(w.db).weights).toEqual({ csat: 50, nps: 50 })
  })

  it('a ticked KPI without a target, or a target outside the scale, is refused beside its field', async () => {
    const w = workspace()
    const html = await expectPage(await w.post('/scorecards/catalogue', { 'on-cost-per-ticket': 'on', 'target-csat': '85' }), 422)
    expect(text(html, '#target-cost-per-ticket-error')).toBe('Cost per Ticket target is required to put this KPI on the scorecard (it has no default target).')
    expect(text(html, '#target-csat-error')).toMatch(/^Customer Satisfaction Score target must be within/)
    expect(loadScorecardSettings(w.db).isDefault).toBe(true)
  })

  it('a new KPI is added, listed, and importable by its id', async () => {
    const w = workspace()
    createOption(w.db, partner({ name: 'Vendor' }))
    const res = await w.post('/scorecards/kpis', { id: 'callback-kept', name: 'Callbacks kept', definition: 'Share of promised callbacks made on time.', unit: 'share (0–1)', kind: 'proportion', direction: 'higher', perspective: 'customer', timing: 'leading', default_target: '0.95' })
    expect(res.status).toBe(303)
    expect(await (await w.get('/scorecards/catalogue')).text()).toContain('Callbacks kept')
    expect((await w.upload('partner,period,kpi,value\nVendor,2026-10,callback-kept,0.9\n')).status).toBe(303)
  })

  it('a KPI form with a taken id and missing fields answers 422 beside each', async () => {
    const html = await expectPage(await workspace().post('/scorecards/kpis', { id: 'csat', name: '', kind: 'proportion', direction: 'higher', perspective: 'customer', timing: 'leading' }), 422)
    expect(text(html, '#kpi-name-error')).toBe('Name is required.')
    expect(text(html, '#kpi-definition-error')).toBe('Definition is required.')
  })
})

describe('escaping', () => {
  it('an option named with markup and quotes is printed as text on every page, in tables and charts', async () => {
    const w = workspace()
    const id = createOption(w.db, partner({ name: HOSTILE }))
    const other = createOption(w.db, partner({ name: 'Plain' }))
    const rows = ['2026-08', '2026-09', '2026-10'].flatMap((period) => [
      { optionId: id, period, kpi: 'csat', value: 0.8, sampleSize: 100 },
      { optionId: other, period, kpi: 'csat', value: 0.9, sampleSize: 100 },
      { optionId: id, period, kpi: 'cost-per-ticket', value: 5 },
      { optionId: other, period, kpi: 'cost-per-ticket', value: 6 },
    ])
    importKpiObservations(w.db, rows, '<b>file</b>.csv')
    for (const path of ['/scorecards', '/scorecards/reports?cadence=month', '/scorecards/data', '/scorecards/catalogue']) {
      const html = await expectPage(await w.get(path))
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<b>file</b>')
      if (path !== '/scorecards/catalogue') expect(html).toContain('&lt;script&gt;alert(')
    }
  })
})

describe('the comparison compares like with like (demo workspace)', () => {
  it('re-weights FCR to a common mix, says the mix, and keeps each partner’s own-mix value visible', async () => {
    const html = await expectPage(await demoWorkspace().get('/scorecards?by=month&window=12'))
    const card = text(html, '#kpi-fcr')!
    expect(card).toMatch(/Re-weighted to a common mix \(voice \d+ %, chat \d+ %\)/)
    expect(card).toMatch(/own mix \d+\.\d ?%/)
  })

  it('converts the nearshore partner’s service level to abandons counted and says by what formula', async () => {
    const card = text(await expectPage(await demoWorkspace().get('/scorecards?by=month&window=12')), '#kpi-service-level')!
    expect(card).toContain('Nearshore partner, Monterrey (per interaction) reports short abandons (within 5 s) excluded: converted to abandons counted as reported × (1 − 4.0 %)')
  })

  it('flags the months whose volume was outside the contract’s validity band', async () => {
    const section = text(await expectPage(await demoWorkspace().get('/scorecards?by=month&window=12')), '.scorecard-volume')!
    expect(section).toMatch(/Nearshore partner, Monterrey \(per interaction\), Jun 2026: volume 8\d % of plan: outside the 90–110 % band, SLAs do not bind/)
    expect(section).toMatch(/Offshore partner, Manila \(per FTE\), Sep 2026: volume 12\d % of plan: outside the 90–110 % band, SLAs do not bind/)
  })
})
