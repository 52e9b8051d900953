/**
 * The printable report in a real browser: reached from the scenario page, every section
 * in order, no CSP violation or console error; then printed to PDF (A4) and shot on
 * screen and in print media, so the paper version can be looked at.
 */
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cspViolations, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

const SECTIONS = ['Executive summary', 'Key metrics and trends', 'Root-cause analysis', 'Wins and opportunities', 'Action items and next steps', 'Basis of the figures']

describe('printable report in a browser', () => {
  it('opens from the scenario page with every section in order, and prints to a valid multi-page A4 PDF', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    page.setDefaultTimeout(60_000)
    await page.goto(`${env.server.baseUrl}/scenarios/1`)
    await page.getByRole('link', { name: 'Printable report' }).click()
    await page.waitForURL(/\/scenarios\/1\/report$/)

    const headings = (await page.locator('.report-section__title').allTextContents()).map((t) => t.replace(/^\d+/, '').trim())
    expect(headings).toEqual(SECTIONS)
    expect(await page.getByTestId('report-recommendation').textContent()).toMatch(/is the cheapest option: \$\d+\.\d\d per contact handled/)
    expect(await page.locator('svg.monthly-cost').count()).toBe(1)
    expect(await page.locator('svg.driver-chart').count()).toBe(1)
    await page.screenshot({ path: `${SCREENSHOTS}/report-screen-1280.png`, fullPage: true, caret: 'initial' })

    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.report-toolbar').isVisible()).toBe(false)
    // A4 at 96 dpi is 794 px wide; the text block inside the margins is about 690 px.
    await page.setViewportSize({ width: 690, height: 1000 })
    await page.screenshot({ path: `${SCREENSHOTS}/report-print.png`, fullPage: true, caret: 'initial' })

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    writeFileSync(`${SCREENSHOTS}/report.pdf`, pdf)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(SECTIONS.length)

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  }, 180_000)
})
