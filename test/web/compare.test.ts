/**
 * The comparison page and its CSV through HTTP, in-process, on the seeded demo
 * workspace: every option and the totals, 404s, the CSV's header and rows, the
 * invoices adding up, and escaping of typed names.
 */
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { loadScenarioModel } from '../../src/db/scenario-model.ts'
import { renameScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { getOption, updateOption } from '../../src/db/sourcing-options.ts'
import { evaluateModel } from '../../src/domain/evaluation/evaluate-model.ts'
import type { ScenarioEvaluation } from '../../src/domain/evaluation/evaluate-scenario.ts'
import { createApp } from '../../src/web/app.ts'
import { CSV_HEADER } from '../../views/compare/csv.ts'
import { COMPARE_TABLE_ID, INVOICES_ID, MONTHLY_CHART_ID, SPREAD_CHART_ID } from '../../views/compare/ids.ts'
import { formatMoney } from '../../views/compare/view-model.ts'
import { expectPage } from './helpers.ts'

function workspace() {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const app = createApp({ db })
  return { db, get: (path: string) => Promise.resolve(app.request(path)) }
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(cell), (cell = '')
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '')
    else if (ch !== '\r') cell += ch
  }
  if (cell || row.length) row.push(cell), rows.push(row)
  return rows
}

const w = workspace()
let evaluation: ScenarioEvaluation
let html: string

beforeAll(async () => {
  const evaluated = evaluateModel(loadScenarioModel(w.db, 1)!)
  if (!evaluated.ok) throw new Error(evaluated.problems.join())
  evaluation = evaluated.evaluation
  html = await expectPage(await w.get('/scenarios/1/compare'))
})

describe('GET /scenarios/:id/compare', () => {
  it('shows every option and the whole scenario side by side, with the annual totals', () => {
    const { document } = parseHTML(html)
    const heads = [...document.querySelectorAll(`#${COMPARE_TABLE_ID} thead th`)].map((th) => th.firstChild?.textContent?.trim())
    expect(heads).toEqual(['Figure', ...evaluation.options.map((o) => o.name), 'Whole scenario'])
    const costRow = [...document.querySelectorAll(`#${COMPARE_TABLE_ID} tbody tr`)].find((tr) => tr.querySelector('th')?.textContent?.startsWith('Annual cost'))!
    const cells = [...costRow.querySelectorAll('td')].map((td) => td.querySelector('.compare-value')?.textContent)
    expect(cells).toEqual([...evaluation.options.map((o) => formatMoney(o.totals.costCents / 100, 'USD', 0)), formatMoney(evaluation.totals.costCents / 100, 'USD', 0)])
    expect(cells.at(-1)).toMatch(/^\$\d{1,3}(,\d{3})+$/)
  })

  it('says how the futures were drawn, so the page can be reproduced', () => {
    expect(html).toContain('Simulated figures: 200 futures, seed 42')
  })

  it('draws both charts as inline SVG without inline styles', () => {
    const { document } = parseHTML(html)
    for (const id of [MONTHLY_CHART_ID, SPREAD_CHART_ID]) {
      const svg = document.querySelector(`svg[aria-labelledby="${id}-title ${id}-desc"]`)
      expect(svg, id).not.toBeNull()
      expect(svg!.querySelector('.legend'), id).not.toBeNull()
    }
    expect(html).toContain('Cost per month (USD)')
    expect(html).toContain('Simulated annual cost minus planned cost (USD)')
    expect(html).not.toMatch(/\sstyle="|<style/)
  })

  it('lists each option’s invoice for the first full month, its lines summing to the month’s total', () => {
    const { document } = parseHTML(html)
    expect(document.querySelector(`#${INVOICES_ID} [aria-current="true"]`)?.textContent).toBe('2026-02')
    const details = [...document.querySelectorAll(`#${INVOICES_ID} details`)]
    expect(details).toHaveLength(evaluation.options.length)
    for (const d of details) {
      const option = evaluation.options.find((o) => String(o.optionId) === d.getAttribute('data-option'))!
      const lines = [...d.querySelectorAll('tbody tr')].map((tr) => Number(tr.getAttribute('data-cents')))
      const total = Number(d.querySelector('tfoot tr')!.getAttribute('data-cents'))
      expect(lines.reduce((s, x) => s + x, 0)).toBe(total)
      expect(total).toBe(option.months.find((m) => m.month === '2026-02')!.totalCents)
      expect(d.querySelector('tfoot')!.textContent).toContain(formatMoney(total / 100, 'USD'))
    }
  })

  it('shows another month when asked, and the first full month for one it does not know', async () => {
    const may = await expectPage(await w.get('/scenarios/1/compare?month=2026-05'))
    expect(parseHTML(may).document.querySelector(`#${INVOICES_ID} [aria-current="true"]`)?.textContent).toBe('2026-05')
    const odd = await expectPage(await w.get('/scenarios/1/compare?month=nonsense'))
    expect(parseHTML(odd).document.querySelector(`#${INVOICES_ID} [aria-current="true"]`)?.textContent).toBe('2026-02')
  })

  it('is a 404 for a scenario that does not exist or an id that is not one', async () => {
    for (const path of ['/scenarios/999/compare', '/scenarios/0/compare', '/scenarios/abc/compare', '/scenarios/999/compare.csv']) {
      expect((await w.get(path)).status, path).toBe(404)
    }
  })

  it('is linked from the scenario page', async () => {
    expect(await (await w.get('/scenarios/1')).text()).toContain('href="/scenarios/1/compare"')
  })
})

describe('GET /scenarios/:id/compare.csv', () => {
  it('downloads the table as CSV: a header row, one row per option and one for the scenario, plain numbers', async () => {
    const res = await w.get('/scenarios/1/compare.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="scenario-1-comparison.csv"')
    const [header, ...rows] = parseCsv(await res.text())
    expect(header).toEqual(CSV_HEADER)
    expect(rows).toHaveLength(evaluation.options.length + 1)
    expect(rows.map((r) => r[1])).toEqual([...evaluation.options.map((o) => o.name), 'Whole scenario'])
    const cost = header!.indexOf('annual_cost')
    expect(rows.map((r) => Number(r[cost]))).toEqual([...evaluation.options.map((o) => o.totals.costCents / 100), evaluation.totals.costCents / 100])
    for (const r of rows) for (const cell of r.slice(4)) expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/)
  })
})

describe('escaping', () => {
  it('escapes a <script> in a scenario or option name on the page, and quotes it in the CSV', async () => {
    const evil = '<script>alert(1)</script>'
    const x = workspace()
    updateOption(x.db, 3, { ...getOption(x.db, 3)!, name: `${evil}, partner` })
    renameScenario(x.db, 1, evil)
    const page = await expectPage(await x.get('/scenarios/1/compare'))
    expect(page).not.toContain(evil)
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const csv = await (await x.get('/scenarios/1/compare.csv')).text()
    expect(csv).toContain(`"${evil}, partner"`)
  })
})
