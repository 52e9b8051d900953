/** One KPI over time, a line per partner with its interval band per period and the target as a dashed rule: server-side Observable Plot, CSP-safe SVG. */
import * as Plot from '@observablehq/plot'
import { legendLabel, partnerStyle } from './partner-palette.ts'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode, wrapLegend } from './svg.ts'

export interface KpiTrendPoint {
  /** Period start, epoch milliseconds read as UTC. */
  at: number
  value: number
  /** The period's interval; null where the value has no sample size (no band is drawn). */
  low: number | null
  high: number | null
}

export interface KpiTrendInput {
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
  /** The y axis label, with its unit. */
  yLabel: string
  /** Values are shares 0–1 printed as percents. */
  percent: boolean
  target: number | null
  /** 'month' or 'week': how points are named in their tooltips. */
  per: 'month' | 'week'
  /** Every partner, in a fixed order (their colours follow it); a partner without points keeps its colour. */
  series: ReadonlyArray<{ name: string; index: number; points: readonly KpiTrendPoint[] }>
  /** Formats a value for tooltips, in the KPI's unit. */
  format: (value: number) => string
}

const WIDTH = 560
const HEIGHT = 230
const MARGIN = { right: 16, bottom: 36, left: 60 }
const LEGEND_ROW = 18
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function when(at: number, per: 'month' | 'week'): string {
  const d = new Date(at)
  return per === 'month' ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `week of ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

export function kpiTrendSvg(input: KpiTrendInput): string {
  const { plotDocument, doc } = chartDocument()
  const legend = legendLayout(input.series.map((s) => s.name))
  const marginTop = 12 + legend.rows * LEGEND_ROW + 8
  const values = input.series.flatMap((s) => s.points.flatMap((p) => [p.value, p.low ?? p.value, p.high ?? p.value]))
  if (input.target !== null) values.push(input.target)
  const lo = Math.min(...values)
  const hi = Math.max(...values)
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.max(Math.abs(hi) * 0.05, 0.01)
  const marks: Plot.Markish[] = []
  for (const s of input.series) {
    const style = partnerStyle(s.index)
    const data = s.points.map((p) => ({ ...p, at: new Date(p.at) }))
    const banded = data.filter((p) => p.low !== null && p.high !== null)
    if (banded.length > 0) marks.push(Plot.areaY(banded, { x: 'at', y1: 'low', y2: 'high', fill: style.color, fillOpacity: 0.12 }))
    marks.push(
      Plot.line(data, { x: 'at', y: 'value', stroke: style.color, strokeWidth: 2, ...(style.dash ? { strokeDasharray: style.dash } : {}) }),
      Plot.dot(data, {
        x: 'at',
        y: 'value',
        fill: style.color,
        r: 2.5,
        title: (p: KpiTrendPoint & { at: Date }) =>
          `${s.name}, ${when(p.at.getTime(), input.per)}: ${input.format(p.value)}${p.low !== null && p.high !== null ? ` (interval ${input.format(p.low)} to ${input.format(p.high)})` : ''}`,
      }),
    )
  }
  if (input.target !== null) marks.push(Plot.ruleY([input.target], { stroke: '#6b7280', strokeDasharray: '4 4', strokeWidth: 1.5 }))
  const svg = Plot.plot({
    document: plotDocument,
    className: 'kpi-trend',
    figure: false,
    width: WIDTH,
    height: HEIGHT + marginTop,
    marginTop,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { type: 'utc', label: null, ticks: 6 },
    y: {
      domain: [lo - pad, hi + pad],
      grid: true,
      label: input.yLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: 5,
      ...(input.percent ? { tickFormat: (d: number) => `${Number((d * 100).toFixed(1))}%` } : {}),
    },
    marks,
  }) as unknown as SvgNode
  stripInlineStyles(svg)
  addLegend(doc, svg, input, legend.positions)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** Legend entries left to right, wrapping at the plot's right edge. */
function legendLayout(names: readonly string[]): { rows: number; positions: { x: number; row: number }[] } {
  return wrapLegend(names.map((name) => 26 + legendLabel(name).length * 6 + 16), WIDTH - MARGIN.left - MARGIN.right)
}

/** Partners and the target in the SVG (Plot's own legend is HTML with inline styles); names only as text nodes. */
function addLegend(doc: SvgDocument, svg: SvgNode, input: KpiTrendInput, positions: { x: number; row: number }[]): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},12)`, 'aria-hidden': 'true' })
  input.series.forEach((s, k) => {
    const { x, row } = positions[k]!
    const y = `${row * LEGEND_ROW}`
    const style = partnerStyle(s.index)
    group.appendChild(element(doc, 'line', { x1: `${x}`, x2: `${x + 20}`, y1: y, y2: y, stroke: style.color, 'stroke-width': '2', ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }))
    const text = element(doc, 'text', { x: `${x + 26}`, y, dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    text.textContent = legendLabel(s.name)
    group.appendChild(text)
  })
  svg.appendChild(group)
}
