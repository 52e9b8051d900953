/**
 * Show your work on the comparison: every figure of the table, for every option and
 * the whole scenario, has a formula, inputs and conventions, and the inputs as
 * printed reproduce the figure as printed (money within a cent). Then the page: each
 * cell opens to its work, and the cost–quality scatter has one point per option.
 */
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import type { Comparison, ComparisonRow } from '../../src/domain/evaluation/comparison.ts'
import { compareStoredScenario } from '../../src/web/scenario-comparison.ts'
import { createApp } from '../../src/web/app.ts'
import { COST_QUALITY_CHART_ID } from '../../views/compare/charts.tsx'
import { WORKED_METRICS, figureWork, type FigureWork } from '../../views/compare/figure-work.ts'
import { COMPARE_TABLE_ID, INVOICES_ID } from '../../views/compare/ids.ts'
import { TABLE_METRICS } from '../../views/compare/view-model.ts'
import { expectPage } from './helpers.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const found = compareStoredScenario(db, 1, 40)
if (!found?.ok) throw new Error('the demo scenario should compare')
const c: Comparison = found.comparison
const rows: ComparisonRow[] = [...c.options, c.scenario]

/** A printed number back to a number: "$1,234.56" → 1234.56, "−$0.10" → −0.1, "98.96%" → 0.9896. */
function parse(text: string): number {
  const negative = /^[−-]/.test(text.trim())
  const n = Number(text.replace(/[^0-9.]/g, ''))
  const value = negative ? -n : n
  return text.trim().endsWith('%') ? value / 100 : value
}

const value = (w: FigureWork, key: string) => {
  const i = w.inputs.find((x) => x.key === key)
  if (!i) throw new Error(`no input ${key} in ${w.formula}`)
  return parse(i.value)
}
const parts = (w: FigureWork) => w.inputs.filter((i) => i.key.startsWith('part:')).reduce((s, i) => s + parse(i.value), 0)
const work = (column: string, r: ComparisonRow) => figureWork(column, r, c)!

