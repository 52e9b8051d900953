/** Activity days and weights → the rows, labels and chart series the activity page prints (pure; no arithmetic in templates). */
import type { Granularity, Period } from '../../src/domain/quality/activity-periods.ts'
import { activityGroups, pointsTable, type ActivityDay, type ActivityWeights, type PointsCell } from '../../src/domain/quality/activity-points.ts'
import type { PointsChartInput } from '../charts/points-per-hour.ts'
import { formatCount, formatHours } from '../format.ts'
import type { ActivityView } from './ids.ts'

export interface CellView {
  text: string
  /** Points, paid hours and days behind the figure, in words. */
  detail: string
  missing: boolean
}

export interface ColumnView {
  key: string
  name: string
  /** A team, all partners or all options: several options added together. */
  combined: boolean
}

export interface RowView {
  key: string
  label: string
  detail: string
  cells: CellView[]
}

export interface FiguresView {
  /** The view shown, with the day view's month resolved. */
  view: Required<ActivityView> | { by: Granularity; month: undefined }
  /** Months with data, newest last: the day view's month choices. */
  months: string[]
  columns: ColumnView[]
  rows: RowView[]
  /** The whole span shown (all months, all weeks, or the day view's month). */
  total: RowView | undefined
  chart: PointsChartInput | undefined
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Points per paid hour with two decimals; no figure reads as a dash. @example formatPointsPerHour(8.384) // "8.38" */
export function formatPointsPerHour(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : twoDecimals.format(value)
}

/** "Nov 2025" for "2025-11". */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`
}

/** "Mon 2 Mar 2026" for "2026-03-02". */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00Z`)
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

function periodLabels(period: Period, granularity: Granularity): { label: string; detail: string } {
  if (granularity === 'month') return { label: monthLabel(period.key), detail: '' }
  if (granularity === 'day') return { label: dayLabel(period.key), detail: '' }
  const [year, week] = period.key.split('-W')
  return { label: `Week ${Number(week)}, ${year}`, detail: `from ${dayLabel(period.start)}` }
}

function cellView(cell: PointsCell | null): CellView {
  if (!cell) return { text: '—', detail: 'nothing reported', missing: true }
  const days = `${formatCount(cell.days)} ${cell.days === 1 ? 'day' : 'days'}`
  const detail = `${formatCount(cell.points)} points over ${formatHours(cell.paidHours)} paid (${days})`
  if (cell.pointsPerPaidHour === null) return { text: '—', detail: `no paid hours reported (${formatCount(cell.points)} points, ${days})`, missing: true }
  return { text: formatPointsPerHour(cell.pointsPerPaidHour), detail, missing: false }
}

/**
 * The figures for one view: by month or week over every stored day; by day over one month
 * (the one asked for if it has data, else the latest). O(days × groups).
 */
export function figuresView(
  days: readonly ActivityDay[],
  options: ReadonlyArray<{ id: number; name: string; kind: 'in-house' | 'partner' }>,
  weights: ActivityWeights,
  view: ActivityView,
): FiguresView {
  const months = [...new Set(days.map((d) => d.date.slice(0, 7)))].sort()
  const month = view.by === 'day' ? (view.month && months.includes(view.month) ? view.month : months.at(-1)) : undefined
  const shown = month ? days.filter((d) => d.date.startsWith(month)) : days
  const groups = activityGroups(options)
  const table = pointsTable(shown, groups, weights, view.by)
  const columns = groups.map((g) => ({ key: g.key, name: g.name, combined: g.kind !== 'option' }))
  const rows = table.periods.map((p, i) => ({ key: p.key, ...periodLabels(p, view.by), cells: table.series.map((s) => cellView(s.cells[i]!)) }))
  const spanLabel = view.by === 'day' && month ? `All of ${monthLabel(month)}` : `All ${formatCount(rows.length)} ${view.by === 'month' ? 'months' : 'weeks'}`
  const total = rows.length > 1 ? { key: 'total', label: spanLabel, detail: '', cells: table.series.map((s) => cellView(s.overall)) } : undefined
  const charted = table.series.filter((s) => s.group.kind === 'option' || s.group.kind === 'total')
  const chart: PointsChartInput | undefined =
    rows.length > 0
      ? {
          id: 'points-per-hour-chart',
          granularity: view.by,
          periodStarts: table.periods.map((p) => Date.parse(`${p.start}T00:00Z`)),
          series: charted.map((s) => ({ name: s.group.name, total: s.group.kind === 'total', values: s.cells.map((c) => c?.pointsPerPaidHour ?? null) })),
          title: `Points per paid hour by option, ${view.by === 'day' && month ? `each day of ${monthLabel(month)}` : `by ${view.by}`}`,
          description: charted
            .map((s) => `${s.group.name}: ${formatPointsPerHour(s.overall?.pointsPerPaidHour ?? null)} points per paid hour over the span`)
            .join('; '),
        }
      : undefined
  return { view: month ? { by: view.by, month } : { by: view.by, month: undefined }, months, columns, rows, total, chart }
}
