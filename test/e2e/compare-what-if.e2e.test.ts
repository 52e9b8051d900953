/**
 * The live what-if in a real browser against the real server: an edit moves the
 * comparison, the later of two fast edits is the one shown, Save survives a server
 * restart, and the downloads open as a valid CSV and a valid .xlsx.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { cspViolations, htmxReady, launchBrowser, openPage, SCREENSHOTS, startServer, type PageProblems, type RunningServer } from './harness.ts'

let dir: string
let running: RunningServer
let browser: Browser

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-what-if-'))
  running = await startServer(join(dir, 'workspace.db'))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await running?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const banner = (page: Page) => page.getByTestId('what-if-banner')
const wholeScenarioCost = (page: Page) => page.locator('#compare-table tbody tr').first().locator('td').last().textContent()

async function openCompare(problems: PageProblems, width = 1280): Promise<Page> {
  const page = await openPage(browser, width, problems)
  await page.goto(`${running.baseUrl}/scenarios/1/compare`)
  await htmxReady(page)
  return page
}

describe('what-if on the compare page', () => {
  it('moves the comparison as an input is edited, without saving', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openCompare(problems)
    const before = await wholeScenarioCost(page)
    await page.getByLabel('Volume growth').fill('15')
    await expect.poll(() => banner(page).textContent()).toContain('Volume growth: 3 % → 15 %')
    expect(await wholeScenarioCost(page)).not.toBe(before)
    expect(page.url()).toContain('growth=15')
    expect(await page.locator('#what-if-status').textContent()).toBe('1 unsaved change: the results are a what-if until you save.')
    await page.screenshot({ path: `${SCREENSHOTS}/compare-what-if-1280.png`, fullPage: true, caret: 'initial' })
    expect(await cspViolations(page)).toEqual([])
    expect(problems.console).toEqual([])
    await page.close()
  }, 60_000)

  it('shows the later answer when two edits follow each other quickly', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openCompare(problems)
    const growth = page.getByLabel('Volume growth')
    await growth.fill('40')
    await page.waitForTimeout(450) // the first request is on its way
    await growth.fill('25')
    await expect.poll(() => banner(page).textContent()).toContain('Volume growth: 3 % → 25 %')
    await page.waitForTimeout(1500) // a stale answer would land in this time
    expect(await banner(page).textContent()).toContain('3 % → 25 %')
    const direct = await openPage(browser, 1280, problems)
    await direct.goto(`${running.baseUrl}/scenarios/1/compare?growth=25`)
    expect(await wholeScenarioCost(page)).toBe(await wholeScenarioCost(direct))
    await direct.close()
    expect(await growth.inputValue()).toBe('25')
    await page.close()
  }, 60_000)

  it('downloads the what-if’s comparison as a CSV and an .xlsx that both open', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openPage(browser, 1280, problems)
    await page.goto(`${running.baseUrl}/scenarios/1/compare?growth=10`)
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const rows = parse(readFileSync((await csvDownload.path())!), { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.kind)).toContain('scenario')
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Excel' }).click()])
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/)
    const book = new ExcelJS.Workbook()
    const bytes = readFileSync((await xlsxDownload.path())!)
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    expect(book.worksheets.length).toBeGreaterThan(1)
    const values = book.worksheets[0]!.getRow(2).values as unknown[]
    expect(values.some((v) => typeof v === 'number')).toBe(true)
    await page.close()
  }, 60_000)

  it('saves the what-if, and the saved values survive a server restart', async () => {
    const problems: PageProblems = { console: [] }
    const page = await openCompare(problems)
    await page.getByLabel('Volume growth').fill('12')
    await expect.poll(() => banner(page).textContent()).toContain('3 % → 12 %')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/\/scenarios\/1\/compare\?saved=1$/)
    await expect.poll(() => banner(page).textContent()).toContain('Saved.')
    await page.close()

    await running.stop()
    running = await startServer(join(dir, 'workspace.db'))
    const again = await openCompare(problems)
    expect(await again.getByLabel('Volume growth').inputValue()).toBe('12')
    expect(await again.locator('#what-if-status').textContent()).toContain('No unsaved changes')
    expect(problems.console).toEqual([])
    await again.close()
  }, 90_000)
})
