/** With SHORELINE_AUTH on, every page and API route needs a signed-in session or, for the API, a bearer token. */
import type { Context, MiddlewareHandler } from 'hono'
import { findApiToken } from '../../db/users.ts'
import { isHtmxRequest } from '../htmx.ts'
import type { AuthOptions } from './config.ts'
import { secretHash } from './secrets.ts'
import { currentSession } from './session-cookie.ts'

/** Who a request acts for: a user signed in through the page, or a named API token. */
export type Principal = { via: 'session'; name: string } | { via: 'token'; name: string }

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal | undefined
  }
}

export const SIGN_IN_PATH = '/sign-in'
export const SIGN_OUT_PATH = '/sign-out'
/** Reachable signed out: the sign-in form itself, and sign-out (which only clears a cookie). */
const PUBLIC_PATHS = new Set([SIGN_IN_PATH, SIGN_OUT_PATH])

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/')

/** Only a path on this site may be returned to after signing in (no `//evil.example`, no `https:`). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(next) && next.length <= 2048 ? next : '/'
}

export const signInPath = (next: string) => (next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`)

export function requireSignIn(_options: AuthOptions): MiddlewareHandler {
  return async (c, next) => {
    const authorization = c.req.header('Authorization')
    if (authorization !== undefined && isApi(c)) {
      const token = /^Bearer\s+([A-Za-z0-9_-]{16,256})\s*$/i.exec(authorization)?.[1]
      const name = token === undefined ? undefined : findApiToken(c.var.db, secretHash(token))
      if (name === undefined) {
        c.header('WWW-Authenticate', 'Bearer realm="Shoreline", error="invalid_token"')
        return c.json({ errors: { authorization: 'the bearer token is not valid (create one with: npm run --silent cli -- token add NAME)' } }, 401)
      }
      c.set('principal', { via: 'token', name })
      return next()
    }
    const session = currentSession(c)
    if (session) {
      c.set('principal', { via: 'session', name: session.userName })
      return next()
    }
    if (PUBLIC_PATHS.has(c.req.path)) return next()
    return refuse(c)
  }
}

function refuse(c: Context) {
  if (isApi(c)) {
    c.header('WWW-Authenticate', 'Bearer realm="Shoreline"')
    return c.json({ errors: { authorization: 'sign in, or send Authorization: Bearer <token> (create one with: npm run --silent cli -- token add NAME)' } }, 401)
  }
  const url = new URL(c.req.url)
  if (isHtmxRequest(c)) {
    // A fragment cannot show the form: send the whole window to it, back to the page it was on.
    const current = c.req.header('HX-Current-URL')
    c.header('HX-Redirect', signInPath(safeNext(current ? new URL(current, url).pathname + new URL(current, url).search : '/')))
    return c.body(null, 401)
  }
  return c.redirect(signInPath(c.req.method === 'GET' ? `${url.pathname}${url.search}` : '/'), 303)
}
