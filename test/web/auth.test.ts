/**
 * Optional access control (SHORELINE_AUTH): signed out, every page redirects to the
 * sign-in form and every API route answers 401; a wrong name or password gets one
 * generic message; the right one sets a hashed-at-rest, HttpOnly, SameSite session
 * cookie; sign-out ends it; the API takes bearer tokens; and without SHORELINE_AUTH
 * the server binds to loopback only.
 */
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApiToken, createUser, findSession } from '../../src/db/users.ts'
import { createApp } from '../../src/web/app.ts'
import { readServerSettings } from '../../src/web/auth/config.ts'
import { hashPassword, newSecret, secretHash } from '../../src/web/auth/secrets.ts'
import { SESSION_COOKIE } from '../../src/web/auth/session-cookie.ts'
import { MAX_FAILURES } from '../../src/web/auth/throttle.ts'
import { MISMATCH } from '../../src/web/routes/auth.tsx'
import { expectPage } from './helpers.ts'

const PASSWORD = 'correct horse battery staple'
const TOKEN = newSecret()
const ORIGIN = 'http://localhost'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const auth = { secureCookies: false }
/** A fresh app (its own sign-in throttle) on the shared workspace. */
const newApp = (options = auth) => createApp({ db, auth: options })
const app = newApp()

beforeAll(async () => {
  createUser(db, 'alice', await hashPassword(PASSWORD))
  createApiToken(db, 'nightly export', secretHash(TOKEN))
})

function signIn(fields: Record<string, string>, { target = app, url = `${ORIGIN}/sign-in` } = {}) {
  return Promise.resolve(target.request(url, { method: 'POST', body: new URLSearchParams(fields), headers: { Origin: new URL(url).origin, 'Content-Type': 'application/x-www-form-urlencoded' } }))
}

/** Signs alice in and returns her cookie as a request header value. */
async function aliceCookie(target = app): Promise<string> {
  const res = await signIn({ name: 'alice', password: PASSWORD }, { target })
  expect(res.status).toBe(303)
  return /^([^;]+)/.exec(res.headers.get('set-cookie')!)![1]!
}

const get = (path: string, headers: Record<string, string> = {}, target = app) => Promise.resolve(target.request(path, { headers }))
const fill = (route: string) => route.replace(/:job(\{(?:[^{}]|\{[^{}]*\})*\})?/g, '00000000-0000-4000-8000-000000000000').replace(/:[a-z]+(\{(?:[^{}]|\{[^{}]*\})*\})?/gi, '1')

describe('signed out', () => {
  it('a page redirects (303) to the sign-in form, remembering where it was going', async () => {
    const res = await get('/scenarios/1/compare?growth=4')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fscenarios%2F1%2Fcompare%3Fgrowth%3D4')
  })

  it('every page and fragment route redirects to sign-in, and every API route answers 401', async () => {
    const routes = [...new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))].filter((p) => !p.startsWith('/assets/') && p !== '/sign-in')
    expect(routes.length).toBeGreaterThan(30)
    for (const route of routes) {
      const res = await get(fill(route))
      expect(res.status, route).toBe(route.startsWith('/api/') ? 401 : 303)
    }
  })

  it('a state-changing post is refused too, and changes nothing', async () => {
    const res = await Promise.resolve(app.request('/scenarios/1/delete', { method: 'POST', headers: { Origin: ORIGIN } }))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/sign-in')
    expect((await get('/scenarios/1', { Cookie: await aliceCookie() })).status).toBe(200)
  })

  it('an htmx request gets 401 and sends the whole window to sign-in, back to the page it was on', async () => {
    const res = await get('/scenarios/1/compare/results?growth=4', { 'HX-Request': 'true', 'HX-Current-URL': `${ORIGIN}/scenarios/1/compare` })
    expect(res.status).toBe(401)
    expect(res.headers.get('hx-redirect')).toBe('/sign-in?next=%2Fscenarios%2F1%2Fcompare')
  })

  it('the stylesheet, script and icon the sign-in page needs are served', async () => {
    for (const asset of ['/assets/app.css', '/assets/htmx.min.js', '/assets/favicon.svg']) expect((await get(asset)).status, asset).toBe(200)
  })
})

