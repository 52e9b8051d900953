/**
 * Full simulation runs in a browser against the real server (`node --import tsx`, as
 * `npm start`): a long run's progress bar moves by htmx polling and Cancel stops it; a
 * short run ends with its results; without JavaScript the page refreshes itself; and
 * the home page keeps answering while a run takes a core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { cspViolations, htmxReady, launchBrowser, openPage, SCREENSHOTS, startServer, type PageProblems, type RunningServer } from './harness.ts'

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

const RUN_URL = /\/scenarios\/1\/simulations\/[0-9a-f-]{36}$/
const progressValue = async (page: Page) => Number((await page.locator('#full-run-progress').getAttribute('value')) ?? NaN)

async function startRun(page: Page, trials: string): Promise<void> {
  await page.goto(`${baseUrl}/scenarios/1/simulations`)
  await page.fill('#full-run-trials', trials)
  await page.getByRole('button', { name: 'Start full run' }).click()
  await page.waitForURL(RUN_URL)
}

describe('full simulation runs in a browser', () => {
  it('shows a long run’s progress bar moving, and Cancel stops it and says so', { timeout: 120_000 }, async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(browser, 1280, problems)
    await startRun(page, '50000')
    await htmxReady(page)
    await page.evaluate('window.__sameDocument = true')

    await expect.poll(() => progressValue(page), { timeout: 30_000 }).toBeGreaterThan(0)
    const first = await progressValue(page)
    await expect.poll(() => progressValue(page), { timeout: 30_000 }).toBeGreaterThan(first)
    // The bar moved by htmx swaps, not by reloading the page.
    expect(await page.evaluate('window.__sameDocument')).toBe(true)
    expect(await page.locator('[data-testid="run-futures"]').textContent()).toMatch(/^[\d,]+ of 50,000 futures$/)
    expect(await page.locator('.full-run-status__figures').textContent()).toMatch(/^[\d.]+% done · .+ elapsed · about .+ remaining$/)
    await page.screenshot({ path: `${SCREENSHOTS}/simulation-running.png`, fullPage: true, caret: 'initial' })

    await page.getByRole('button', { name: 'Cancel run' }).click()
    await expect.poll(() => page.locator('[data-testid="run-state"]').textContent()).toMatch(/^Run cancelled after [\d,]+ of 50,000 futures/)
    expect(await page.locator('#full-run-results caption').textContent()).toMatch(/^Partial: [\d,]+ futures from seed 42, of the 50,000 asked for/)
    expect(await page.getByRole('button', { name: 'Cancel run' }).count()).toBe(0)
    await page.screenshot({ path: `${SCREENSHOTS}/simulation-cancelled.png`, fullPage: true, caret: 'initial' })

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('finishes a short run and shows each option’s figures, naming trials and seed', { timeout: 120_000 }, async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(browser, 1280, problems)
    await startRun(page, '2000')
    await htmxReady(page)
    await page.evaluate('window.__sameDocument = true')

    await expect.poll(() => page.locator('[data-testid="run-state"]').textContent(), { timeout: 60_000 }).toMatch(/^Done: 2,000 futures from seed 42 in [\d.]+ s\.$/)
    expect(await page.evaluate('window.__sameDocument')).toBe(true)
    expect(await page.locator('#full-run-results caption').textContent()).toContain('Full run: 2,000 futures from seed 42')
    const rows = await page.locator('#full-run-results tbody th').allTextContents()
    expect(rows).toEqual(['In-house, Charlotte', 'Onshore partner, Dallas (per hour)', 'Nearshore partner, Monterrey (per interaction)', 'Offshore partner, Manila (per FTE)', 'Whole scenario'])
    expect(await page.locator('#full-run-results tbody tr').first().locator('td').first().textContent()).toMatch(/^\$\d{1,3}(,\d{3})+$/)
    // Done takes the Cancel button away (out-of-band swap).
    expect(await page.getByRole('button', { name: 'Cancel run' }).count()).toBe(0)
    await page.screenshot({ path: `${SCREENSHOTS}/simulation-done.png`, fullPage: true, caret: 'initial' })

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('works without JavaScript: the page refreshes itself until the results show', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await startRun(page, '2000')
    await expect.poll(() => page.locator('[data-testid="run-state"]').count(), { timeout: 60_000, interval: 250 }).toBe(1)
    expect(await page.locator('[data-testid="run-state"]').textContent()).toMatch(/^Done: 2,000 futures/)
    await context.close()
  })

  it('keeps answering other pages while a long run goes on', { timeout: 120_000 }, async () => {
    const timeHome = async () => {
      const t0 = performance.now()
      const res = await fetch(`${baseUrl}/`)
      await res.text()
      expect(res.status).toBe(200)
      return performance.now() - t0
    }
    const before = [await timeHome(), await timeHome(), await timeHome()]
    const start = await fetch(`${baseUrl}/scenarios/1/simulations`, {
      method: 'POST',
      body: new URLSearchParams({ trials: '100000' }),
      headers: { Origin: baseUrl },
      redirect: 'manual',
    })
    expect(start.status).toBe(303)
    const runUrl = `${baseUrl}${start.headers.get('location')}`
    // Wait until the futures are being drawn, so the worker is busy.
    await expect.poll(async () => /data-testid="run-futures">[1-9]/.test(await (await fetch(runUrl)).text()), { timeout: 30_000, interval: 200 }).toBe(true)
    const during: number[] = []
    for (let i = 0; i < 10; i++) during.push(await timeHome())
    expect(await (await fetch(runUrl)).text()).toMatch(/data-testid="run-futures">[\d,]+ of 100,000 futures</)
    const ms = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ')
    console.log(`GET / latency (ms) before the run: ${ms(before)}; while a 100,000-future run goes on: ${ms(during)}`)
    const cancel = await fetch(`${runUrl}/cancel`, { method: 'POST', headers: { Origin: baseUrl }, redirect: 'manual' })
    expect(cancel.status).toBe(303)
  })
})
