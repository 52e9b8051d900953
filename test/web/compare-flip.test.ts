/**
 * The comparison's decision flip through HTTP, in-process, on the seeded demo
 * workspace: the self-loading placeholder on the compare page, the fragment (computed
 * once: four break-evens take a few seconds), the full page for a plain visit, and 404s.
 */
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { cloneScenario, getScenario, updateScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { FLIP_ID, flipPath } from '../../views/compare/flip.tsx'
import { expectFragment, expectPage } from './helpers.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
// A one-option copy of the demo: nothing to flip, so its full page is cheap (no break-evens).
const single = cloneScenario(db, 1)!
{
  const { id: _id, updatedAt: _at, ...s } = getScenario(db, single)!
  updateScenario(db, single, { ...s, options: s.options.filter((o) => o.optionId === 4), channels: s.channels.map((c) => ({ ...c, allocation: { mode: 'shares' as const, shares: [{ optionId: 4, share: 1 }] } })) })
}
const app = createApp({ db })
const get = (path: string, htmx = false) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))

// Demo: 4 offshore (cheapest per contact), then 3 nearshore.
const CHEAPER = 'Offshore partner, Manila (per FTE)'
const RUNNER_UP = 'Nearshore partner, Monterrey (per interaction)'
let fragment: string
let fragmentMs: number

beforeAll(async () => {
  const t = performance.now()
  const res = await get(flipPath(1), true)
  fragmentMs = performance.now() - t
  expect(res.headers.get('vary')).toContain('HX-Request')
  fragment = await expectFragment(res, FLIP_ID)
}, 60_000)

describe('the compare page', () => {
  it('carries a placeholder that loads the fragment over itself, with a plain link for no-JS readers', async () => {
    const html = await expectPage(await get('/scenarios/1/compare'))
    const { document } = parseHTML(html)
    const placeholder = document.getElementById(FLIP_ID)!
    expect(placeholder.getAttribute('hx-get')).toBe('/scenarios/1/compare/flip')
    expect(placeholder.getAttribute('hx-trigger')).toBe('load')
    expect(placeholder.getAttribute('hx-swap')).toBe('outerHTML')
    expect(placeholder.textContent).toContain('Working out break-evens…')
    const link = [...placeholder.querySelectorAll('a')].find((a) => a.textContent === 'Show break-even values')
    expect(link?.getAttribute('href')).toBe('/scenarios/1/compare/flip')
    expect(html).not.toMatch(/\sstyle="|<style/)
  })
})

describe('GET /scenarios/:id/compare/flip', () => {
  it('names both leading options, says what costing the same means, and has one row per assumption', () => {
    const { document } = parseHTML(fragment)
    expect(document.querySelector('[data-testid="flip-cheaper"]')?.textContent).toBe(CHEAPER)
    expect(document.querySelector('[data-testid="flip-runner-up"]')?.textContent).toBe(RUNNER_UP)
    expect(fragment).toContain('the same cost per contact handled')
    expect(fragment).toContain('the same cost per issue resolved')
    const rows = [...document.querySelectorAll('tbody tr')]
    expect(rows.map((r) => r.getAttribute('data-assumption'))).toEqual(['volume', 'aht', 'fcr', 'price'])
    for (const r of rows) expect(r.querySelectorAll('td')[0]?.textContent).not.toBe('—')
    expect(fragment).not.toMatch(/\sstyle="|<style/)
    expect(fragmentMs).toBeLessThan(15_000)
  })

  it('renders a full page for a plain (non-htmx) visit, linking back to the comparison', async () => {
    // The one-option copy, so the break-evens run only once in this file.
    const html = await expectPage(await get(flipPath(single)))
    expect(html).toContain(`<section id="${FLIP_ID}"`)
    expect(html).toContain(`href="/scenarios/${single}/compare"`)
    expect(html).toContain('There is no decision to flip')
  })

  it('is a 404 for a scenario that does not exist', async () => {
    expect((await get(flipPath(999), true)).status).toBe(404)
    expect((await get(flipPath(999))).status).toBe(404)
  })
})
