/**
 * Browser test against the real server: a small CSV imported through the form
 * lands on its forecast page with a heatmap; the channel links swap only the
 * heatmap (no reload) and keep the URL a link to the page; no console errors,
 * no CSP violations.
 */
import { describe, expect, it } from 'vitest'
import { cspViolations, htmxReady, openPage, type PageProblems, SCREENSHOTS, serverAndBrowser } from './harness.ts'

const env = serverAndBrowser()

/** Two weekdays of hourly voice and chat: every hour has a row (the reader refuses gaps), open 08:00–18:00, busiest mid-morning. */
function smallCsv(): string {
  const lines = ['start,channel,volume,aht_s']
  for (const day of ['2026-03-02', '2026-03-03']) {
    for (let h = 0; h < 24; h++) {
      const voice = h < 8 || h >= 18 ? 0 : 40 + 30 * Math.exp(-((h - 10.5) ** 2) / 4)
      lines.push(`${day}T${String(h).padStart(2, '0')}:00,voice,${voice.toFixed(1)},420`)
      lines.push(`${day}T${String(h).padStart(2, '0')}:00,chat,${(voice / 4).toFixed(1)},`)
    }
  }
  return `${lines.join('\n')}\n`
}

describe('forecasts in a browser', () => {
  it('imports a small CSV and shows its heatmap; channel links swap only the heatmap', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(env.browser, 1280, problems)
    await page.goto(`${env.server.baseUrl}/forecasts/import`)
    await page.setInputFiles('#import-file', { name: 'two-days.csv', mimeType: 'text/csv', buffer: Buffer.from(smallCsv()) })
    await page.fill('#import-name', 'Two days in March')
    await Promise.all([page.waitForURL(/\/forecasts\/\d+$/), page.click('form button[type="submit"]')])
    await htmxReady(page)

    expect(await page.textContent('h1')).toBe('Two days in March')
    expect(await page.isVisible('#forecast-heatmap svg.heatmap')).toBe(true)
    await page.screenshot({ path: `${SCREENSHOTS}/forecast-imported-1280.png`, fullPage: true })
    expect(await page.textContent('#forecast-heatmap figcaption')).toContain('Average voice contacts per 60-minute interval')
    expect(await page.locator('#forecast-heatmap svg.heatmap rect[fill^="rgb"]').count()).toBeGreaterThan(10)

    await page.evaluate('window.__marker = 1')
    await page.click('#forecast-heatmap nav a:has-text("chat")')
    await expect.poll(() => page.getAttribute('#forecast-heatmap nav a[aria-current="true"]', 'href').then((h) => h ?? '')).toMatch(/channel=chat$/)
    await page.waitForURL(/channel=chat$/)
    expect(await page.evaluate('window.__marker')).toBe(1)
    expect(await page.textContent('#forecast-heatmap figcaption')).toContain('Average chat contacts')

    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  })

  it('renders the list and the demo forecast cleanly at laptop and tablet widths', async () => {
    for (const width of [1280, 820]) {
      const problems: PageProblems = { console: [] }
      const page = await openPage(env.browser, width, problems)
      await page.goto(`${env.server.baseUrl}/forecasts`)
      expect(await page.textContent('main')).toContain('162,307 / week')
      await page.screenshot({ path: `${SCREENSHOTS}/forecasts-list-${width}.png`, fullPage: true })
      await page.goto(`${env.server.baseUrl}/forecasts/1`)
      await htmxReady(page)
      expect(await page.isVisible('svg.weekly-line')).toBe(true)
      await page.screenshot({ path: `${SCREENSHOTS}/forecast-detail-${width}.png`, fullPage: true })
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
      expect(overflow).toBeLessThanOrEqual(0)
      expect(await cspViolations(page)).toEqual([])
      expect(problems.console).toEqual([])
      await page.close()
    }
  })
})
