/** Stored KPI values as the scorecard views read them: one kind of period, unique partner labels, the latest periods. */
import { parsePeriod } from '../../src/domain/quality/periods.ts'
import type { ScorecardRow } from '../../src/domain/quality/scorecard-row.ts'

/** A stored value: the scorecard row with the option it belongs to (src/db's KpiObservation has this shape). */
export interface ObservationRow extends ScorecardRow {
  optionId: number
  source: string
}

export interface OptionRef {
  id: number
  name: string
  kind: 'in-house' | 'partner'
  currency?: string | undefined
  /** How the option counts the service level it reports (a sourcing option has this). */
  serviceLevelReporting?: { shortAbandonsExcluded: boolean; shortAbandonSeconds: number; shortAbandonShare: number | null } | undefined
  /** Its contract's terms, for the SLA validity band. */
  terms?: { slaCredits?: { validityBand: { low: number; high: number } } | undefined } | null | undefined
}

/** The volume an option's contract was staffed to (src/web/scorecard-plan.ts's ContractPlan has this shape). */
export interface PlanRef {
  scenarioName: string
  monthly: ReadonlyMap<string, number>
}

/**
 * The name each option goes by in comparisons. Two options may share a name; the statistics
 * key partners by name, so a shared name gets the option's id to keep them apart.
 */
export function partnerLabels(options: readonly OptionRef[]): Map<number, string> {
  const count = new Map<string, number>()
  for (const o of options) count.set(o.name, (count.get(o.name) ?? 0) + 1)
  return new Map(options.map((o) => [o.id, count.get(o.name)! > 1 ? `${o.name} (id ${o.id})` : o.name]))
}

/** Epoch milliseconds of a period's start (a month's first day, an ISO week's Monday), for charts. */
export function periodStart(period: string): number {
  const p = parsePeriod(period)
  if (!p) return Number.NaN
  if (p.kind === 'month') return Date.UTC(Math.floor(p.index / 12), p.index % 12, 1)
  return p.index * 7 * 86_400_000
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Oct 2026" for 2026-10, "Week 43, 2026" for 2026-W43. */
export function periodLabel(period: string): string {
  const p = parsePeriod(period)
  if (!p) return period
  if (p.kind === 'month') return `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`
  return `Week ${Number(period.slice(6))}, ${period.slice(0, 4)}`
}

/** "Aug–Oct 2026", "Nov 2025 – Oct 2026", or one period's label. */
export function spanLabel(periods: readonly string[]): string {
  if (periods.length === 0) return ''
  const first = periodLabel(periods[0]!)
  const last = periodLabel(periods.at(-1)!)
  if (periods.length === 1) return last
  if (!periods[0]!.includes('W') && periods[0]!.slice(0, 4) === periods.at(-1)!.slice(0, 4)) return `${first.slice(0, 3)}–${last}`
  return `${first} – ${last}`
}

/** Rows of one kind of period (months or weeks), with each partner named by its label; values of unknown options are dropped. */
export function rowsOfKind(rows: readonly ObservationRow[], kind: 'month' | 'week', labels: ReadonlyMap<number, string>): ObservationRow[] {
  return rows.filter((r) => labels.has(r.optionId) && (kind === 'week') === r.period.includes('W')).map((r) => ({ ...r, partner: labels.get(r.optionId)! }))
}

/** Distinct periods in time order. */
export function periodsOf(rows: readonly ScorecardRow[]): string[] {
  return [...new Set(rows.map((r) => r.period))].sort((a, b) => parsePeriod(a)!.index - parsePeriod(b)!.index)
}

/** The rows of the latest `count` periods, skipping `skip` latest ones first (the window before the current one). */
export function latestPeriods<T extends ScorecardRow>(rows: readonly T[], count: number, skip = 0): { rows: T[]; periods: string[] } {
  const all = periodsOf(rows)
  const end = all.length - skip
  const periods = all.slice(Math.max(0, end - count), Math.max(0, end))
  const keep = new Set(periods)
  return { rows: rows.filter((r) => keep.has(r.period)), periods }
}