describe('the sign-in page', () => {
  it('is a form posting name and password to /sign-in, under the strict CSP, not cached', async () => {
    const res = await get('/sign-in?next=%2Fforecasts')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { document } = parseHTML(await expectPage(res))
    const form = document.querySelector('form[action="/sign-in"]')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.querySelector('input[name="password"]')!.getAttribute('type')).toBe('password')
    expect(form.querySelector('input[name="next"]')!.getAttribute('value')).toBe('/forecasts')
  })
})

describe('a wrong name or password', () => {
  it.each([
    ['a wrong password', { name: 'alice', password: 'not her password' }],
    ['an unknown name', { name: 'mallory', password: PASSWORD }],
  ])('%s: 401, one generic message that says neither which half was wrong, no cookie', async (_, fields) => {
    const res = await signIn(fields)
    expect(res.status).toBe(401)
    expect(res.headers.get('set-cookie')).toBeNull()
    const html = await res.text()
    expect(parseHTML(html).document.querySelector('[data-testid="sign-in-refusal"]')?.textContent?.trim()).toBe(MISMATCH)
    expect(html).not.toContain(fields.password)
  })

  it('empty fields: 422 naming each one beside it', async () => {
    const res = await signIn({ name: '', password: '' })
    expect(res.status).toBe(422)
    const { document } = parseHTML(await res.text())
    expect(document.getElementById('sign-in-name-error')?.textContent?.trim()).toBe('Enter your name.')
    expect(document.getElementById('sign-in-password-error')?.textContent?.trim()).toBe('Enter your password.')
  })

  it('a name with markup is echoed escaped', async () => {
    const html = await (await signIn({ name: '"><script>x</script>', password: 'whatever it is' })).text()
    expect(html).not.toContain('<script>x</script>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"')
  })

  it(`after ${MAX_FAILURES} failures the name is refused for a while (429), even with the right password`, async () => {
    const target = newApp()
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn({ name: 'alice', password: `guess number ${i}` }, { target })).status).toBe(401)
    const res = await signIn({ name: 'alice', password: PASSWORD }, { target })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('a sign-in posted from another site is refused (403) before any password is checked', async () => {
    const res = await Promise.resolve(app.request('/sign-in', { method: 'POST', body: new URLSearchParams({ name: 'alice', password: PASSWORD }), headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' } }))
    expect(res.status).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})

describe('the right password', () => {
  it('redirects to where the user was going and sets an HttpOnly, SameSite=Lax session cookie for 12 hours', async () => {
    const res = await signIn({ name: 'alice', password: PASSWORD, next: '/forecasts' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/forecasts')
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`))
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Path=/')
    expect(cookie).toContain('Max-Age=43200')
    // Plain http to 127.0.0.1: a Secure cookie would never come back.
    expect(cookie).not.toContain('Secure')
  })

  it('marks the cookie Secure when the request came over https, or when SHORELINE_SECURE_COOKIES says a proxy does', async () => {
    expect((await signIn({ name: 'alice', password: PASSWORD }, { url: 'https://shoreline.example/sign-in' })).headers.get('set-cookie')).toContain('Secure')
    expect((await signIn({ name: 'alice', password: PASSWORD }, { target: newApp({ secureCookies: true }) })).headers.get('set-cookie')).toContain('Secure')
  })

  it('stores only the SHA-256 of the 256-bit session id, never the id itself', async () => {
    const id = (await aliceCookie()).split('=')[1]!
    expect(Buffer.from(id, 'base64url')).toHaveLength(32)
    expect(findSession(db, secretHash(id), Date.now())?.userName).toBe('alice')
    const stored = db.$client.prepare('select id_hash from sessions').all() as { id_hash: string }[]
    expect(stored.map((s) => s.id_hash)).not.toContain(id)
  })

  it('opens every page, with the user’s name and a sign-out button in the header', async () => {
    const { document } = parseHTML(await expectPage(await get('/scenarios', { Cookie: await aliceCookie() })))
    const account = document.querySelector('form.site-account')!
    expect(account.getAttribute('action')).toBe('/sign-out')
    expect(account.textContent).toContain('Signed in as alice')
  })

  it('never sends the user to another site afterwards (next=//evil.example goes home)', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect((await signIn({ name: 'alice', password: PASSWORD, next })).headers.get('location'), next).toBe('/')
    }
  })
})

describe('the footer', () => {
  it('says pages are for signed-in users, not that nothing leaves this computer, when sign-in is on', async () => {
    const html = await (await get('/scenarios', { Cookie: await aliceCookie() })).text()
    expect(html).toContain('for signed-in users only')
    expect(html).not.toContain('runs on this computer only')
  })
})

describe('signing out and expiry', () => {
  it('sign-out deletes the session and clears the cookie; the old cookie no longer opens pages', async () => {
    const cookie = await aliceCookie()
    const res = await Promise.resolve(app.request('/sign-out', { method: 'POST', headers: { Cookie: cookie, Origin: ORIGIN } }))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/sign-in')
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`))
    expect(findSession(db, secretHash(cookie.split('=')[1]!), Date.now())).toBeUndefined()
    expect((await get('/scenarios', { Cookie: cookie })).status).toBe(303)
  })

  it('an expired session opens nothing', async () => {
    const cookie = await aliceCookie()
    db.$client.prepare('update sessions set expires_at = ? where id_hash = ?').run(Date.now() - 1, secretHash(cookie.split('=')[1]!))
    expect((await get('/scenarios', { Cookie: cookie })).status).toBe(303)
  })

  it('a made-up cookie opens nothing', async () => {
    expect((await get('/scenarios', { Cookie: `${SESSION_COOKIE}=${newSecret()}` })).status).toBe(303)
  })
})

describe('the JSON API', () => {
  it('answers 401 with WWW-Authenticate and a JSON reason when no token is sent', async () => {
    const res = await get('/api/scenarios/1/evaluation')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    expect(await res.json()).toEqual({ errors: { authorization: expect.stringContaining('Bearer') } })
  })

  it.each([['a wrong token', `Bearer ${newSecret()}`], ['a malformed header', 'Bearer'], ['basic auth', 'Basic YWxpY2U6eA==']])('answers 401 for %s', async (_, header) => {
    const res = await get('/api/scenarios/1/evaluation', { Authorization: header })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('invalid_token')
  })

  it('answers with a valid bearer token, for GET and POST alike', async () => {
    expect((await get('/api/scenarios/1/evaluation', { Authorization: `Bearer ${TOKEN}` })).status).toBe(200)
    const res = await Promise.resolve(app.request('/api/scenarios/evaluate', { method: 'POST', body: '{}', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' } }))
    expect(res.status).not.toBe(401)
    expect(res.status).toBeLessThan(500)
  })

  it('a bearer token does not open pages (they need a signed-in person)', async () => {
    expect((await get('/scenarios', { Authorization: `Bearer ${TOKEN}` })).status).toBe(303)
  })
})

describe('without SHORELINE_AUTH', () => {
  it('pages open with no sign-in, and there is no sign-in route', async () => {
    const open = createApp({ db })
    expect((await get('/scenarios', {}, open)).status).toBe(200)
    expect((await get('/sign-in', {}, open)).status).toBe(404)
  })
})

describe('server settings from the environment', () => {
  it('without SHORELINE_AUTH: no sign-in, loopback only, and it says so (ignoring SHORELINE_HOST)', () => {
    const read = readServerSettings({ SHORELINE_HOST: '0.0.0.0' })
    expect(read).toEqual({ ok: true, settings: { auth: undefined, host: '127.0.0.1', notes: [expect.stringContaining('127.0.0.1 only'), expect.stringContaining('SHORELINE_HOST=0.0.0.0 is ignored')] } })
  })

  it.each(['1', 'true', 'ON', 'yes'])('SHORELINE_AUTH=%s turns sign-in on, binding SHORELINE_HOST (default 127.0.0.1)', (value) => {
    const on = readServerSettings({ SHORELINE_AUTH: value })
    expect(on.ok && on.settings.auth).toEqual({ secureCookies: false })
    expect(on.ok && on.settings.host).toBe('127.0.0.1')
    const wide = readServerSettings({ SHORELINE_AUTH: value, SHORELINE_HOST: '0.0.0.0', SHORELINE_SECURE_COOKIES: '1' })
    expect(wide.ok && wide.settings).toMatchObject({ auth: { secureCookies: true }, host: '0.0.0.0' })
  })

  it.each(['0', 'false', 'off', ''])('SHORELINE_AUTH=%j leaves it off', (value) => {
    const off = readServerSettings({ SHORELINE_AUTH: value })
    expect(off.ok && off.settings.auth).toBeUndefined()
  })

  it('a value it cannot mean stops the server with a message naming the variable', () => {
    expect(readServerSettings({ SHORELINE_AUTH: 'maybe' })).toEqual({ ok: false, message: 'SHORELINE_AUTH must be 1 (on) or 0 (off), not "maybe".' })
  })
})
