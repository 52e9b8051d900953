/**
 * The comparison's sensitivity (tornado) through HTTP, in-process, on the seeded demo
 * workspace: the self-loading placeholder on the compare page, the fragment with its
 * chart, the full page for a plain visit, and 404s.
 */
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { SENSITIVITY_ID, TORNADO_CHART_ID, sensitivityPath } from '../../views/compare/sensitivity.tsx'
import { expectFragment, expectPage } from './helpers.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })
const get = (path: string, htmx = false) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))

let fragment: string

beforeAll(async () => {
  const res = await get(sensitivityPath(1), true)
  expect(res.headers.get('vary')).toContain('HX-Request')
  fragment = await expectFragment(res, SENSITIVITY_ID)
}, 60_000)

describe('the compare page', () => {
  it('carries a placeholder that loads the sensitivity over itself, with a plain link for no-JS readers', async () => {
    const html = await expectPage(await get('/scenarios/1/compare'))
    const { document } = parseHTML(html)
    const placeholder = document.getElementById(SENSITIVITY_ID)!
    expect(placeholder.getAttribute('hx-get')).toBe('/scenarios/1/compare/sensitivity')
    expect(placeholder.getAttribute('hx-trigger')).toBe('load')
    expect(placeholder.getAttribute('hx-swap')).toBe('outerHTML')
    const link = [...placeholder.querySelectorAll('a')].find((a) => a.textContent === 'Show cost sensitivity')
    expect(link?.getAttribute('href')).toBe('/scenarios/1/compare/sensitivity')
  })
})

describe('GET /scenarios/:id/compare/sensitivity', () => {
  it('answers htmx with the section: a CSP-safe tornado chart, one bar pair per assumption, and FCR said to be left out', () => {
    expect(fragment).toContain('<svg')
    const { document } = parseHTML(fragment)
    const svg = document.querySelector('svg')!
    expect(svg.getAttribute('aria-labelledby')).toBe(`${TORNADO_CHART_ID}-title ${TORNADO_CHART_ID}-desc`)
    expect(fragment).toContain('Scenario’s total annual cost (USD)')
    expect(fragment).not.toMatch(/\sstyle="|<style/)
    expect([...document.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-key'))).toHaveLength(4)
    expect(fragment).toContain('Left out: First-contact resolution')
    expect(document.querySelector('[data-testid="tornado-today"]')?.textContent).toMatch(/^\$[\d,]+$/)
  })

  it('renders a full page for a plain (non-htmx) visit, linking back to the comparison', async () => {
    const html = await expectPage(await get(sensitivityPath(1)))
    expect(html).toContain(`<section id="${SENSITIVITY_ID}"`)
    expect(html).toContain('<svg')
    expect(html).toContain('href="/scenarios/1/compare"')
  }, 30_000)

  it('is a 404 for a scenario that does not exist', async () => {
    expect((await get(sensitivityPath(999), true)).status).toBe(404)
    expect((await get(sensitivityPath(999))).status).toBe(404)
  })
})
