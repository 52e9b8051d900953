/** Refuses state-changing requests sent from other sites (cross-site request forgery); app.ts mounts it once, in front of every route. */
import type { Context, MiddlewareHandler } from 'hono'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether the request came from one of Shoreline's own pages. Browsers send `Sec-Fetch-Site`
 * and `Origin` on every POST; a request carrying neither (curl, a script on this computer) is
 * not a browser tricked by another site, so it passes.
 */
export function isSameOrigin(c: Context): boolean {
  const site = c.req.header('Sec-Fetch-Site')
  if (site === 'same-origin') return true
  const origin = c.req.header('Origin')
  if (origin !== undefined) return origin === new URL(c.req.url).origin
  return site === undefined || site === 'none'
}

/**
 * Shoreline listens on 127.0.0.1 (or, with SHORELINE_AUTH, serves signed-in users), and
 * without this any web page open in the same browser could submit a form that changes the
 * workspace with the user's cookies or local reach. `refuse` renders the 403 in the
 * caller's own words (a page, a fragment or JSON).
 */
export function sameOriginOnly(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || isSameOrigin(c)) return next()
    return refuse(c)
  }
}
