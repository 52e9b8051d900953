/**
 * Browser test against the real server: clone the demo scenario from the scenarios
 * list, change its volume growth through the edit form, then pick the two on the
 * versus page and see the difference; changing a select swaps only the results
 * region and updates the address bar. No CSP violation or console error; screenshots
 * at laptop and tablet widths.
 */
import { describe, expect, it } from 'vitest'
import { cspViolations, htmxReady, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

describe('scenario versus scenario in a browser', () => {
  it('compares the demo scenario with a clone given more growth, and swaps the results when a select changes', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)

    // A second scenario: the demo cloned from the list, then 10 % volume growth instead of 3 %.
    await page.goto(`${env.server.baseUrl}/scenarios`)
    await page.getByRole('button', { name: 'Clone' }).first().click()
    await page.waitForURL(/\/scenarios\/(\d+)$/)
    const cloneId = Number(/\/scenarios\/(\d+)$/.exec(page.url())![1])
    await page.goto(`${env.server.baseUrl}/scenarios/${cloneId}/edit`)
    await htmxReady(page)
    await page.getByLabel('Volume growth').fill('10')
    await page.locator('.form-actions button[type="submit"]').click()
    await page.waitForURL(new RegExp(`/scenarios/${cloneId}$`))

    await page.goto(`${env.server.baseUrl}/scenarios`)
    await page.getByRole('link', { name: 'Compare two scenarios' }).click()
    await page.waitForURL(/\/scenarios\/versus$/)
    await htmxReady(page)
    await page.evaluate('window.__marker = 1')

    await page.selectOption('#versus-a', '1')
    await page.selectOption('#versus-b', String(cloneId))
    await page.locator('#versus-assumptions').waitFor({ timeout: 15_000 })
    await page.waitForURL(new RegExp(`/scenarios/versus\\?a=1&b=${cloneId}$`))
    const growth = page.locator('#versus-assumptions tr[data-assumption="growth-volume"]')
    expect(await growth.locator('td').allTextContents()).toEqual(['Scenario', '+3.0%', '+10.0%'])
    const cost = page.locator('#versus-whole tr[data-figure="annual_cost"] td')
    expect(await cost.nth(2).textContent()).toMatch(/^\+\$[\d,]+ \(worse\)$/)
    expect(await page.locator('svg.monthly-versus').count()).toBe(1)
    expect(await page.evaluate('window.__marker')).toBe(1)
    await page.screenshot({ path: `${SCREENSHOTS}/versus-1280.png`, fullPage: true, caret: 'initial' })

    // The same scenario on both sides: the region swaps (no reload), says so, and the URL follows.
    await page.selectOption('#versus-b', '1')
    await page.getByTestId('versus-same').waitFor({ timeout: 15_000 })
    await page.waitForURL(/\/scenarios\/versus\?a=1&b=1$/)
    expect(await page.locator('#versus-assumptions').textContent()).toContain('share every assumption')
    expect(await cost.nth(2).textContent()).toBe('no change')
    expect(await page.evaluate('window.__marker')).toBe(1)

    expect(await cspViolations(page)).toEqual([])
    // Choosing A then B at once sends two requests; hx-sync="this:replace" aborts the first, which htmx logs as an error. Nothing else may be logged.
    expect(problems.console.filter((m) => !/^htmx:(sendAbort|afterRequest),/.test(m))).toEqual([])
    problems.console.length = 0
    await page.close()

    const narrow = await openPage(env.browser, 820, problems)
    await narrow.goto(`${env.server.baseUrl}/scenarios/versus?a=1&b=${cloneId}`)
    await narrow.locator('svg.monthly-versus').waitFor()
    await narrow.screenshot({ path: `${SCREENSHOTS}/versus-820.png`, fullPage: true, caret: 'initial' })
    expect(await cspViolations(narrow)).toEqual([])
    expect(problems.console).toEqual([])
    await narrow.close()
  }, 120_000)

  it('answers a bad id with a message naming it, and works with JavaScript off', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const response = await page.goto(`${env.server.baseUrl}/scenarios/versus?a=1&b=abc`)
    expect(response?.status()).toBe(400)
    expect(await page.getByRole('alert').textContent()).toContain('Scenario B (b=“abc”) is not a scenario id')
    await page.selectOption('#versus-b', '1')
    await page.getByRole('button', { name: 'Compare' }).click()
    await page.waitForURL(/\/scenarios\/versus\?a=1&b=1$/)
    expect(await page.getByTestId('versus-same').count()).toBe(1)
    await context.close()
  }, 60_000)
})
