/**
 * Browser test against the real server (demo workspace): a small CSV imported through the
 * form adds a month to the table; changing a weight changes the points without a reload; the
 * week view swaps in place and keeps the URL a link to the page; a bad weight is refused
 * beside its field; the page fits laptop and tablet widths with no console errors or CSP violations.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, htmxReady, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

/** Two days of November 2026 (after the demo's twelve months) for the onshore partner: 140 solved tickets over 20 paid hours. */
const CSV = `option,date,tickets_created,tickets_solved,inbound_calls,outbound_calls,call_minutes,voicemails,chats,paid_hours
"Onshore partner, Dallas (per hour)",2026-11-02,0,80,0,0,0,0,0,10
"Onshore partner, Dallas (per hour)",2026-11-03,0,60,0,0,0,0,0,10
`

/** The onshore partner's figure in a month's row: its column is found by header text, not position. */
async function onshoreCell(page: Page, period: string): Promise<string> {
  const headers = await page.locator('table.activity-table thead th').allTextContents()
  const column = headers.findIndex((h) => h.startsWith('Onshore partner'))
  return (await page.locator(`table.activity-table tr[data-period="${period}"] > *`).nth(column).textContent())!.trim()
}

describe('activity in a browser', () => {
  it('imports a CSV through the form, then a weight change moves the points without a reload', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/activity`)
    await htmxReady(page)
    expect(await page.textContent('[data-testid="demo-label"]')).toContain('invented demo activity')
    expect(await page.locator('tr[data-period="2026-11"]').count()).toBe(0)

    await page.setInputFiles('#activity-file', { name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await Promise.all([page.waitForURL(/imported=2/), page.click('#activity-import button[type="submit"]')])
    await htmxReady(page)
    expect(await page.textContent('.ws-notice-done')).toContain('Imported 2 days.')
    expect(await onshoreCell(page, '2026-11')).toBe('7.00')
    // caret 'initial': Playwright's default caret hiding leaves style="" on inputs, which htmx's settle
    // step then copies onto the swapped-in inputs, and the CSP reports it (a test artefact, not the page).
    await page.screenshot({ path: `${SCREENSHOTS}/activity-imported-1280.png`, fullPage: true, caret: 'initial' })

    await page.evaluate('window.__marker = 1')
    await page.fill('#weight-tickets_solved', '2')
    await page.click('#activity-weights button[type="submit"]:has-text("Save weights")')
    await expect.poll(() => onshoreCell(page, '2026-11')).toBe('14.00')
    expect(await page.textContent('#activity-weights [role="status"]')).toContain('Saved')
    expect(await page.evaluate('window.__marker')).toBe(1)

    await page.fill('#weight-chats', '-1')
    await page.click('#activity-weights button[type="submit"]:has-text("Save weights")')
    await expect.poll(() => page.textContent('#weight-chats-error')).toBe('Chats must be at least 0.')
    expect(await onshoreCell(page, '2026-11')).toBe('14.00')
    expect(await page.evaluate('window.__marker')).toBe(1)

    await page.click('.activity-views a:has-text("By week")')
    await page.waitForURL(/\/activity\?by=week$/)
    await expect.poll(() => page.locator('table.activity-table thead th').first().textContent()).toBe('ISO week')
    expect(await onshoreCell(page, '2026-W45')).toBe('14.00')
    expect(await page.evaluate('window.__marker')).toBe(1)

    expect(await cspViolations(page)).toEqual([])
    // The refused weight is a 422, which the browser logs as a failed resource load; nothing else may appear.
    expect(problems.console.filter((m) => !/status of 422/.test(m))).toEqual([])
    await page.close()
  })

  it('renders cleanly at laptop and tablet widths, by month and by day', async () => {
    for (const width of [1280, 820]) {
      for (const view of ['month', 'day']) {
        const problems: PageProblems = { console: [] }
        const page = await openPage(env.browser, width, problems)
        await page.goto(`${env.server.baseUrl}/activity?by=${view}`)
        await htmxReady(page)
        expect(await page.isVisible('svg.points-per-hour')).toBe(true)
        await page.screenshot({ path: `${SCREENSHOTS}/activity-${view}-${width}.png`, fullPage: true })
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
        expect(overflow).toBeLessThanOrEqual(0)
        expect(await cspViolations(page)).toEqual([])
        expect(problems.console).toEqual([])
        await page.close()
      }
    }
  })
})
