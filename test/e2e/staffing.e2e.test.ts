/**
 * Browser test against the real server: editing the form updates the results in
 * place (no reload), errors appear beside their field, and nothing breaks the CSP.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { answerStaffing } from '../../src/domain/staffing/calculator.ts'
import { readStaffingForm } from '../../src/web/forms/staffing-form.ts'

const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOTS = '.tmp/screenshots'

let server: ChildProcess
let serverLog = ''
let browser: Browser
let baseUrl: string

/** A port the OS says is free right now: bind port 0, read it, release it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${serverLog}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not answer within ${timeoutMs} ms:\n${serverLog}`)
}

/** Console errors and CSP violations seen by the page, gathered for the final assertions. */
interface PageProblems {
  console: string[]
}

async function openPage(width: number, problems: PageProblems): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(message.text())
  })
  page.on('pageerror', (error) => problems.console.push(String(error)))
  // Scripts injected through the DevTools protocol are not subject to the page's CSP, so this listener can record violations.
  // Browser-side code is passed as text: the project compiles without the DOM lib.
  await page.addInitScript(`
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ': ' + e.blockedURI))
  `)
  return page
}

const cspViolations = (page: Page) => page.evaluate<string[]>('window.__cspViolations')
const htmxReady = (page: Page) => page.waitForFunction(`'htmx' in window`)
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
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  server = spawn('node_modules/.bin/tsx', ['src/web/server.ts'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  await waitUntilAnswering(`${baseUrl}/`, 30_000)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (server.exitCode === null) server.kill('SIGKILL')
  }
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
