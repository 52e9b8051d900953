/** Builds the Hono app: security headers, the layout, every route, and error pages that never leak internals. */
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import type { AuthOptions } from './auth/config.ts'
import { requireSignIn } from './auth/require-sign-in.ts'
import type { AppDeps } from './context.ts'
import { refuseCrossSite } from './cross-site-refusal.tsx'
import { notFound, serverError } from './errors.tsx'
import { requestBodyLimit } from './limits.ts'
import { renderer } from './renderer.tsx'
import { sameOriginOnly } from './same-origin.ts'
import { activityRoutes } from './routes/activity.tsx'
import { authRoutes } from './routes/auth.tsx'
import { apiRoutes } from './routes/api.ts'
import { compareRoutes } from './routes/compare.tsx'
import { assetRoutes } from './routes/assets.ts'
import { pageRoutes } from './routes/pages.tsx'
import { reportRoutes } from './routes/report.tsx'
import { forecastRoutes } from './routes/forecasts.tsx'
import { optionRoutes } from './routes/options.tsx'
import { scenarioRoutes } from './routes/scenarios.tsx'
import { scorecardApiRoutes } from './routes/scorecards-api.ts'
import { scorecardRoutes } from './routes/scorecards.tsx'
import { simulationRoutes } from './routes/simulations.tsx'
import { staffingRoutes } from './routes/staffing.tsx'
import { versusRoutes } from './routes/versus.tsx'
import { workspaceRoutes } from './routes/workspace.tsx'

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

/**
 * The app around a workspace database (a file in production, `openMemoryDb()` in tests).
 * With `auth` (SHORELINE_AUTH), every page and API route needs a signed-in user or a bearer token.
 */
export function createApp({ db, auth }: AppDeps & { auth?: AuthOptions }): Hono {
  const app = new Hono()
  // Referrer only to our own pages: other sites learn nothing, and older browsers without
  // Sec-Fetch-Site still send a real Origin (not "null") on our own form posts.
  app.use(secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: 'same-origin' }))
  app.route('/', assetRoutes)
  app.use(async (c, next) => {
    c.set('db', db)
    await next()
  })
  app.use(renderer)
  // Every request body is bounded (uploads by their own routes, the rest at 1 MB), before anything reads it.
  app.use(requestBodyLimit)
  // One CSRF check for every state-changing request (pages, htmx posts and the JSON API):
  // a browser sent by another site is refused; curl and scripts (no Origin, no
  // Sec-Fetch-Site) pass, and with SHORELINE_AUTH they still need a bearer token.
  app.use(sameOriginOnly(refuseCrossSite))
  if (auth) {
    app.use(requireSignIn(auth))
    app.route('/', authRoutes(auth))
  }
  app.route('/api', apiRoutes)
  app.route('/api', scorecardApiRoutes)
  app.route('/', pageRoutes)
  app.route('/', staffingRoutes)
  app.route('/forecasts', forecastRoutes)
  app.route('/options', optionRoutes)
  app.route('/activity', activityRoutes)
  app.route('/scorecards', scorecardRoutes)
  app.route('/workspace', workspaceRoutes)
  app.route('/scenarios', versusRoutes)
  app.route('/scenarios', simulationRoutes)
  app.route('/scenarios', reportRoutes)
  app.route('/scenarios', compareRoutes)
  app.route('/scenarios', scenarioRoutes)

  app.notFound(notFound)
  app.onError(serverError)
  return app
}
