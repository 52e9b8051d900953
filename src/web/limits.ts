/** Every limit on input in one place (body and upload sizes, rows, intervals, trials), and the app-wide backstop on request bodies. */
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { MAX_FORECAST_INTERVALS } from '../domain/forecast/forecast.ts'
import { MAX_ACTIVITY_ROWS } from '../io/activity-csv.ts'
import { MAX_FORECAST_ROWS } from '../io/forecast-csv.ts'
import { MAX_SCORECARD_ROWS } from '../schemas/scorecard.ts'
import { isHtmxRequest } from './htmx.ts'
import { MAX_API_BODY_BYTES, MAX_API_TRIALS } from './routes/api.ts'
import { MAX_SCORECARD_BODY_BYTES } from './routes/scorecards-api.ts'
import { MAX_ACTIVITY_UPLOAD_BYTES } from '../../views/activity/ids.ts'
import { LIVE_TRIALS } from '../../views/compare/what-if-fields.ts'
import { MAX_UPLOAD_BYTES as MAX_FORECAST_UPLOAD_BYTES } from '../../views/forecasts/ids.ts'
import { RefusalPage } from '../../views/scenarios/message-pages.tsx'
import { MAX_SCORECARD_UPLOAD_BYTES } from '../../views/scorecards/ids.ts'
import { MAX_FULL_RUN_TRIALS } from '../../views/simulations/ids.ts'
import { MAX_RESTORE_BYTES } from '../../views/workspace/ids.ts'

const MB = 1024 * 1024

/** Any form post: the largest (a scenario with 500 shifts) is a few hundred KB. */
export const MAX_FORM_BYTES = 1 * MB
/** A scenario file holds a year of 15-minute intervals for up to 12 channels. */
export const MAX_SCENARIO_IMPORT_MEGABYTES = 50

/**
 * Routes that take more than a form, each refusing beyond its own limit with its own
 * page or JSON (413): the backstop leaves these to them. A new upload route goes here.
 */
export const UPLOAD_LIMITS: Readonly<Record<string, number>> = {
  '/forecasts/import': MAX_FORECAST_UPLOAD_BYTES,
  '/activity/import': MAX_ACTIVITY_UPLOAD_BYTES,
  '/scorecards/import': MAX_SCORECARD_UPLOAD_BYTES,
  '/scenarios/import': MAX_SCENARIO_IMPORT_MEGABYTES * MB,
  '/workspace/restore': MAX_RESTORE_BYTES,
  '/api/scenarios/evaluate': MAX_API_BODY_BYTES,
  '/api/scorecards/compare': MAX_SCORECARD_BODY_BYTES,
}

/** The counts each entry point refuses beyond, gathered for the README and the limits tests (each is enforced where it is defined). */
export const COUNT_LIMITS = {
  forecastRowsPerImport: MAX_FORECAST_ROWS,
  intervalsPerForecast: MAX_FORECAST_INTERVALS,
  activityRowsPerImport: MAX_ACTIVITY_ROWS,
  kpiRowsPerScorecard: MAX_SCORECARD_ROWS,
  trialsPerApiRequest: MAX_API_TRIALS,
  trialsPerLiveWhatIf: LIVE_TRIALS.max,
  trialsPerFullRun: MAX_FULL_RUN_TRIALS,
} as const

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const label = (bytes: number) => `${(bytes / MB).toLocaleString('en-US')} MB`

/** 413 in the caller's terms: JSON for the API, a notice for htmx, a page otherwise. */
function tooLarge(c: Context) {
  const message = `The request sent more than ${label(MAX_FORM_BYTES)}, the most Shoreline accepts here; nothing was saved.`
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.json({ errors: { body: `is larger than ${label(MAX_FORM_BYTES)}, the most this request takes` } }, 413)
  c.status(413)
  if (isHtmxRequest(c)) return c.html(`<p class="notice notice--error">${message}</p>`)
  return c.render(RefusalPage({ title: 'Request too large', message }), { title: 'Request too large' })
}

const formBackstop = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: tooLarge })

/**
 * Every request with a body is bounded: uploads by their route's own limit, everything
 * else by MAX_FORM_BYTES, counted as it streams in (a missing or false Content-Length
 * does not get past it). Mount after the renderer, before any route.
 */
export const requestBodyLimit: MiddlewareHandler = async (c, next) => {
  if (!BODY_METHODS.has(c.req.method) || UPLOAD_LIMITS[c.req.path] !== undefined) return next()
  return formBackstop(c, next)
}
