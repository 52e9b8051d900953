/**
 * Browser test against the real server: editing the form updates the results in
 * place (no reload), errors appear beside their field, and nothing breaks the CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { answerStaffing } from '../../src/domain/staffing/calculator.ts'
import { readStaffingForm } from '../../src/web/forms/staffing-form.ts'
import { cspViolations, htmxReady, launchBrowser, openPage as openBrowserPage, SCREENSHOTS, startServer, type PageProblems, type RunningServer } from './harness.ts'

let running: RunningServer
let browser: Browser
let baseUrl: string

const openPage = (width: number, problems: PageProblems) => openBrowserPage(browser, width, problems)
const agentsText = (page: Page) => page.locator('[data-testid="agents"]').textContent()

/** The headcount the domain gives for the default form with these fields changed, as the page prints it. */
function expectedAgents(query: Record<string, string>): string {
  const form = readStaffingForm(query)
  if (!form.ok) throw new Error('expected a valid question')
  const outcome = answerStaffing(form.question)
  if (!outcome.ok) throw new Error('expected an answer')
  return String(outcome.answer.agents)
}

beforeAll(async () => {
  running = await startServer()
  baseUrl = running.baseUrl
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await running?.stop()
})

describe('staffing calculator in a browser', () => {
  it('updates the answer in place as a field changes, and keeps the URL shareable', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(1280, problems)
    await page.goto(`${baseUrl}/staffing`)
    await htmxReady(page)
    expect(await agentsText(page)).toBe(expectedAgents({}))
    // A full reload would wipe this; an htmx swap keeps it.
    await page.evaluate('window.__marker = 1')

    await page.fill('#field-contacts', '400')
    await expect.poll(() => agentsText(page)).toBe(expectedAgents({ contacts: '400' }))

    expect(await page.evaluate('window.__marker')).toBe(1)
    await page.waitForURL(/\/staffing\?.*contacts=400/)
    await page.screenshot({ path: `${SCREENSHOTS}/staffing.png`, fullPage: true })

    // Back shows the earlier question and its answer together (rebuilt from the URL, not a stale snapshot).
    await page.fill('#field-contacts', '250')
    await page.waitForURL(/contacts=250/)
    await page.goBack()
    await page.waitForURL(/contacts=400/)
    await expect.poll(() => page.inputValue('#field-contacts')).toBe('400')
    await expect.poll(() => agentsText(page)).toBe(expectedAgents({ contacts: '400' }))

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('shows a message beside the field that caused it, and clears it once fixed', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(1280, problems)
    await page.goto(`${baseUrl}/staffing`)
    await htmxReady(page)

    await page.fill('#field-ahtSeconds', 'abc')
    await expect.poll(() => page.locator('#error-ahtSeconds').textContent()).toBe('AHT must be a number.')
    expect(await page.locator('#results').textContent()).toContain('No answer yet')
    await page.screenshot({ path: `${SCREENSHOTS}/staffing-error.png`, fullPage: true })

    await page.fill('#field-ahtSeconds', '240')
    await expect.poll(() => page.locator('#error-ahtSeconds').textContent()).toBe('')
    await expect.poll(() => agentsText(page)).toBe(expectedAgents({ ahtSeconds: '240' }))

    expect(await cspViolations(page)).toEqual([])
    // Chromium logs the 422 response as a failed resource load; that is the validation answer, not a fault.
    expect(problems.console.filter((m) => !/status of 422/.test(m))).toEqual([])
    await page.close()
  })

  it('renders chat on a tablet and the other pages at both widths without CSP violations (screenshots for review)', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(820, problems)
    await page.goto(`${baseUrl}/staffing?channel=chat&concurrency=2&patienceSeconds=120&maxAbandonPercent=5`)
    await page.screenshot({ path: `${SCREENSHOTS}/staffing-tablet.png`, fullPage: true })
    expect(await cspViolations(page)).toEqual([])

    for (const width of [1280, 820]) {
      await page.setViewportSize({ width, height: 900 })
      for (const [path, name] of [['/', 'home'], ['/methods', 'methods']] as const) {
        await page.goto(`${baseUrl}${path}`)
        await page.screenshot({ path: `${SCREENSHOTS}/${name}${width === 1280 ? '' : '-tablet'}.png`, fullPage: true })
        expect(await cspViolations(page)).toEqual([])
      }
    }
    expect(problems.console).toEqual([])
    await page.close()
  })
})
