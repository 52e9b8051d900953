/**
 * Browser test against the real server (demo workspace): a CSV imported through the data form
 * replaces a stored value; on the comparison, moving weight from abandonment to handle time
 * re-ranks the partners without a reload (the demo is built so the onshore partner leads on the
 * default weights and the in-house team on handle time); a bad weight is refused beside the
 * form; every view fits laptop and tablet widths with no console errors or CSP violations.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, htmxReady, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

/** A bad October for the onshore partner's CSAT: 80 % of 410 responses, replacing the demo's value. */
const CSV = `partner,period,kpi,value,sample_size
"onshore partner, dallas (per hour)",2026-10,csat,0.80,410
`

const ranking = (page: Page) => page.locator('[data-testid="ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-partner')))

describe('scorecards in a browser', () => {
  it('imports a CSV through the form, then a weight change re-ranks the partners without a reload', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/scorecards/data`)
    await htmxReady(page)
    expect(await page.textContent('[data-testid="demo-label"]')).toContain('invented demo data')

    await page.setInputFiles('#scorecard-file', { name: 'october.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await Promise.all([page.waitForURL(/imported=0&replaced=1/), page.click('#scorecard-import button[type="submit"]')])
    expect(await page.textContent('.ws-notice-done')).toContain('Imported 1 value: 0 new, 1 replacing stored ones.')
    const csat = await page.locator('[data-testid="stored-period"] tr[data-kpi="csat"]').textContent()
    expect(csat).toContain('80.0% (n 410)')

    await page.goto(`${env.server.baseUrl}/scorecards`)
    await htmxReady(page)
    const before = await ranking(page)
    expect(before[0]).toBe('Onshore partner, Dallas (per hour)')
    await page.screenshot({ path: `${SCREENSHOTS}/scorecards-imported-1280.png`, fullPage: true, caret: 'initial' })

    await page.evaluate('window.__marker = 1')
    await page.fill('#weight-abandon-rate', '0')
    await page.fill('#weight-aht', '20')
    await page.click('#scorecard-weights-form button[type="submit"]:has-text("Save weights")')
    await expect.poll(() => page.textContent('#scorecard-weights-form [role="status"]')).toContain('Saved')
    const after = await ranking(page)
    expect(after[0]).toBe('In-house, Charlotte')
    expect(after).not.toEqual(before)
    expect(await page.evaluate('window.__marker')).toBe(1)

    await page.fill('#weight-aht', '50')
    await page.click('#scorecard-weights-form button[type="submit"]:has-text("Save weights")')
    await expect.poll(() => page.textContent('#weights-error')).toBe('The weights must add up to 100 %; they add up to 130 %.')
    expect(await ranking(page)).toEqual(after)
    expect(await page.evaluate('window.__marker')).toBe(1)

    expect(await cspViolations(page)).toEqual([])
    // The refused weights are a 422, which the browser logs as a failed resource load; nothing else may appear.
    expect(problems.console.filter((m) => !/status of 422/.test(m))).toEqual([])
    await page.close()
  })

  it('the cadence tabs swap the report in place and keep the URL a link to it', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/scorecards/reports?cadence=month`)
    await htmxReady(page)
    await page.evaluate('window.__marker = 1')
    await page.click('.scorecard-cadences a:has-text("Weekly team view")')
    await page.waitForURL(/cadence=week$/)
    await expect.poll(() => page.textContent('#scorecard-report-heading')).toBe('Weekly team report: Week 43, 2026')
    expect(await page.evaluate('window.__marker')).toBe(1)
    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('every view renders cleanly at laptop and tablet widths', async () => {
    const views = {
      comparison: '/scorecards',
      weekly: '/scorecards/reports?cadence=week',
      monthly: '/scorecards/reports?cadence=month',
      quarterly: '/scorecards/reports?cadence=quarter',
      data: '/scorecards/data',
      catalogue: '/scorecards/catalogue',
    }
    for (const width of [1280, 820]) {
      for (const [name, path] of Object.entries(views)) {
        const problems: PageProblems = { console: [] }
        const page = await openPage(env.browser, width, problems)
        await page.goto(`${env.server.baseUrl}${path}`)
        await htmxReady(page)
        await page.screenshot({ path: `${SCREENSHOTS}/scorecards-${name}-${width}.png`, fullPage: true })
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
        expect(overflow, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0)
        expect(await cspViolations(page)).toEqual([])
        expect(problems.console).toEqual([])
        await page.close()
      }
    }
  })
})
