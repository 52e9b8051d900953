/**
 * Scenario versus scenario through HTTP, in-process, on the seeded demo workspace
 * plus variants of it: the page and its htmx region, the CSV, escaping of typed
 * names, and every refusal naming the scenario (a or b) it is about.
 */
import { parse } from 'csv-parse/sync'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { cloneScenario, getScenario, updateScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { VERSUS_FIGURES } from '../../src/domain/evaluation/scenario-versus.ts'
import type { Scenario } from '../../src/schemas/scenario.ts'
import { createApp } from '../../src/web/app.ts'
import { compareStoredScenario } from '../../src/web/scenario-comparison.ts'
import { formatMoney } from '../../views/compare/view-model.ts'
import { VERSUS_CSV_HEADER } from '../../views/versus/csv.ts'
import { direction, formatAssumption, formatDifference } from '../../views/versus/view-model.ts'
import { VERSUS_ASSUMPTIONS_ID, VERSUS_OPTIONS_ID, VERSUS_RESULTS_ID, VERSUS_WHOLE_ID, versusCsvPath, versusPath } from '../../views/versus/ids.ts'
import { expectPage } from './helpers.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })
const get = (path: string, { htmx = false } = {}) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))

/** A clone of the demo scenario (id 1), changed by `change`. */
function variant(change: (s: Scenario) => Scenario): number {
  const id = cloneScenario(db, 1)!
  const { id: _id, updatedAt: _at, ...stored } = getScenario(db, id)!
  updateScenario(db, id, change(stored))
  return id
}

const HOSTILE_NAME = `<script>alert("x")</script> Tom's "lean" plan`
const ONSHORE = 2

