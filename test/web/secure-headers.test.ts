/**
 * Secure headers: every page and fragment the app serves (every GET route found in
 * `app.routes`, filled with the demo workspace's ids) carries the Content-Security-Policy
 * that allows only Shoreline's own scripts and styles, and its HTML needs nothing more:
 * no inline script, no event-handler attributes, no style attributes or <style> blocks.
 */
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { simulationJobs } from '../../src/web/jobs/simulation-jobs.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })

/** Filled in once a (small) full run has been started, so the run pages render for real. */
let jobId = '00000000-0000-4000-8000-000000000000'

const getRoutes = [...new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))]
const pathOf = (route: string) => route.replace(/:job(\{(?:[^{}]|\{[^{}]*\})*\})?/g, jobId).replace(/:[a-z]+(\{(?:[^{}]|\{[^{}]*\})*\})?/gi, '1')

beforeAll(async () => {
  const res = await app.request('/scenarios/1/simulations', { method: 'POST', body: new URLSearchParams({ trials: '50' }), headers: { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' } })
  jobId = /simulations\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!
})
afterAll(() => simulationJobs.cancelAll())

/** The policy as a map of directive → sources. */
function policy(header: string | null): Map<string, string[]> {
  expect(header).toBeTruthy()
  return new Map(
    header!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  )
}

/** What in a document would need the policy loosened: inline script, handlers, inline styles. */
function inlineCode(html: string): string[] {
  const { document } = parseHTML(html.startsWith('<!DOCTYPE') ? html : `<!DOCTYPE html><html><body>${html}</body></html>`)
  const found: string[] = []
  for (const script of document.querySelectorAll('script')) {
    if (!script.getAttribute('src')) found.push(`<script> without src`)
    if (script.textContent?.trim()) found.push(`<script> with a body: ${script.textContent.slice(0, 60)}`)
  }
  if (document.querySelectorAll('style').length) found.push('<style> block')
  for (const element of document.querySelectorAll('*')) {
    for (const { name } of element.attributes) {
      if (name === 'style') found.push(`style="" on <${element.tagName.toLowerCase()}>`)
      if (/^on[a-z]+$/.test(name) || name.startsWith('hx-on')) found.push(`${name} on <${element.tagName.toLowerCase()}>`)
    }
  }
  return found
}

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own scripts, styles, images and connections, and no framing', async () => {
    const csp = policy((await app.request('/')).headers.get('content-security-policy'))
    for (const directive of ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src', 'font-src']) expect(csp.get(directive)).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
  })

  it('names no unsafe source anywhere (inline, eval, wildcards, data: or other hosts)', async () => {
    const header = (await app.request('/')).headers.get('content-security-policy')!
    expect(header).not.toMatch(/unsafe-|\*|data:|https?:|nonce-|sha256-/)
  })
})

describe.each([
  ['a page', {}],
  ['an htmx fragment', { 'HX-Request': 'true' }],
])('every GET route, asked for as %s', (_kind, headers: Record<string, string>) => {
  it.each(getRoutes)('%s carries the policy and needs no inline script or style', { timeout: 60_000 }, async (route) => {
    const res = await app.request(pathOf(route), { headers })
    // Rendered for real: not a 404 for a mis-filled id, never a 500.
    expect(res.status).not.toBe(404)
    expect(res.status).toBeLessThan(500)
    expect(res.headers.get('content-security-policy')).toBe((await app.request('/')).headers.get('content-security-policy'))
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    if (res.headers.get('content-type')?.startsWith('text/html')) expect(inlineCode(await res.text())).toEqual([])
    else await res.arrayBuffer()
  })
})
