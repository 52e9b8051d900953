/** POST /api/scorecards/compare: partners' KPIs (CSV or JSON) compared fairly and scored, as JSON. Errors name each line or field. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compareScorecards } from '../../domain/quality/scorecard-comparison.ts'
import { formatCsvError, readScorecardCsv } from '../../io/scorecard-csv.ts'
import { alphaSchema, checkScorecardRows, checkWeightsAndTargets } from '../../schemas/scorecard.ts'
import type { ScorecardRow } from '../../domain/quality/scorecard-row.ts'

/** 100,000 rows of CSV are about 5 MB, and as JSON objects about 12 MB. */
export const MAX_SCORECARD_BODY_BYTES = 16 * 1024 * 1024

type Settings = { weights: unknown; targets: unknown; alpha: unknown }
type Read = { ok: true; rows: ScorecardRow[]; settings: Settings } | { ok: false; status: 400 | 415 | 422; errors: Record<string, string> }

/** ?weights= and ?targets= for a CSV body: JSON objects in the query string. */
function queryJson(c: Context, name: string, errors: Record<string, string>): unknown {
  const text = c.req.query(name)
  if (text === undefined || text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    errors[name] = 'must be a JSON object, e.g. {"csat":40,"fcr":60}'
    return undefined
  }
}

async function readCsv(c: Context): Promise<Read> {
  const errors: Record<string, string> = {}
  const settings = { weights: queryJson(c, 'weights', errors), targets: queryJson(c, 'targets', errors), alpha: c.req.query('alpha') }
  if (Object.keys(errors).length) return { ok: false, status: 422, errors }
  const read = readScorecardCsv(await c.req.text())
  if (!read.ok) {
    const byLine: Record<string, string> = {}
    for (const e of read.errors) byLine[formatCsvError(e).replace(/: .*$/s, '')] ??= e.message
    return { ok: false, status: 422, errors: byLine }
  }
  return { ok: true, rows: read.rows, settings }
}

async function readJson(c: Context): Promise<Read> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return { ok: false, status: 400, errors: { body: 'is not valid JSON' } }
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, status: 422, errors: { body: 'must be an object: { "rows": [...], "weights"?: {...}, "targets"?: {...}, "alpha"?: 0.05 }' } }
  const { rows, weights, targets, alpha } = body as Record<string, unknown>
  if (!Array.isArray(rows)) return { ok: false, status: 422, errors: { rows: 'is required: an array of { partner, period, kpi, value, sampleSize?, sd? }' } }
  const checked = checkScorecardRows(rows, (index) => `rows.${index}`)
  if (!checked.ok) {
    const errors: Record<string, string> = {}
    for (const i of checked.issues) errors[i.field === 'rows' ? 'rows' : `rows.${i.index}.${i.field}`] ??= i.message
    return { ok: false, status: 422, errors }
  }
  return { ok: true, rows: checked.rows, settings: { weights, targets, alpha } }
}

export const scorecardApiRoutes = new Hono()

scorecardApiRoutes.post(
  '/scorecards/compare',
  bodyLimit({ maxSize: MAX_SCORECARD_BODY_BYTES, onError: (c) => c.json({ errors: { body: `is larger than ${MAX_SCORECARD_BODY_BYTES / 1024 / 1024} MB` } }, 413) }),
  async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    const isCsv = type === 'text/csv' || type === 'application/csv' || type === 'text/plain'
    if (!isCsv && type !== 'application/json') return c.json({ errors: { 'content-type': 'must be text/csv (the scorecard CSV) or application/json ({ rows, weights?, targets?, alpha? })' } }, 415)
    const read = isCsv ? await readCsv(c) : await readJson(c)
    if (!read.ok) return c.json({ errors: read.errors }, read.status)
    const errors: Record<string, string> = {}
    let alpha: number | undefined
    if (read.settings.alpha !== undefined && read.settings.alpha !== null && read.settings.alpha !== '') {
      const a = alphaSchema.safeParse(read.settings.alpha)
      if (a.success) alpha = a.data
      else errors.alpha = a.error.issues[0]!.message
    }
    const settings = checkWeightsAndTargets(read.settings.weights, read.settings.targets)
    if (!settings.ok) Object.assign(errors, settings.errors)
    if (Object.keys(errors).length || !settings.ok) return c.json({ errors }, 422)
    return c.json(compareScorecards({ rows: read.rows, weights: settings.weights, targets: settings.targets, alpha }))
  },
)