describe('figure work', () => {
  it('covers every figure of the table, for every option and the whole scenario', () => {
    for (const m of TABLE_METRICS) {
      expect(WORKED_METRICS, m.column).toContain(m.column)
      for (const r of rows) {
        const w = figureWork(m.column, r, c)
        expect(w, `${m.column} / ${r.name}`).toBeDefined()
        expect(w!.formula.length, `${m.column} / ${r.name}`).toBeGreaterThan(20)
      }
    }
  })

  it('gives every input a value and a unit', () => {
    for (const m of TABLE_METRICS) {
      for (const r of rows) for (const i of work(m.column, r).inputs) expect([i.label, i.value, i.unit].every((s) => s.trim() !== ''), `${m.column} ${i.key}`).toBe(true)
    }
  })

  it('reproduces the annual cost from its months (options) or options (scenario), to the cent', () => {
    for (const r of rows) expect(parts(work('annual_cost', r))).toBeCloseTo(r.costCents / 100, 2)
  })

  it('reproduces cost per contact and per resolution as cost / contacts handled and cost / resolutions, within a cent', () => {
    for (const r of rows) {
      const perContact = work('cost_per_contact', r)
      expect(Math.abs(value(perContact, 'cost') / value(perContact, 'handled') - r.costPerContact)).toBeLessThan(0.01)
      const perResolution = work('cost_per_resolution', r)
      expect(Math.abs(value(perResolution, 'cost') / value(perResolution, 'resolutions') - r.costPerResolution)).toBeLessThan(0.01)
      // FCR is printed to a hundredth of a percent.
      expect(Math.abs((value(perResolution, 'handled') * value(perResolution, 'fcr')) / r.resolutions - 1)).toBeLessThan(1e-4)
    }
  })

  it('reproduces FTE as paid hours / (hours per FTE week × weeks), and the scenario’s as the options’ sum', () => {
    for (const r of c.options) {
      const w = work('fte', r)
      expect(value(w, 'paid') / (value(w, 'week') * value(w, 'weeks'))).toBeCloseTo(r.fte, 2)
    }
    expect(parts(work('fte', c.scenario))).toBeCloseTo(c.scenario.fte, 1)
  })

  it('reproduces paid hours from productive hours, shrinkage and the rounding to whole agents', () => {
    for (const r of c.options) {
      const w = work('paid_hours', r)
      expect(value(w, 'productive') / (1 - value(w, 'shrinkage')) + value(w, 'rounding')).toBeCloseTo(r.paidHours, 0)
      expect(value(w, 'rounding')).toBeGreaterThanOrEqual(0)
    }
    expect(parts(work('paid_hours', c.scenario))).toBeCloseTo(c.scenario.paidHours, 0)
  })

  it('reproduces idle paid hours as paid − busy', () => {
    for (const r of rows) {
      const w = work('idle_paid_hours', r)
      expect(value(w, 'paid') - value(w, 'busy')).toBeCloseTo(r.idlePaidHours, 0)
    }
  })

  it('reproduces the service level as answered within T / offered, and names the definition with each channel’s T', () => {
    for (const r of rows) {
      const w = work('service_level', r)
      expect(value(w, 'answered') / value(w, 'offered')).toBeCloseTo(r.serviceLevel, 4)
      expect(w.convention.join(' ')).toContain('answered within T seconds / contacts offered; contacts that abandon count as misses')
    }
    expect(work('service_level', c.options[0]!).convention.join(' ')).toMatch(/voice: T = 20 s; chat: T = 60 s; email: done within 24 h/)
    expect(work('service_level', c.options[0]!).convention.join(' ')).toContain('occupancy')
  })

  it('reproduces the quality score from FCR, escalation rate and service level against target', () => {
    for (const r of rows) {
      const w = work('quality_score', r)
      const score = 100 * (0.5 * value(w, 'fcr') + 0.3 * (1 - value(w, 'escalation')) + 0.2 * Math.min(1, value(w, 'sl') / value(w, 'target')))
      expect(score).toBeCloseTo(r.quality.score, 1)
      expect(w.convention[0]).toMatch(r.quality.source === 'measured' ? /^Measured: from this option’s KPI data over its last 6 months/ : /^Modelled, not measured/)
    }
  })

  it('reproduces the difference from the cheapest as this cost per contact − the cheapest’s', () => {
    for (const r of rows) {
      const w = work('cost_per_contact_vs_cheapest', r)
      expect(Math.abs(value(w, 'this') - value(w, 'cheapest') - r.perContactOverCheapest)).toBeLessThan(0.01)
    }
  })

  it('reproduces the miss chances from the month-by-month probabilities: their highest and their mean', () => {
    for (const r of c.options) {
      const months = (column: string) => work(column, r).inputs.filter((i) => i.key.startsWith('month:')).map((i) => parse(i.value))
      expect(months('miss_probability_highest_month')).toHaveLength(c.months.length)
      expect(Math.max(...months('miss_probability_highest_month'))).toBeCloseTo(r.missHighest, 4)
      const average = months('miss_probability_average')
      expect(average.reduce((s, p) => s + p, 0) / average.length).toBeCloseTo(r.missAverage, 4)
    }
  })

  it('names the seed and trials of every simulated figure, and of no deterministic one', () => {
    const simulatedColumns = ['service_level_p10', 'annual_cost_p10', 'miss_probability_highest_month', 'miss_probability_average', 'expected_sla_credits']
    for (const r of c.options) {
      for (const m of TABLE_METRICS) {
        const w = work(m.column, r)
        if (simulatedColumns.includes(m.column)) expect(w.simulated, m.column).toEqual({ seed: 42, trials: 40, method: c.method })
        else expect(w.simulated, m.column).toBeNull()
      }
    }
    expect(parts(work('expected_sla_credits', c.scenario))).toBeCloseTo(c.scenario.expectedCredits, 2)
  })

  it('states each option’s tier style, FTE week and pricing where its figures depend on them', () => {
    const nearshore = c.options.find((r) => r.optionId === 3)!
    expect(work('annual_cost', nearshore).convention.join(' ')).toContain('Volume tiers are marginal')
    expect(work('fte', nearshore).convention.join(' ')).toContain('48.0 paid hours a week')
    expect(work('annual_cost', c.options.find((r) => r.optionId === 1)!).convention[0]).toMatch(/^In-house cost stack/)
    expect(work('expected_sla_credits', c.options.find((r) => r.optionId === 2)!).convention[0]).toMatch(/10% at risk.*within 90%–110%/)
  })
})

