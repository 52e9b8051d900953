/** What a run's page prints, worked out from a job's status: progress figures, durations and the results rows. Pure. */
import type { Comparison, ComparisonRow } from '../../src/domain/evaluation/comparison.ts'
import type { JobStatus } from '../../src/web/jobs/simulation-jobs.ts'
import { formatCount, formatPercent } from '../format.ts'
import { formatMoney } from '../compare/view-model.ts'

const DASH = '—'
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/**
 * A wall-clock duration: seconds with one decimal under a minute, whole minutes and seconds beyond.
 * @example formatDuration(9_840) // "9.8 s"
 * @example formatDuration(72_400) // "1 min 12 s"
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return DASH
  if (ms < 59_950) return `${oneDecimal.format(ms / 1000)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

export interface ProgressFigures {
  done: number
  total: number
  /** "1,234 of 10,000 futures" */
  futures: string
  /** "12.3%" */
  percent: string
  /** "12.3 s elapsed" */
  elapsed: string
  /** "about 40.0 s remaining", or a word that the estimate is not ready yet. */
  remaining: string
}

/**
 * A running job's progress as text. The remaining time extrapolates the pace since the
 * first trial began (staffing and pricing the plan beforehand is not a trial's cost).
 */
export function progressFigures(status: Extract<JobStatus, { state: 'running' }>, nowMs: number): ProgressFigures {
  const { done, total, startedAt, trialsStartedAt } = status
  const elapsed = `${formatDuration(nowMs - startedAt)} elapsed`
  const futures = `${formatCount(done)} of ${formatCount(total)} futures`
  const percent = formatPercent(total > 0 ? done / total : 0)
  const figures = { done, total, futures, percent, elapsed }
  if (trialsStartedAt === undefined) return { ...figures, remaining: 'staffing and pricing the plan first' }
  if (done === 0) return { ...figures, remaining: 'estimating the time remaining' }
  const remainingMs = ((nowMs - trialsStartedAt) / done) * (total - done)
  return { ...figures, remaining: `about ${formatDuration(remainingMs)} remaining` }
}

/** One row of the full-run results table, formatted. */
export interface ResultRow {
  name: string
  scenario: boolean
  costP10: string
  costP50: string
  costP90: string
  serviceLevelBand: string
  missHighest: string
  missHighestMonth: string
  missAverage: string
  expectedCredits: string
}

/** The options, then the whole scenario (its cost band is the simulated total's; it has no service level or miss chance of its own). */
export function resultRows(c: Comparison): ResultRow[] {
  return [...c.options, c.scenario].map((r) => resultRow(r, c.currency))
}

function resultRow(r: ComparisonRow, currency: string): ResultRow {
  const band = Number.isFinite(r.serviceLevelP10) ? `${formatPercent(r.serviceLevelP10)}\u00a0– ${formatPercent(r.serviceLevelP90)}` : DASH
  return {
    name: r.name,
    scenario: r.kind === 'scenario',
    costP10: formatMoney(r.costP10, currency, 0),
    costP50: formatMoney(r.costP50, currency, 0),
    costP90: formatMoney(r.costP90, currency, 0),
    serviceLevelBand: band,
    missHighest: formatPercent(r.missHighest),
    missHighestMonth: r.missHighestMonth ? monthName(r.missHighestMonth) : '',
    missAverage: formatPercent(r.missAverage),
    expectedCredits: formatMoney(r.expectedCredits, currency, 0),
  }
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "2027-01" → "Jan 2027" (a calendar month of the forecast, not a moment, so read in UTC). */
export function monthName(month: string): string {
  const at = Date.parse(`${month}-01T00:00:00Z`)
  return Number.isFinite(at) ? monthFormat.format(at) : month
}
