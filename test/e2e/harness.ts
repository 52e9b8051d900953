/** Browser-test harness: the real server on 127.0.0.1 with a temporary database, and Debian's headless Chromium. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

const CHROMIUM = '/usr/bin/chromium'
export const SCREENSHOTS = '.tmp/screenshots'

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

export interface RunningServer {
  baseUrl: string
  dbPath: string
  log: () => string
  /** SIGTERM, then SIGKILL after 5 s. */
  stop: () => Promise<void>
  /** SIGKILL at once, as a crash would: no shutdown handler runs, the database is not closed. Resolves when the process is gone. */
  kill: () => Promise<void>
}

/** Starts `src/web/server.ts` as its own process on a free port; `dbPath` reuses a database (for restart tests). */
export async function startServer(dbPath?: string): Promise<RunningServer> {
  const dir = dbPath ? undefined : mkdtempSync(join(tmpdir(), 'shoreline-e2e-'))
  const path = dbPath ?? join(dir!, 'workspace.db')
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let log = ''
  // What `npm start` runs: node with tsx's loader, no wrapper process.
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/web/server.ts'], {
    env: { ...process.env, PORT: String(port), SHORELINE_DB: path },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => (log += chunk))
  server.stderr?.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${log}`)
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server did not answer within 30 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    baseUrl,
    dbPath: path,
    log: () => log,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve))
        server.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
        if (server.exitCode === null) server.kill('SIGKILL')
      }
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
    kill: async () => {
      if (server.exitCode !== null || server.signalCode !== null) return
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGKILL')
      await exited
    },
  }
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** Console errors and CSP violations seen by a page, gathered for the final assertions. */
export interface PageProblems {
  console: string[]
}

export async function openPage(browser: Browser, width: number, problems: PageProblems): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  page.on('console', (message) => {
    // htmx logs, as an error, a request it aborted itself because hx-sync="this:replace" saw a newer one: intended, not a problem.
    if (/^htmx:(sendAbort|afterRequest),/.test(message.text())) return
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

export const cspViolations = (page: Page) => page.evaluate<string[]>('window.__cspViolations')
export const htmxReady = (page: Page) => page.waitForFunction(`'htmx' in window`)

/** A real server on a temporary database and a headless browser for one test file: started before its tests, stopped after them. */
export function serverAndBrowser(): { readonly server: RunningServer; readonly browser: Browser } {
  const env = {} as { server: RunningServer; browser: Browser }
  beforeAll(async () => {
    env.server = await startServer()
    env.browser = await launchBrowser()
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.server?.stop()
  })
  return env
}

/**
 * Waits until htmx has finished settling what it swapped in. htmx updates the URL before
 * the swap and wires new elements up only when they settle, so an event fired on a
 * just-swapped control in between is lost: wait for this before using it.
 */
export const htmxSettled = (page: Page) => page.locator('.htmx-settling, .htmx-added, .htmx-swapping').first().waitFor({ state: 'detached' })