describe('GET /scenarios/:id/compare: the work and the scatter', () => {
  let document: ReturnType<typeof parseHTML>['document']

  beforeAll(async () => {
    const app = createApp({ db })
    document = parseHTML(await expectPage(await app.request('/scenarios/1/compare'))).document
  })

  it('folds every cell’s work under a “how?” that names the figure and the column', () => {
    const trs = [...document.querySelectorAll(`#${COMPARE_TABLE_ID} tbody tr`)]
    expect(trs.map((tr) => tr.getAttribute('data-metric'))).toEqual(TABLE_METRICS.map((m) => m.column))
    for (const tr of trs) {
      const cells = [...tr.querySelectorAll('td')]
      expect(cells).toHaveLength(rows.length)
      for (const [k, td] of cells.entries()) {
        const details = td.querySelector('details.work')
        expect(details, tr.getAttribute('data-metric')!).not.toBeNull()
        expect(details!.hasAttribute('open')).toBe(false)
        expect(details!.querySelector('summary')!.textContent).toContain(rows[k]!.name)
        expect(details!.querySelector('.work-formula')!.textContent!.length).toBeGreaterThan(20)
      }
    }
  })

  it('has a quality score row, and links money figures down to the itemised invoices', () => {
    const quality = document.querySelector(`#${COMPARE_TABLE_ID} tr[data-metric="quality_score"]`)!
    expect(quality.querySelector('th')!.textContent).toContain('measured or modelled, 0–100')
    expect(quality.querySelector('td .compare-value')!.textContent).toMatch(/^\d{1,3}\.\d$/)
    const cost = document.querySelector(`#${COMPARE_TABLE_ID} tr[data-metric="annual_cost"] td`)!
    expect(cost.querySelector(`.work-invoices a[href="#${INVOICES_ID}"]`)).not.toBeNull()
    expect(document.querySelector(`#${INVOICES_ID}`)).not.toBeNull()
  })

  it('draws cost per resolution against quality with one point per option and the frontier as steps', () => {
    const svg = document.querySelector(`svg[aria-labelledby="${COST_QUALITY_CHART_ID}-title ${COST_QUALITY_CHART_ID}-desc"]`)!
    expect(svg).not.toBeNull()
    expect(svg.querySelectorAll('g.points circle')).toHaveLength(c.options.length)
    expect(svg.querySelectorAll('g.points circle.point--frontier').length).toBeGreaterThan(0)
    expect(svg.querySelector('g.frontier path')!.getAttribute('d')).toMatch(/^M[\d.,]+(L[\d.,]+)+$/)
    expect(svg.textContent).toContain('Cost per resolution (USD)')
    expect(svg.textContent).toMatch(/\$\d+\.\d{2}/)
    for (const o of c.options) expect(svg.textContent).toContain(o.name.slice(0, 30))
    expect(svg.outerHTML).not.toMatch(/\sstyle="|<style/)
    const caption = svg.parentElement!.querySelector('figcaption')!.textContent!
    expect(caption).toMatch(/Quality here is measured for .+ \(\d{4}-\d{2} to \d{4}-\d{2}\)/)
  })
})
