import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { sameOriginOnly } from '../../src/web/same-origin.ts'

const app = new Hono()
app.use(sameOriginOnly((c) => c.text('refused', 403)))
app.all('/x', (c) => c.text('ok'))

const send = (method: string, headers: Record<string, string>) => Promise.resolve(app.request('http://localhost/x', { method, headers })).then((r) => r.status)

describe('sameOriginOnly', () => {
  it.each([
    ['a POST from the same origin', 'POST', { Origin: 'http://localhost' }, 200],
    ['a POST the browser marks same-origin', 'POST', { 'Sec-Fetch-Site': 'same-origin' }, 200],
    ['a POST without Origin or Sec-Fetch-Site (curl, a local script)', 'POST', {}, 200],
    ['a POST typed into the address bar (Sec-Fetch-Site: none)', 'POST', { 'Sec-Fetch-Site': 'none' }, 200],
    ['a GET from another site', 'GET', { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }, 200],
    ['a POST from another site', 'POST', { Origin: 'http://evil.example' }, 403],
    ['a POST from another port of this host (same site, other origin)', 'POST', { Origin: 'http://localhost:8080', 'Sec-Fetch-Site': 'same-site' }, 403],
    ['a POST marked cross-site without Origin', 'POST', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['a DELETE from another site', 'DELETE', { Origin: 'http://evil.example' }, 403],
  ])('%s → %i', async (_name, method, headers, status) => {
    expect(await send(method, headers as Record<string, string>)).toBe(status)
  })
})
