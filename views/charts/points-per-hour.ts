/** Points per paid hour over time, one line per option (and the all-options line), drawn server-side with Observable Plot as CSP-safe SVG. */
import * as Plot from '@observablehq/plot'
import type { Granularity } from '../../src/domain/quality/activity-periods.ts'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode, wrapLegend } from './svg.ts'

export interface PointsChartInput {
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  granularity: Granularity
  /** Start of each period (day, ISO week's Monday, first of month) as epoch milliseconds read as UTC. */
  periodStarts: readonly number[]
  /** One value per period; null where the option reported nothing or no paid hours (the line breaks there). */
  series: ReadonlyArray<{ name: string; total: boolean; values: ReadonlyArray<number | null> }>
  title: string
  description: string
}

/** Colour and dash per option, so lines differ by more than colour; the all-options line is a thick grey. */
const STYLES = [
  { color: '#1d4ed8', dash: '' },
  { color: '#c2410c', dash: '6 3' },
  { color: '#047857', dash: '2 3' },
  { color: '#7c3aed', dash: '10 3 2 3' },
  { color: '#b45309', dash: '1 2' },
  { color: '#0f766e', dash: '8 4' },
] as const
const TOTAL_STYLE = { color: '#4b5563', dash: '' }

const WIDTH = 900
const HEIGHT = 320
const MARGIN = { right: 24, bottom: 44, left: 64 }
const LEGEND_ROW = 20
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const PERIOD_WORD: Record<Granularity, string> = { day: 'day', week: 'week of', month: 'month' }

function periodText(t: number, granularity: Granularity): string {
  const d = new Date(t)
  if (granularity === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
  return `${PERIOD_WORD[granularity]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

export function pointsPerHourSvg(input: PointsChartInput): string {
  const { plotDocument, doc } = chartDocument()
  const styled = input.series.map((s, k) => ({ ...s, style: s.total ? TOTAL_STYLE : STYLES[k % STYLES.length]! }))
  const legend = legendLayout(styled.map((s) => s.name))
  const marginTop = 16 + legend.rows * LEGEND_ROW + 12
  const max = Math.max(1, ...input.series.flatMap((s) => s.values.filter((v): v is number => v !== null)))
  const marks: Plot.Markish[] = []
  for (const s of styled) {
    const data = s.values.map((value, i) => ({ at: new Date(input.periodStarts[i]!), value }))
    const present = data.filter((d) => d.value !== null)
    marks.push(
      // Plot breaks a line at null values, so a period without a figure is a gap, not a dip to zero.
      Plot.line(data, { x: 'at', y: 'value', stroke: s.style.color, strokeWidth: s.total ? 3 : 2, ...(s.style.dash ? { strokeDasharray: s.style.dash } : {}) }),
      Plot.dot(present, {
        x: 'at',
        y: 'value',
        fill: s.style.color,
        r: present.length > 40 ? 1.5 : 3,
        title: (d: { at: Date; value: number }) => `${s.name}, ${periodText(d.at.getTime(), input.granularity)}: ${d.value.toFixed(2)} points per paid hour`,
      }),
    )
  }
  const single = input.periodStarts.length === 1
  const svg = Plot.plot({
    document: plotDocument,
    className: 'points-per-hour',
    figure: false,
    width: WIDTH,
    height: HEIGHT + marginTop,
    marginTop,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: {
      type: 'utc',
      label: input.granularity === 'month' ? 'Month' : input.granularity === 'week' ? 'ISO week starting' : 'Day',
      labelAnchor: 'center',
      labelArrow: 'none',
      ...(single ? { domain: [new Date(input.periodStarts[0]! - 3 * 86_400_000), new Date(input.periodStarts[0]! + 3 * 86_400_000)] } : {}),
    },
    y: { domain: [0, max * 1.1], grid: true, label: 'Points per paid hour', labelAnchor: 'center', labelArrow: 'none', tickFormat: (d: number) => d.toFixed(0) },
    marks,
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addLegend(doc, svg, styled, legend.positions)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

const labelOf = (name: string) => (name.length > 30 ? `${name.slice(0, 29)}…` : name)

/** Legend entries left to right, wrapping at the plot's right edge. */
function legendLayout(names: readonly string[]): { rows: number; positions: { x: number; row: number }[] } {
  return wrapLegend(names.map((name) => 30 + labelOf(name).length * 6.5 + 22), WIDTH - MARGIN.left - MARGIN.right)
}

/** A legend inside the SVG (Plot's own legend is HTML with inline styles). */
function addLegend(doc: SvgDocument, svg: SvgNode, series: ReadonlyArray<{ name: string; total: boolean; style: { color: string; dash: string } }>, positions: { x: number; row: number }[]): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},16)`, 'aria-hidden': 'true' })
  series.forEach((s, k) => {
    const { x, row } = positions[k]!
    const y = `${row * LEGEND_ROW}`
    group.appendChild(element(doc, 'line', { x1: `${x}`, x2: `${x + 24}`, y1: y, y2: y, stroke: s.style.color, 'stroke-width': s.total ? '3' : '2', ...(s.style.dash ? { 'stroke-dasharray': s.style.dash } : {}) }))
    const text = element(doc, 'text', { x: `${x + 30}`, y, dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    text.textContent = labelOf(s.name)
    group.appendChild(text)
  })
  svg.appendChild(group)
}
