/** Builds the Hono app: security headers, the layout, every route, and error pages that never leak internals. */
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { notFound, serverError } from './errors.tsx'
import { renderer } from './renderer.tsx'
import { assetRoutes } from './routes/assets.ts'
import { pageRoutes } from './routes/pages.tsx'
import { staffingRoutes } from './routes/staffing.tsx'

/**
 * Only our own scripts and stylesheets: no inline <script>, no <style> blocks and
 * no style="…" attributes (style-src 'self' blocks those too), so injected markup
 * cannot run or restyle anything.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

export function createApp(): Hono {
  const app = new Hono()
  app.use(secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }))
  app.route('/', assetRoutes)
  app.use(renderer)
  app.route('/', pageRoutes)
  app.route('/', staffingRoutes)

  app.notFound(notFound)
  app.onError(serverError)
  return app
}
