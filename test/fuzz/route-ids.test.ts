/** Unknown and malformed ids on every route with a parameter, enumerated from the app itself (hono's app.routes): 404 or another 4xx, never a 500. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dbDigest, demoWorkspace, SAME_ORIGIN, Tally } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('route-ids', ws)

/** Every GET and POST route with a :parameter, once each. */
const ROUTES = [...new Map(ws.app.routes.filter((r) => (r.method === 'GET' || r.method === 'POST') && r.path.includes('/:')).map((r) => [`${r.method} ${r.path}`, r])).values()]

/** Ids no workspace has, and text no id is; each already URL-encoded where it needs to be. */
const UNKNOWN_IDS = ['999999', '0', '00', '000001000', '9'.repeat(15), '9'.repeat(16), '9007199254740993', '99999999999999999999999', '1e3', '-1', '1.5', 'abc', '%00', '%20', '1%20', '%D9%A3', '0x1', 'NaN', 'Infinity', '%3Cscript%3E', '1;drop%20table%20scenarios']
const UNKNOWN_JOBS = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'zzz', '-'.repeat(36), '1']

/** The route's path with each parameter replaced; :job gets an unknown run when the :id is a real scenario. */
function fill(path: string, id: string, job: string): string {
  return path.replace(/:id(\{[^}]*\}+)?/g, id).replace(/:job(\{[^}]*\}+)?/g, job).replace(/:[a-z]+(\{[^}]*\}+)?/gi, id)
}

/** A refusal: a 4xx, or the 286 with which the run-status poller is told an unknown run is over (htmx stops polling on it). */
const refused = (path: string, status: number) => status >= 400 || (path.endsWith('/status') && status === 286)

function init(method: string): RequestInit {
  return method === 'POST' ? { method, headers: { ...SAME_ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'name=x' } : {}
}

describe('every route with an :id', () => {
  it('finds routes to test (the enumeration itself works)', () => {
    expect(ROUTES.length).toBeGreaterThan(20)
  })

  it('answers 404 (or another 4xx) for every unknown or malformed id, and writes nothing', async () => {
    const before = dbDigest(ws.db)
    for (const route of ROUTES) {
      for (const id of UNKNOWN_IDS) {
        const path = fill(route.path, id, UNKNOWN_JOBS[0]!)
        const res = await tally.expectNoServerError(path, init(route.method))
        expect(refused(path, res.status), `${route.method} ${path} → ${res.status}`).toBe(true)
      }
      if (route.path.includes(':job')) {
        for (const job of UNKNOWN_JOBS) {
          const path = fill(route.path, '1', job)
          const res = await tally.expectNoServerError(path, init(route.method))
          expect(refused(path, res.status), `${route.method} ${path} → ${res.status}`).toBe(true)
        }
      }
    }
    expect(dbDigest(ws.db)).toBe(before)
  })

  // A short run of digits can name a real scenario or option ("1" found the demo scenario once): it is an id, not text in place of one.
  it('answers any text in place of an id without a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), fc.bigInt({ min: 2n ** 40n, max: 2n ** 80n }).map(String)).filter((t) => !/^[1-9]\d{0,3}$/.test(t)), async (route, text) => {
        const path = fill(route.path, encodeURIComponent(text), encodeURIComponent(text))
        const res = await tally.expectNoServerError(path, init(route.method))
        // '.' and '..' are path segments the URL itself resolves (to another page), not ids.
        if (!/^\.{1,2}$/.test(text)) expect(refused(path, res.status), `${route.method} ${path} → ${res.status}`).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
