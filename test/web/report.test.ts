/**
 * The printable report through HTTP, in-process, on the demo workspace with a hostile
 * scenario name: sections in the standard order, figures with units and their basis,
 * escaping, 404 for unknown ids and 409 for a scenario that cannot be staffed.
 */
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { cloneScenario, getScenario, renameScenario, updateScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { getOption, updateOption } from '../../src/db/sourcing-options.ts'
import { createApp } from '../../src/web/app.ts'
import { compareStoredScenario } from '../../src/web/scenario-comparison.ts'
import { formatMoney } from '../../views/compare/view-model.ts'
import { REPORT_SECTIONS, reportPath } from '../../views/report/ids.ts'
import { expectPage } from './helpers.ts'

const HOSTILE = `<script>alert("x")</script> Tom's "board" plan`

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })
const get = (path: string) => Promise.resolve(app.request(path))

let html: string
let document: ReturnType<typeof parseHTML>['document']
let text: string

beforeAll(async () => {
  renameScenario(db, 1, HOSTILE)
  updateOption(db, 3, { ...getOption(db, 3)!, name: `${HOSTILE}, nearshore` })
  html = await expectPage(await get(reportPath(1)))
  document = parseHTML(html).document
  text = document.querySelector('main')!.textContent!.replace(/\s+/g, ' ')
}, 120_000)

describe('GET /scenarios/:id/report', () => {
  it('has the standard sections, numbered, in order', () => {
    const titles = [...document.querySelectorAll('.report-section__title')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim())
    expect(titles).toEqual(REPORT_SECTIONS.map((s) => `${s.number}${s.title}`))
    const ids = [...document.querySelectorAll('section.report-section')].map((s) => s.getAttribute('id'))
    expect(ids).toEqual(REPORT_SECTIONS.map((s) => s.id))
  })

  it('opens with the scenario name, forecast span, currency, simulation basis and date', () => {
    const cover = document.querySelector('.report-cover')!.textContent!.replace(/\s+/g, ' ')
    expect(document.querySelector('h1')!.textContent).toBe(HOSTILE)
    expect(cover).toContain('January 2026 – January 2027')
    expect(cover).toContain('USD')
    expect(cover).toContain('200 futures, seed 42')
    expect(cover).toMatch(/Prepared\s*\d{4}-\d{2}-\d{2}/)
  })

  it('recommends the cheapest option with its cost per contact, annual cost, service level, risk band and the runner-up’s distance', () => {
    const compared = compareStoredScenario(db, 1)
    if (!compared?.ok) throw new Error('demo scenario should compare')
    const best = compared.comparison.options.find((r) => r.cheapest)!
    const summary = document.querySelector('[data-testid="report-recommendation"]')!.textContent!.replace(/\s+/g, ' ')
    expect(summary).toContain(`${best.name} is the cheapest option: ${formatMoney(best.costPerContact, 'USD')} per contact handled`)
    expect(summary).toContain(`${formatMoney(best.costCents / 100, 'USD', 0)} a year`)
    expect(summary).toMatch(/across 200 simulated futures, seed 42 it runs \d+\.\d%–\d+\.\d% \(P10–P90\)/)
    expect(summary).toMatch(/(low|moderate|high) risk/)
    expect(summary).toMatch(/The runner-up, .+, costs \$\d+\.\d\d more per contact \(\+\d+\.\d%\)/)
  })

  it('gives every figure its unit and the assumption it rests on', () => {
    for (const phrase of [
      'USD a year, on the forecast',
      'USD per contact handled',
      'USD per issue resolved (handled × FCR)',
      '1 FTE = 40 paid h a week',
      'answered in target time ÷ offered',
      'P10–P90, 200 futures, seed 42',
      'mean over 200 futures, seed 42',
      'voice: 80.0% answered within 20 s',
      'Volume +3.0% and handle time 0.0% over the forecast',
    ]) {
      expect(text, phrase).toContain(phrase)
    }
    // Money carries its currency symbol and thousands separators wherever it is a total.
    expect(text).toMatch(/\$\d{1,3}(,\d{3}){2,} a year/)
  })

  it('splits each option’s gap over the cheapest into drivers that add up to the gap shown', () => {
    const table = document.querySelector('[data-testid="report-gap-per-contact"]')!
    const rows = [...table.querySelectorAll('tbody tr')]
    expect(rows.map((r) => r.querySelector('th')!.firstChild!.textContent!.trim())).toEqual(['Price', 'Shrinkage', 'Coverage (idle time)', 'Handle time'])
    const cents = (s: string) => Math.round(Number(s.replace(/[^0-9.−-]/g, '').replace('−', '-')) * 100)
    const columns = table.querySelectorAll('tfoot td').length
    for (let col = 0; col < columns; col++) {
      const parts = rows.map((r) => cents(r.querySelectorAll('td')[col]!.firstChild!.textContent!))
      const gap = cents(table.querySelectorAll('tfoot td')[col]!.firstChild!.textContent!)
      // Each part is rounded to the cent on its own: the sum is within a cent per part.
      expect(Math.abs(parts.reduce((s, p) => s + p, 0) - gap)).toBeLessThanOrEqual(parts.length)
    }
  })

  it('draws the monthly cost chart and lists every month', () => {
    expect(document.querySelectorAll('svg.monthly-cost')).toHaveLength(1)
    expect(document.querySelectorAll('svg.driver-chart')).toHaveLength(1)
    expect(document.querySelectorAll('[data-testid="report-month-table"] tbody tr')).toHaveLength(13)
  })

  it('lists wins, opportunities and ranked action items found by the rules', () => {
    expect(document.querySelectorAll('.report-findings--win li').length).toBeGreaterThan(0)
    const priorities = [...document.querySelectorAll('[data-testid="report-actions-table"] .report-priority')].map((p) => p.textContent)
    expect(priorities.length).toBeGreaterThan(0)
    expect([...priorities].sort((a, b) => order(a) - order(b))).toEqual(priorities)
  })

  it('escapes the scenario and option names everywhere, never running them', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom&#39;s &quot;board&quot; plan')
    expect(html).not.toMatch(/<script(?! src="\/assets\/htmx\.min\.js")/)
  })

  it('is linked from the scenario page', async () => {
    expect(await (await get('/scenarios/1')).text()).toContain(`href="${reportPath(1)}"`)
  })
})

describe('GET /scenarios/:id/report refusals', () => {
  it('is a 404 page for a scenario that does not exist or an id that is not one', async () => {
    for (const path of ['/scenarios/999/report', '/scenarios/0/report', '/scenarios/abc/report']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/)
    }
  })

  it('is a 409 naming why, for a scenario that cannot be staffed', async () => {
    const id = cloneScenario(db, 1)!
    const { id: _id, updatedAt: _at, ...stored } = getScenario(db, id)!
    const fax = { channel: 'fax', allocation: { mode: 'shares' as const, shares: [{ optionId: 1, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 60 } }
    updateScenario(db, id, { ...stored, channels: [...stored.channels, fax] })
    const page = await expectPage(await get(reportPath(id)), 409)
    expect(page).toContain('No report to print')
    expect(page).toContain('cannot be staffed as it stands')
    expect(page).toContain('fax')
  })
})

const order = (p: string | null) => ({ HIGH: 0, High: 0, MEDIUM: 1, Medium: 1, LOW: 2, Low: 2 })[p ?? ''] ?? 3
