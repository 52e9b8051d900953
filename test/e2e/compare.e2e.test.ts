/**
 * Browser test against the real server: open the demo scenario, follow its link to
 * the comparison, see the table and both charts, open an invoice, switch months, all
 * without a CSP violation or console error; screenshots at desktop and tablet widths.
 */
import { describe, expect, it } from 'vitest'
import { cspViolations, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

describe('comparison in a browser', () => {
  it('shows the demo scenario’s options side by side with both charts and the invoices', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/scenarios/1`)
    await page.getByRole('link', { name: 'Compare options' }).click()
    await page.waitForURL(/\/scenarios\/1\/compare$/)

    await expect.poll(() => page.locator('h1').textContent()).toBe('Compare options')
    expect(await page.locator('#compare-table thead th').count()).toBe(6)
    expect(await page.locator('#compare-table').textContent()).toContain('Whole scenario')
    expect(await page.getByText('Simulated figures: 200 futures, seed 42').count()).toBe(1)
    expect(await page.locator('svg.monthly-cost').count()).toBe(1)
    expect(await page.locator('svg.cost-spread').count()).toBe(1)
    expect(await page.locator('svg.monthly-cost').boundingBox()).toMatchObject({ width: expect.any(Number) })

    await page.locator('#compare-invoices details summary').first().click()
    expect(await page.locator('#compare-invoices details[open] tbody tr').count()).toBeGreaterThan(0)
    await page.screenshot({ path: `${SCREENSHOTS}/compare-1280.png`, fullPage: true, caret: 'initial' })

    await page.getByRole('link', { name: '2026-05' }).click()
    await page.waitForURL(/month=2026-05/)
    expect(await page.locator('#compare-invoices [aria-current="true"]').textContent()).toBe('2026-05')

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()

    const narrow = await openPage(env.browser, 820, problems)
    await narrow.goto(`${env.server.baseUrl}/scenarios/1/compare`)
    await narrow.locator('svg.cost-spread').waitFor()
    await narrow.screenshot({ path: `${SCREENSHOTS}/compare-820.png`, fullPage: true, caret: 'initial' })
    expect(await cspViolations(narrow)).toEqual([])
    expect(problems.console).toEqual([])
    await narrow.close()
  }, 60_000)
})
