/** The typical-week chart in the scenario page's coverage region: in the full page and in the fragment the selector swaps, CSP-safe. */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { listOptions } from '../../src/db/sourcing-options.ts'
import { createApp } from '../../src/web/app.ts'
import { TYPICAL_WEEK_ID, typicalWeekTitle } from '../../views/charts/typical-week.ts'
import { COVERAGE_ID } from '../../views/scenarios/ids.ts'

function workspace() {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const app = createApp({ db })
  const option = (prefix: string) => listOptions(db).find((o) => o.name.startsWith(prefix))!
  const get = (path: string, htmx = false) => Promise.resolve(app.request(path, { headers: htmx ? { 'HX-Request': 'true' } : {} }))
  return { get, option }
}

/** The typical-week <svg> inside the coverage region of `html`, found by its accessible title. */
function chartIn(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const coverage = document.getElementById(COVERAGE_ID)
  expect(coverage).not.toBeNull()
  const title = coverage!.querySelector(`svg > title#${TYPICAL_WEEK_ID}-title`)
  expect(title).not.toBeNull()
  const svg = title!.parentNode as unknown as { outerHTML: string; getAttribute(name: string): string | null }
  return { coverage: coverage!, svg, title: title!.textContent ?? '' }
}

function expectCspSafe(svg: string) {
  expect(svg).not.toMatch(/\sstyle=|<style/)
}

describe('typical-week chart on the scenario page', () => {
  it('draws the selected option’s typical week above the heatmap, named, with axes and a legend in the SVG', async () => {
    const w = workspace()
    const res = await w.get('/scenarios/1')
    expect(res.status).toBe(200)
    const html = await res.text()
    const { coverage, svg, title } = chartIn(html)
    // The demo's first channel and option are shown when the query names none.
    expect(title).toBe(typicalWeekTitle('In-house, Charlotte', 'voice'))
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe(`${TYPICAL_WEEK_ID}-title ${TYPICAL_WEEK_ID}-desc`)
    expect(svg.outerHTML).toContain('Productive agents')
    expect(svg.outerHTML).toContain('Day of the week')
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) expect(svg.outerHTML).toContain(`>${day}<`)
    for (const key of ['Required', 'Supplied', 'Shortfall: fewer supplied than required', 'Surplus: more supplied than required']) expect(svg.outerHTML).toContain(`>${key}<`)
    expectCspSafe(svg.outerHTML)
    // Above the heatmap, inside the same region.
    const inner = coverage.outerHTML
    expect(inner.indexOf(`${TYPICAL_WEEK_ID}-title`)).toBeGreaterThan(-1)
    expect(inner.indexOf(`${TYPICAL_WEEK_ID}-title`)).toBeLessThan(inner.indexOf('coverage-heatmap-title'))
  })

  it('is in the coverage fragment the selector swaps, for the option and channel picked, the same as in the page', async () => {
    const w = workspace()
    const onshore = w.option('Onshore')
    const query = `?channel=voice&option=${onshore.id}&week=3`
    const res = await w.get(`/scenarios/1/coverage${query}`, true)
    expect(res.status).toBe(200)
    const fragment = await res.text()
    expect(fragment.startsWith(`<section id="${COVERAGE_ID}"`)).toBe(true)
    const { svg, title } = chartIn(fragment)
    expect(title).toBe(typicalWeekTitle(onshore.name, 'voice'))
    expectCspSafe(fragment)
    const page = await (await w.get(`/scenarios/1${query}`)).text()
    expect(chartIn(page).svg.outerHTML).toBe(svg.outerHTML)
  })

  it('names each open slot’s numbers on hover and leaves no inline style anywhere in the page', async () => {
    const w = workspace()
    const html = await (await w.get('/scenarios/1')).text()
    const { svg } = chartIn(html)
    expect(svg.outerHTML).toMatch(/<title>Monday \d\d:\d\d: required [\d,.]+, supplied [\d,.]+ agents \((short [\d,.]+|surplus [\d,.]+|on requirement)\)<\/title>/)
    expect(html).not.toMatch(/\sstyle=|<style/)
  })
})