/** More growth, no onshore partner (its voice share to in-house, its chat share to nearshore), and a name that tries to inject a script. */
const leanId = variant((s) => ({
  ...s,
  name: HOSTILE_NAME,
  growth: { volume: 0.1, aht: 0 },
  options: s.options.filter((o) => o.optionId !== ONSHORE),
  channels: s.channels.map((c) => {
    if (c.allocation.mode !== 'shares') return c
    const shares = c.allocation.shares.filter((x) => x.optionId !== ONSHORE)
    const freed = 1 - shares.reduce((t, x) => t + x.share, 0)
    return { ...c, allocation: { mode: 'shares' as const, shares: shares.map((x, i) => (i === 0 ? { ...x, share: x.share + freed } : x)) } }
  }),
}))
const euroId = variant((s) => ({ ...s, name: 'Same plan in euros', currency: 'EUR' }))
const faxId = variant((s) => ({
  ...s,
  name: 'Fax line',
  channels: [...s.channels, { channel: 'fax', allocation: { mode: 'shares' as const, shares: [{ optionId: 1, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 60 } }],
}))

let html: string
let document: ReturnType<typeof parseHTML>['document']

beforeAll(async () => {
  html = await expectPage(await get(versusPath(1, leanId)))
  document = parseHTML(html).document
})

const cells = (tableId: string, attr: string, key: string) =>
  [...document.querySelectorAll(`#${tableId} tr[${attr}="${key}"] td`)].map((td) => td.textContent?.trim())

describe('GET /scenarios/versus?a=&b=', () => {
  it('lists the assumptions that differ, A beside B', () => {
    expect(cells(VERSUS_ASSUMPTIONS_ID, 'data-assumption', 'growth-volume')).toEqual(['Scenario', '+3.0%', '+10.0%'])
    expect(cells(VERSUS_ASSUMPTIONS_ID, 'data-assumption', `option:${ONSHORE}:included`)).toEqual([`Option Onshore partner, Dallas (per hour)`, 'yes', 'no'])
  })

  it('shows each scenario’s annual cost and B − A, as the comparison computes them', () => {
    const a = compareStoredScenario(db, 1)
    const b = compareStoredScenario(db, leanId)
    if (!a?.ok || !b?.ok) throw new Error('demo variants must be staffable')
    const [costA, costB, diff] = cells(VERSUS_WHOLE_ID, 'data-figure', 'annual_cost')
    expect(costA).toBe(formatMoney(a.comparison.scenario.costCents / 100, 'USD', 0))
    expect(costB).toBe(formatMoney(b.comparison.scenario.costCents / 100, 'USD', 0))
    const d = (b.comparison.scenario.costCents - a.comparison.scenario.costCents) / 100
    expect(diff).toBe(`${d > 0 ? '+' : '−'}${formatMoney(Math.abs(d), 'USD', 0)} (${d > 0 ? 'worse' : 'better'})`)
  })

  it('matches options by id and marks the one only A has', () => {
    const groups = [...document.querySelectorAll(`#${VERSUS_OPTIONS_ID} tbody`)]
    expect(groups.map((g) => g.getAttribute('data-option-id'))).toEqual(['1', '2', '3', '4'])
    const onshore = groups.find((g) => g.getAttribute('data-option-id') === String(ONSHORE))!
    expect(onshore.querySelector('.versus-tag')?.textContent).toBe('only in A')
    expect(onshore.querySelector('tr[data-figure="annual_cost"] td:nth-child(3)')?.textContent).toBe('not in B')
  })

  it('draws both scenarios’ monthly cost in one labelled chart', () => {
    const svg = document.querySelector('svg.monthly-versus')
    expect(svg?.getAttribute('aria-labelledby')).toBe('versus-monthly-cost-title versus-monthly-cost-desc')
    expect(svg?.textContent).toContain('Cost per month (USD)')
    expect(svg?.querySelectorAll('.legend rect').length).toBe(2)
  })

  it('escapes a scenario name with a script tag and quotes everywhere it appears, the chart included', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(')
    expect(document.querySelector('script:not([src])')).toBeNull()
    expect(document.querySelector('.versus-side--b a')?.textContent).toBe(HOSTILE_NAME)
    expect(document.querySelector('svg.monthly-versus .legend')?.textContent).toContain(`B · ${HOSTILE_NAME}`)
  })

  it('answers htmx with the results region alone, and says the answer varies with HX-Request', async () => {
    const res = await get(versusPath(1, leanId), { htmx: true })
    expect(res.status).toBe(200)
    expect(res.headers.get('vary')).toContain('HX-Request')
    const body = await res.text()
    expect(body.startsWith(`<section id="${VERSUS_RESULTS_ID}"`)).toBe(true)
    expect(body).not.toMatch(/<html|<!DOCTYPE|<form/i)
  })

  it('asks for two scenarios when none is given, preselecting the first two', async () => {
    const page = await expectPage(await get(versusPath()))
    const { document: d } = parseHTML(page)
    expect(d.querySelector(`#${VERSUS_RESULTS_ID}`)?.textContent).toContain('Choose scenario A and scenario B')
    expect(d.querySelectorAll('#versus-a option').length).toBeGreaterThanOrEqual(4)
    expect(d.querySelector('#versus-a option[selected]')).not.toBeNull()
  })

  it('allows the same scenario twice, says so, and shows no change anywhere', async () => {
    const page = await expectPage(await get(versusPath(1, 1)))
    const { document: d } = parseHTML(page)
    expect(d.querySelector('[data-testid="versus-same"]')?.textContent).toContain('same scenario')
    expect(d.querySelector(`#${VERSUS_ASSUMPTIONS_ID}`)?.textContent).toContain('share every assumption')
    const diffs = [...d.querySelectorAll(`#${VERSUS_WHOLE_ID} tbody tr td:nth-child(4)`)].map((td) => td.textContent)
    expect(new Set(diffs)).toEqual(new Set(['no change']))
  })

  it('does not subtract money across currencies, and says which two', async () => {
    const page = await expectPage(await get(versusPath(1, euroId)))
    const { document: d } = parseHTML(page)
    expect(d.querySelector('[data-testid="versus-currencies"]')?.textContent).toContain('A is costed in USD and B in EUR')
    const [, costB, diff] = [...d.querySelectorAll(`#${VERSUS_WHOLE_ID} tr[data-figure="annual_cost"] td`)].map((td) => td.textContent)
    expect(costB).toMatch(/^€[\d,]+$/)
    expect(diff).toBe('not subtracted')
    expect(d.querySelector('svg.monthly-versus')).toBeNull()
  })
})

describe('refusals name the scenario they are about', () => {
  it.each([
    { query: 'a=1', status: 400, message: 'Scenario B is missing' },
    { query: 'a=&b=1', status: 400, message: 'Scenario A is missing' },
    { query: 'a=1&b=abc', status: 400, message: 'Scenario B (b=“abc”) is not a scenario id' },
    { query: 'a=-3&b=1.5', status: 400, message: 'Scenario A (a=“-3”) is not a scenario id' },
    { query: 'a=99999&b=1', status: 404, message: 'Scenario A (a=99999): there is no scenario with that id' },
    { query: 'a=1&b=0', status: 400, message: 'Scenario B (b=“0”) is not a scenario id' },
  ])('?$query → $status', async ({ query, status, message }) => {
    const page = await expectPage(await get(`/scenarios/versus?${query}`), status)
    expect(page).toContain(message)
    expect(page).toContain('role="alert"')
  })

  it('names an unstaffable scenario and why (409)', async () => {
    const page = await expectPage(await get(versusPath(faxId, 1)), 409)
    expect(page).toContain('Scenario A, “Fax line”, cannot be staffed as it stands')
    expect(page).toContain('fax')
  })

  it('answers htmx with a 422 region, which htmx swaps, so the refusal replaces stale figures', async () => {
    const res = await get('/scenarios/versus?a=1&b=zzz', { htmx: true })
    expect(res.status).toBe(422)
    const body = await res.text()
    expect(body.startsWith(`<section id="${VERSUS_RESULTS_ID}"`)).toBe(true)
    expect(body).toContain('Scenario B (b=“zzz”) is not a scenario id')
  })

  it('refuses a CSV for an unknown scenario with a page naming it', async () => {
    const page = await expectPage(await get(versusCsvPath(1, 424242)), 404)
    expect(page).toContain('Scenario B (b=424242)')
  })

  it('keeps /scenarios/versus out of the numeric scenario routes', async () => {
    expect((await get('/scenarios/versus/edit')).status).toBe(404)
  })
})

describe('GET /scenarios/versus.csv', () => {
  it('downloads the versus table as CSV that parses, one row per figure, names intact', async () => {
    const res = await get(versusCsvPath(1, leanId))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="scenario-1-versus-${leanId}.csv"`)
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true })
    expect(Object.keys(rows[0]!)).toEqual([...VERSUS_CSV_HEADER])
    expect(rows).toHaveLength(VERSUS_FIGURES.length * (1 + 4))
    expect(new Set(rows.map((r) => r.scenario_b))).toEqual(new Set([HOSTILE_NAME]))

    const cost = rows.find((r) => r.scope === 'scenario' && r.figure === 'annual_cost')!
    expect(cost.unit).toBe('USD')
    expect(Number(cost.b_minus_a)).toBeCloseTo(Number(cost.b) - Number(cost.a), 2)
    expect(Number(cost.relative_change)).toBeCloseTo((Number(cost.b) - Number(cost.a)) / Number(cost.a), 5)

    const onshore = rows.filter((r) => r.option_id === String(ONSHORE))
    expect(new Set(onshore.map((r) => r.in_scenarios))).toEqual(new Set(['only-a']))
    expect(onshore.every((r) => r.b === '' && r.b_minus_a === '' && r.note === 'only-in-a')).toBe(true)
  })
})

describe('versus view-model formatting', () => {
  const money = { key: 'annual_cost', unit: 'money' as const }
  const share = { key: 'service_level', unit: 'share' as const }

  it.each([
    { f: money, d: 1234.4, text: '+$1,234' },
    { f: money, d: -0.3, text: '≈ $0' },
    { f: share, d: 0.05, text: '+5.0 pp' },
    { f: share, d: -0.0004, text: '≈ 0.0 pp' },
    { f: share, d: 0, text: 'no change' },
    { f: share, d: NaN, text: '—' },
  ])('formatDifference($f.unit, $d) is "$text"', ({ f, d, text }) => {
    expect(formatDifference(f, d, 'USD')).toBe(text)
  })

  it('colours only a change that shows: lower cost is better, a service level too small to print is neither', () => {
    const figure = (key: string, difference: number) => ({ ...VERSUS_FIGURES.find((x) => x.key === key)!, a: 1, b: 1, difference, relativeChange: 0, unavailable: null })
    expect(direction(figure('annual_cost', -10))).toBe('better')
    expect(direction(figure('service_level', -0.02))).toBe('worse')
    expect(direction(figure('service_level', 0.0001))).toBeNull()
    expect(direction(figure('fte', 5))).toBeNull()
  })

  it.each([
    { unit: 'signed-share' as const, value: -0.1, text: '−10.0%' },
    { unit: 'share' as const, value: null, text: 'not set' },
    { unit: 'flag' as const, value: false, text: 'no' },
    { unit: 'seed' as const, value: 12345, text: '12345' },
    { unit: 'count' as const, value: 12345, text: '12,345' },
    { unit: 'seconds' as const, value: 20, text: '20 s' },
  ])('formatAssumption($unit, $value) is "$text"', ({ unit, value, text }) => {
    expect(formatAssumption(unit, value)).toBe(text)
  })
})
