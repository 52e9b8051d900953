/**
 * Browser test of "show your work" on the comparison: a figure's work opens from the
 * keyboard and shows its formula and inputs, the cost–quality scatter has one point
 * per option, no CSP violation; screenshots with some explanations open at 1280 and 820 px.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

const cell = (page: Page, metric: string, column: number) => page.locator(`#compare-table tr[data-metric="${metric}"] td`).nth(column)

describe('show your work in a browser', () => {
  it('opens a figure’s work from the keyboard and draws the cost–quality scatter', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/scenarios/1/compare`, { timeout: 90_000 })
    await page.locator('#compare-table').waitFor()

    // Keyboard: focus the first option's cost-per-contact "how?" and open it with Enter.
    const summary = cell(page, 'cost_per_contact', 0).locator('details.work summary')
    await summary.focus()
    await page.keyboard.press('Enter')
    const body = cell(page, 'cost_per_contact', 0).locator('.work-body')
    await expect.poll(() => body.isVisible()).toBe(true)
    expect(await body.textContent()).toMatch(/Annual cost \/ contacts handled\..*÷ [\d,]+ contacts = \$\d+\.\d{2}/)

    // A simulated figure names its seed and trials; the quality score shows its parts.
    await cell(page, 'annual_cost_p10', 2).locator('summary').click()
    expect(await cell(page, 'annual_cost_p10', 2).locator('.work-simulated').textContent()).toMatch(/futures, seed 42/)
    await cell(page, 'quality_score', 3).locator('summary').click()
    expect(await cell(page, 'quality_score', 3).locator('.work-worked').textContent()).toMatch(/= \d+\.\d points$/)

    expect(await page.locator('svg.cost-quality g.points circle').count()).toBe(4)
    await page.locator('#compare-table').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/compare-work-1280.png` })
    await cell(page, 'quality_score', 3).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/compare-work-quality-1280.png` })
    await page.locator('svg.cost-quality').screenshot({ path: `${SCREENSHOTS}/compare-cost-quality-1280.png` })

    // Its invoice link lands on the itemised invoices.
    await cell(page, 'cost_per_contact', 0).locator('.work-invoices a').click()
    await page.waitForURL(/#compare-invoices$/)

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()

    const narrow = await openPage(env.browser, 820, problems)
    await narrow.goto(`${env.server.baseUrl}/scenarios/1/compare`, { timeout: 90_000 })
    await narrow.locator('#compare-table').waitFor()
    await cell(narrow, 'fte', 1).locator('summary').click()
    await cell(narrow, 'service_level', 4).locator('summary').click()
    // Open explanations widen their column inside the table's own scroll box; the page itself does not scroll sideways.
    expect(await narrow.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(820)
    await cell(narrow, 'fte', 1).scrollIntoViewIfNeeded()
    await narrow.screenshot({ path: `${SCREENSHOTS}/compare-work-820.png` })
    await narrow.locator('svg.cost-quality').scrollIntoViewIfNeeded()
    await narrow.screenshot({ path: `${SCREENSHOTS}/compare-cost-quality-820.png` })
    expect(await cspViolations(narrow)).toEqual([])
    expect(problems.console).toEqual([])
    await narrow.close()
  }, 240_000)
})
