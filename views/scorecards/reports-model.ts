/** Stored KPI values → the cadence reports: weekly team, monthly department and quarterly executive views, their tables and the facts the narrative is written from (pure). */
import type { Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import type { TrendJson } from '../../src/domain/quality/kpi-comparison.ts'
import { TREND_PERIODS } from '../../src/domain/quality/kpi-comparison.ts'
import { combineSummaries } from '../../src/domain/quality/mean-summary.ts'
import { compareScorecards, type ScorecardComparison } from '../../src/domain/quality/scorecard-comparison.ts'
import { twoProportionTest } from '../../src/domain/quality/two-proportion-test.ts'
import { welchTest } from '../../src/domain/quality/welch-test.ts'
import { commonCurrency } from './comparison-model.ts'
import { formatKpiChange, formatKpiValue, formatP } from './format-kpi.ts'
import type { Cadence } from './ids.ts'
import { latestPeriods, partnerLabels, periodLabel, periodsOf, rowsOfKind, type ObservationRow, type OptionRef } from './observations.ts'
import { narrative, type Narrative } from './narrative.ts'

/** The KPIs each standard report shows, in the order it shows them. */
export const CADENCE_KPIS: Readonly<Record<Cadence, readonly string[]>> = {
  week: ['ticket-volume', 'fcr', 'escalation-rate'],
  month: ['csat', 'average-resolution-time', 'cost-per-ticket'],
  quarter: ['customer-retention-rate', 'nrr', 'ces'],
}

export const CADENCE_TITLES: Readonly<Record<Cadence, { tab: string; title: string; audience: string }>> = {
  week: { tab: 'Weekly team view', title: 'Weekly team report', audience: 'team leads: volume, first-contact resolution and escalations, week on week' },
  month: { tab: 'Monthly department view', title: 'Monthly department report', audience: 'the support department: satisfaction, resolution time and cost per ticket, month on month' },
  quarter: { tab: 'Quarterly executive view', title: 'Quarterly executive report', audience: 'executives: customer retention, net revenue retention and effort, quarter on quarter' },
}

/** How many past periods the tables show beside the current one. */
const HISTORY = 4

/** What the narrative reads about one partner on one KPI. */
export interface PartnerFacts {
  partner: string
  now: number | null
  before: number | null
  /** Responses, measures or periods behind `now`. */
  n: number
  small: boolean
  rank: number | null
  withinNoise: boolean
  tiedWith: string[]
  /** The change from the previous period tested against sampling noise: its p-value, when it can be tested. */
  changeP: number | null
  trend: TrendJson | null
  meetsTarget: boolean | null
}

export interface KpiFacts {
  kpi: Kpi
  target: number | undefined
  /** Whether any pair could be tested: values without sample sizes over one period cannot be, and are ordered by value only. */
  tested: boolean
  partners: PartnerFacts[]
}

export interface ReportTableView {
  id: string
  name: string
  facts: string
  columns: string[]
  /** Which column is the period reported on. */
  currentColumn: number
  rows: { partner: string; values: string[]; change: string; changeNote: string; place: string; trend: string; trendNote: string; missed: boolean }[]
}

export interface ReportView {
  cadence: Cadence
  title: string
  audience: string
  /** The period reported on, and the one before. */
  current: string
  previous: string
  /** Why a view shows something other than asked (no weekly data, an incomplete quarter). */
  notes: string[]
  tables: ReportTableView[]
  narrative: Narrative
  empty: string | undefined
  confidence: string
}

interface Window {
  label: string
  /** The table's column heading: weeks as "Wk 43" to keep four of them on a tablet. */
  column: string
  rows: ObservationRow[]
}

const QUARTER_OF = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`

/** Calendar quarters holding all three months, oldest first, each with its rows; the latest incomplete one is noted, not shown. */
function quarterWindows(rows: readonly ObservationRow[]): { windows: Window[]; note: string | undefined } {
  const months = periodsOf(rows)
  const quarters = new Map<string, string[]>()
  for (const m of months) quarters.set(QUARTER_OF(m), [...(quarters.get(QUARTER_OF(m)) ?? []), m])
  const full = [...quarters.entries()].filter(([, ms]) => ms.length === 3)
  const last = [...quarters.entries()].at(-1)
  const label = (q: string) => q.replace(/^(\d{4})-(Q\d)$/, '$2 $1')
  const note = last && last[1].length < 3 ? `${label(last[0])} has ${last[1].length} month${last[1].length === 1 ? '' : 's'} of data so far; the report covers the latest full quarter.` : undefined
  return {
    windows: full.map(([q, ms]) => ({ label: label(q), column: label(q), rows: rows.filter((r) => ms.includes(r.period)) })),
    note,
  }
}

function periodWindows(rows: readonly ObservationRow[]): Window[] {
  return periodsOf(rows).map((p) => ({ label: periodLabel(p), column: p.includes('W') ? `Wk ${Number(p.slice(6))}` : periodLabel(p), rows: rows.filter((r) => r.period === p) }))
}

function compare(rows: readonly ObservationRow[], kpis: readonly Kpi[], targets: Readonly<Record<string, number>>): ScorecardComparison | undefined {
  if (rows.length === 0) return undefined
  // Weights are irrelevant here (reports show KPIs, not scores): one weighted KPI with a target keeps the scorer quiet.
  const scorable = rows.find((r) => targets[r.kpi] !== undefined)
  return compareScorecards({ rows, catalogue: kpis, targets, weights: scorable ? { [scorable.kpi]: 100 } : {} })
}

/** The change between two windows of one partner and KPI, tested as the KPI's comparisons are: proportions by the two-proportion z test, means by Welch. */
function changeP(kpi: Kpi, now: readonly ObservationRow[], before: readonly ObservationRow[]): number | null {
  if (now.length === 0 || before.length === 0) return null
  if (kpi.kind === 'proportion' && [...now, ...before].every((r) => r.sampleSize !== undefined)) {
    const pool = (rs: readonly ObservationRow[]) => ({ successes: rs.reduce((s, r) => s + r.value * r.sampleSize!, 0), trials: rs.reduce((s, r) => s + r.sampleSize!, 0) })
    const p = twoProportionTest(pool(now), pool(before)).pValue
    return p !== undefined && Number.isFinite(p) ? p : null
  }
  if (kpi.kind === 'mean' && [...now, ...before].every((r) => r.sampleSize !== undefined && r.sd !== undefined)) {
    const pool = (rs: readonly ObservationRow[]) => combineSummaries(rs.map((r) => ({ mean: r.value, sd: r.sd!, n: r.sampleSize! })))
    const p = welchTest(pool(now), pool(before)).pValue
    return p !== undefined && Number.isFinite(p) ? p : null
  }
  return null
}

/**
 * The report for a cadence: the latest period (week, month, or full calendar quarter) against
 * the one before, the last few periods side by side, places and within-noise groups in the
 * latest period, trends over the last TREND_PERIODS weeks or months, and the narrative.
 */
export function reportView(rows: readonly ObservationRow[], options: readonly OptionRef[], kpis: readonly Kpi[], targets: Readonly<Record<string, number>>, cadence: Cadence, alpha = 0.05): ReportView {
  const labels = partnerLabels(options)
  const catalogue = new Map(kpis.map((k) => [k.id, k]))
  const wanted = CADENCE_KPIS[cadence].filter((id) => catalogue.has(id))
  const currency = commonCurrency(options)
  const notes: string[] = []
  let kind: 'month' | 'week' = cadence === 'week' ? 'week' : 'month'
  if (kind === 'week' && !rowsOfKind(rows, 'week', labels).some((r) => wanted.includes(r.kpi))) {
    kind = 'month'
    notes.push('No weekly values are stored for these KPIs, so this view compares months. Import ISO weeks (period 2026-W43) to see weeks.')
  }
  const all = rowsOfKind(rows, kind, labels)
  const own = all.filter((r) => wanted.includes(r.kpi))
  const { title, audience } = CADENCE_TITLES[cadence]
  const base = { cadence, title, audience, notes, confidence: `${Number(((1 - alpha) * 100).toFixed(2))} %` }
  let windows: Window[]
  if (cadence === 'quarter') {
    const q = quarterWindows(own)
    windows = q.windows
    if (q.note) notes.push(q.note)
  } else windows = periodWindows(own)
  if (windows.length === 0) {
    const need = cadence === 'quarter' ? 'three months of one calendar quarter' : `one ${kind}`
    return { ...base, current: '', previous: '', tables: [], narrative: narrative([], { cadence, per: kind, current: '', previous: '' }, []), empty: `Nothing to report: these KPIs (${wanted.map((id) => catalogue.get(id)!.name).join(', ')}) need at least ${need} of values.` }
  }
  const current = windows.at(-1)!
  const previous = windows.at(-2)
  const shown = windows.slice(-HISTORY)
  // Context for root causes: every KPI the partners reported in the current window.
  const currentPeriods = new Set(current.rows.map((r) => r.period))
  const context = compare(all.filter((r) => currentPeriods.has(r.period)), kpis, targets)
  const now = compare(current.rows, kpis, targets)!
  const before = previous ? compare(previous.rows, kpis, targets) : undefined
  const trends = compare(latestPeriods(own, TREND_PERIODS).rows, kpis, targets)
  const history = shown.map((w) => compare(w.rows, kpis, targets))
  const facts: KpiFacts[] = []
  const tables: ReportTableView[] = []
  for (const id of wanted) {
    const kpi = catalogue.get(id)!
    const k = now.kpis.find((x) => x.kpi === id)
    if (!k) continue
    const target = targets[id]
    const fmt = (v: number | null | undefined) => formatKpiValue(kpi, v, currency)
    const valueIn = (c: ScorecardComparison | undefined, partner: string) => c?.kpis.find((x) => x.kpi === id)?.partners.find((p) => p.partner === partner)?.value ?? null
    const tested = k.pairs.some((p) => p.pValue !== null)
    const sign = kpi.direction === 'higher' ? -1 : 1
    const partners = k.partners
      .filter((p) => p.value !== null)
      .sort((a, b) => (tested ? (a.rank ?? 99) - (b.rank ?? 99) : 0) || sign * (a.value! - b.value!))
      .map((p, i): PartnerFacts => {
        const nowRows = current.rows.filter((r) => r.partner === p.partner && r.kpi === id)
        const beforeRows = previous?.rows.filter((r) => r.partner === p.partner && r.kpi === id) ?? []
        return {
          partner: p.partner,
          now: p.value,
          before: valueIn(before, p.partner),
          n: p.n,
          // Only sampled measures can be too small; a count with one period is simply one value.
          small: p.warnings.some((w) => /responses|measures/.test(w)),
          rank: tested ? p.rank : i + 1,
          withinNoise: tested && p.withinNoise,
          tiedWith: tested ? p.tiedWith : [],
          changeP: changeP(kpi, nowRows, beforeRows),
          trend: trends?.kpis.find((x) => x.kpi === id)?.partners.find((x) => x.partner === p.partner)?.trend ?? null,
          meetsTarget: target === undefined || p.value === null ? null : kpi.direction === 'higher' ? p.value >= target : p.value <= target,
        }
      })
    facts.push({ kpi, target, tested, partners })
    tables.push({
      id,
      name: kpi.name,
      facts: `${kpi.unit} · ${kpi.direction === 'higher' ? 'higher is better' : 'lower is better'} · ${target === undefined ? 'no target' : `target ${fmt(target)}`}`,
      columns: shown.map((w) => w.column),
      currentColumn: shown.length - 1,
      rows: partners.map((p) => ({
        partner: p.partner,
        values: history.map((c) => fmt(valueIn(c, p.partner))),
        change: p.before === null || p.now === null ? '—' : formatKpiChange(kpi, p.now - p.before, currency),
        changeNote: p.changeP === null ? (p.before === null ? 'no previous value' : 'untested (no sample size)') : p.changeP < alpha ? `beyond noise (p ${formatP(p.changeP)})` : `noise (p ${formatP(p.changeP)})`,
        place: p.rank === null ? '—' : !tested ? `${p.rank} (untested)` : p.withinNoise ? `=${p.rank}, within noise` : String(p.rank),
        trend: p.trend ? `${formatKpiChange(kpi, p.trend.slope, currency)}/${p.trend.per === 'week' ? 'wk' : 'mo'}` : '—',
        trendNote: p.trend ? `${p.trend.significant ? p.trend.direction : 'flat'} (p ${formatP(p.trend.pValue)})` : '',
        missed: p.meetsTarget === false,
      })),
    })
  }
  const leading = contextFacts(context, catalogue, targets)
  return {
    ...base,
    current: current.label,
    previous: previous?.label ?? '',
    tables,
    narrative: narrative(facts, { cadence, per: kind, current: current.label, previous: previous?.label ?? '', currency }, leading),
    empty: undefined,
  }
}

/** Per partner, the leading KPIs that miss their target in the current window: where root causes are looked for first. */
function contextFacts(context: ScorecardComparison | undefined, catalogue: ReadonlyMap<string, Kpi>, targets: Readonly<Record<string, number>>): { partner: string; kpi: Kpi; value: number; target: number }[] {
  if (!context) return []
  const out: { partner: string; kpi: Kpi; value: number; target: number }[] = []
  for (const k of context.kpis) {
    const kpi = catalogue.get(k.kpi)
    const target = targets[k.kpi]
    if (!kpi || kpi.timing !== 'leading' || target === undefined) continue
    for (const p of k.partners) {
      if (p.value === null) continue
      const meets = kpi.direction === 'higher' ? p.value >= target : p.value <= target
      if (!meets) out.push({ partner: p.partner, kpi, value: p.value, target })
    }
  }
  return out
}
