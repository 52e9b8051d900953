/** Contacts per week, one line per channel, drawn server-side with Observable Plot: data in, CSP-safe SVG text out. */
import * as Plot from '@observablehq/plot'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface WeeklyLineInput {
  /** Start of each week as epoch milliseconds of the forecast's uniform clock (read as UTC). */
  weekStarts: readonly number[]
  series: ReadonlyArray<{ name: string; values: readonly number[] }>
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
}

/** Colour and dash per line, so lines differ by more than colour (and survive greyscale printing). */
const STYLES = [
  { color: '#1d4ed8', dash: '' },
  { color: '#c2410c', dash: '6 3' },
  { color: '#047857', dash: '2 3' },
  { color: '#7c3aed', dash: '10 3 2 3' },
  { color: '#b45309', dash: '1 2' },
  { color: '#0f766e', dash: '8 4' },
] as const

const WIDTH = 900
const HEIGHT = 320
const MARGIN = { top: 44, right: 24, bottom: 44, left: 72 }

const thousandsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const thousands = (d: number) => thousandsFormat.format(d)
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dayMonth = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`

export function weeklyLineSvg(input: WeeklyLineInput): string {
  const { plotDocument, doc } = chartDocument()
  const rows = input.series.flatMap((s, k) => s.values.map((value, w) => ({ week: new Date(input.weekStarts[w]!), value, k })))
  const max = Math.max(1, ...rows.map((r) => r.value))
  const marks: Plot.Markish[] = []
  input.series.forEach((s, k) => {
    const style = STYLES[k % STYLES.length]!
    const data = rows.filter((r) => r.k === k)
    marks.push(
      Plot.line(data, { x: 'week', y: 'value', stroke: style.color, strokeWidth: 2, ...(style.dash ? { strokeDasharray: style.dash } : {}) }),
      Plot.dot(data, { x: 'week', y: 'value', fill: style.color, r: data.length > 20 ? 1.5 : 3, title: (d: { week: Date; value: number }) => `${s.name}, week of ${dayMonth(d.week)}: ${thousands(d.value)} contacts` }),
    )
  })
  const weeks = input.weekStarts.length
  const svg = Plot.plot({
    document: plotDocument,
    className: 'weekly-line',
    figure: false,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: {
      type: 'utc',
      label: 'Week starting',
      labelAnchor: 'center',
      labelArrow: 'none',
      // A few weeks get a tick each; a year gets one per month from Plot.
      ...(weeks <= 10 ? { ticks: input.weekStarts.map((t) => new Date(t)), tickFormat: dayMonth } : {}),
      ...(weeks === 1 ? { domain: [new Date(input.weekStarts[0]! - 3 * 86_400_000), new Date(input.weekStarts[0]! + 3 * 86_400_000)] } : {}),
    },
    y: { domain: [0, max * 1.08], grid: true, tickFormat: thousands, label: 'Contacts per week', labelAnchor: 'center', labelArrow: 'none' },
    marks,
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addLegend(doc, svg, input.series.map((s) => s.name))
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** A legend inside the SVG (Plot's own legend is HTML with inline styles); long names are cut so it stays one row. */
function addLegend(doc: SvgDocument, svg: SvgNode, names: readonly string[]): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},14)`, 'aria-hidden': 'true' })
  let x = 0
  names.forEach((name, k) => {
    const style = STYLES[k % STYLES.length]!
    const label = name.length > 24 ? `${name.slice(0, 23)}…` : name
    group.appendChild(element(doc, 'line', { x1: `${x}`, x2: `${x + 24}`, y1: '0', y2: '0', stroke: style.color, 'stroke-width': '2', ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }))
    const text = element(doc, 'text', { x: `${x + 30}`, y: '0', dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    text.textContent = label
    group.appendChild(text)
    x += 30 + label.length * 6.5 + 22
  })
  svg.appendChild(group)
}
