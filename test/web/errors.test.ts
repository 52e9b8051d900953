import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { createApp } from '../../src/web/app.ts'

/** The real app plus one route that fails, to see what a failure looks like from outside. */
function appWithFailingRoute() {
  const app = createApp({ db: openMemoryDb() })
  app.get('/boom', () => {
    throw new Error('secret internal detail')
  })
  return app
}

describe('app.onError', () => {
  let logged: MockInstance<typeof console.error>
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => logged.mockRestore())

  it('logs the failure on the server, where the details belong', async () => {
    await appWithFailingRoute().request('/boom')
    expect(logged).toHaveBeenCalledWith('GET /boom failed:', expect.objectContaining({ message: 'secret internal detail' }))
  })

  it('renders an error page with status 500 and no internals', async () => {
    const res = await appWithFailingRoute().request('/boom')
    expect(res.status).toBe(500)
    const html = await res.text()
    expect(html).toContain('Something went wrong')
    expect(html).toContain('<html lang="en">')
    expect(html).not.toContain('secret internal detail')
    expect(html).not.toMatch(/at \S+ \(/)
  })

  it('answers htmx with a fragment swapped inside its target', async () => {
    const res = await appWithFailingRoute().request('/boom', { headers: { 'HX-Request': 'true' } })
    expect(res.status).toBe(500)
    expect(res.headers.get('HX-Reswap')).toBe('innerHTML')
    const html = await res.text()
    expect(html).toContain('role="alert"')
    expect(html).not.toContain('<html')
    expect(html).not.toContain('secret internal detail')
  })
})

describe('refusals thrown by middleware', () => {
  it('keep their own status instead of becoming a 500', async () => {
    const { Hono } = await import('hono')
    const { HTTPException } = await import('hono/http-exception')
    const { serverError } = await import('../../src/web/errors.tsx')
    const app = new Hono()
    app.get('/teapot', () => {
      throw new HTTPException(418, { message: 'short and stout' })
    })
    app.onError(serverError)
    const res = await app.request('/teapot')
    expect(res.status).toBe(418)
  })
})
