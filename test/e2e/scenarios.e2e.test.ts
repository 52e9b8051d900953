/**
 * Browser test against the real server: create a scenario through the form (htmx
 * redraws it as the forecast and options are chosen), land on its staffing page with
 * the heatmap, switch the coverage view and rename in place, all without a CSP
 * violation or console error; the form also works with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { cspViolations, htmxReady, launchBrowser, openPage, SCREENSHOTS, startServer, type PageProblems, type RunningServer, htmxSettled } from './harness.ts'

let running: RunningServer
let browser: Browser
let baseUrl: string

beforeAll(async () => {
  running = await startServer()
  baseUrl = running.baseUrl
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await running?.stop()
})

/** The id of an option, read from its checkbox in the form. */
const optionValue = (page: Page, name: RegExp) => page.getByRole('checkbox', { name }).getAttribute('value')

describe('scenarios in a browser', () => {
  it('creates a scenario through the form and shows its staffing with the heatmap', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(browser, 1280, problems)
    await page.goto(`${baseUrl}/scenarios/new`)
    await htmxReady(page)

    await page.fill('#field-name', 'Sixty forty e2e')
    await page.selectOption('#field-forecastId', { label: 'Retail bank 2026 (from 2003 bank arrivals)' })
    await page.getByText('Channel: voice').waitFor()
    await page.getByRole('checkbox', { name: /In-house, Charlotte/ }).check()
    await page.getByRole('checkbox', { name: /Nearshore partner/ }).check()
    const inHouse = await optionValue(page, /In-house, Charlotte/)
    const near = await optionValue(page, /Nearshore partner/)
    // Each tick redraws the form; the share inputs exist once both redraws have landed.
    await page.locator(`#field-channel-0-share-${inHouse}`).waitFor()
    await page.locator(`#field-channel-0-share-${near}`).waitFor()
    await page.fill(`#field-channel-0-share-${inHouse}`, '60')
    await page.fill(`#field-channel-0-share-${near}`, '40')
    // caret: 'initial' — hiding the caret injects a <style>, which the CSP rightly blocks and logs as an error.
    await page.screenshot({ path: `${SCREENSHOTS}/scenario-form.png`, fullPage: true, caret: 'initial' })

    await page.locator('.form-actions button[type="submit"]').click()
    await page.waitForURL(/\/scenarios\/\d+$/)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sixty forty e2e')
    expect(await page.locator('#coverage svg.heatmap').count()).toBe(1)
    expect(await page.locator('table[data-channel="voice"] tbody tr').count()).toBe(2)
    expect(await page.locator('table[data-channel="voice"]').textContent()).toContain('In-house, Charlotte')

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('switches the coverage view and renames in place, without reloading the page', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(browser, 1280, problems)
    const t0 = Date.now()
    await page.goto(`${baseUrl}/scenarios/1`)
    const firstLoad = Date.now() - t0
    await htmxReady(page)
    await page.evaluate('window.__marker = 1')

    await page.locator('.scenario-picker a', { hasText: 'Onshore partner' }).first().click()
    await expect.poll(() => page.locator('.scenario-coverage__title').textContent()).toContain('Onshore partner, Dallas (per hour) · voice')
    await page.waitForURL(/\/scenarios\/1\?channel=voice&option=\d+&week=1$/)
    await htmxSettled(page)
    await page.selectOption('#coverage-week', '3')
    await expect.poll(() => page.locator('.scenario-days-table tbody th').first().textContent()).toBe('Mon 19 Jan 2026')
    await page.waitForURL(/week=3$/)
    await page.screenshot({ path: `${SCREENSHOTS}/scenario-staffing.png`, fullPage: true, caret: 'initial' })

    await page.getByRole('link', { name: 'Rename' }).click()
    await page.fill('#rename-name', 'Blended, renamed')
    await page.getByRole('button', { name: 'Save name' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Blended, renamed')

    expect(await page.evaluate('window.__marker')).toBe(1)
    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    // The plan is cached after the first request, so a reload is quick; the first one computes a year of intervals.
    const t1 = Date.now()
    await page.reload()
    const cachedLoad = Date.now() - t1
    console.log(`scenario page: first load ${firstLoad} ms, cached reload ${cachedLoad} ms`)
    expect(firstLoad).toBeLessThan(5000)
    await page.close()
  })

  it('redraws the form with JavaScript off: the channels appear after “Show its channels”', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/scenarios/new`)
    await page.selectOption('#field-forecastId', { label: 'Retail bank 2026 (from 2003 bank arrivals)' })
    await page.getByRole('button', { name: 'Show its channels' }).click()
    await page.getByText('Channel: voice').waitFor()
    expect(await page.locator('#field-forecastId').inputValue()).not.toBe('')
    await context.close()
  })

  it('looks right at laptop and tablet widths', async () => {
    for (const width of [1280, 820]) {
      const problems: PageProblems = { console: [] }
      const page = await openPage(browser, width, problems)
      for (const [name, path] of [
        ['scenarios-list', '/scenarios'],
        ['scenario-staffing', '/scenarios/1?channel=voice&option=2&week=3'],
        ['scenario-form', '/scenarios/1/edit'],
      ] as const) {
        await page.goto(`${baseUrl}${path}`)
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true, caret: 'initial' })
        // Nothing wider than the window: tables scroll inside their own box, never the page.
        expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), `${name} at ${width}px`).toBe(true)
      }
      expect(await cspViolations(page)).toEqual([])
      expect(problems.console).toEqual([])
      await page.close()
    }
  })
})
