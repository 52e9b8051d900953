/**
 * Sensitivity ("tornado") chart, drawn server-side with Observable Plot: one row per
 * assumption, a bar from today's total out to the total at the assumption's low value
 * and another out to its high value, widest first. The x axis is the scenario's total
 * annual cost in its currency; a rule marks today's. CSP-safe like the other charts:
 * Plot's inline styles are stripped and the key is drawn in the SVG.
 */
import * as Plot from '@observablehq/plot'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface TornadoInput {
  /** In drawing order (top first); `label` may hold a "\n" for a second line (the range). */
  rows: ReadonlyArray<{ label: string; costAtLow: number; costAtHigh: number; lowText: string; highText: string }>
  todayCost: number
  currency: string
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
}

const WIDTH = 900
const ROW_HEIGHT = 52
const MARGIN = { top: 44, right: 24, bottom: 48, left: 300 }
/** Okabe–Ito blue and vermilion: apart for colour-blind readers too. */
export const TORNADO_LOW = '#0072b2'
export const TORNADO_HIGH = '#d55e00'
const TODAY = '#111827'

interface Point {
  key: string
  side: 'low' | 'high'
  cost: number
  text: string
  delta: number
}

export function tornadoSvg(input: TornadoInput): string {
  const { plotDocument, doc } = chartDocument()
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, maximumFractionDigits: 0 })
  const compact = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, notation: 'compact', maximumFractionDigits: 1 })
  const signed = (n: number) => (Math.round(n) === 0 ? compact.format(0) : `${n > 0 ? '+' : '−'}${compact.format(Math.abs(n))}`)
  const today = input.todayCost
  // Keyed by position so two rows with one label still get a band each.
  const rows = input.rows.filter((r) => Number.isFinite(r.costAtLow) && Number.isFinite(r.costAtHigh)).map((r, k) => ({ ...r, key: `${k}` }))
  const points: Point[] = rows.flatMap((r) => [
    { key: r.key, side: 'low' as const, cost: r.costAtLow, text: r.lowText, delta: r.costAtLow - today },
    { key: r.key, side: 'high' as const, cost: r.costAtHigh, text: r.highText, delta: r.costAtHigh - today },
  ])
  const lo = Math.min(today, ...points.map((p) => p.cost))
  const hi = Math.max(today, ...points.map((p) => p.cost))
  // Room either side for the end labels.
  const pad = Math.max((hi - lo) * 0.2, Math.abs(today) * 0.01, 1)
  const labelOf = new Map(rows.map((r) => [r.key, r.label]))
  const title = (p: Point) => `${labelOf.get(p.key)?.replace('\n', ' ') ?? ''}: at ${p.text}, ${money.format(p.cost)} (${signed(p.delta)} on today’s ${money.format(today)})`
  const endLabel = (p: Point) => signed(p.delta)
  const svg = Plot.plot({
    document: plotDocument,
    className: 'tornado',
    figure: false,
    width: WIDTH,
    height: MARGIN.top + MARGIN.bottom + ROW_HEIGHT * Math.max(1, rows.length),
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: [lo - pad, hi + pad], grid: true, label: `Scenario’s total annual cost (${input.currency})`, labelAnchor: 'center', labelArrow: 'none', tickFormat: (n: number) => compact.format(n) },
    y: { domain: rows.map((r) => r.key), label: null, tickFormat: (key: string) => labelOf.get(key) ?? '', tickSize: 0, padding: 0.3 },
    marks: [
      Plot.barX(points, {
        y: 'key',
        x1: () => today,
        x2: 'cost',
        fill: (p: Point) => (p.side === 'low' ? TORNADO_LOW : TORNADO_HIGH),
        fillOpacity: 0.85,
        title,
      }),
      Plot.ruleX([today], { stroke: TODAY, strokeWidth: 1.5 }),
      Plot.text(
        points.filter((p) => p.cost < today),
        { y: 'key', x: 'cost', text: endLabel, textAnchor: 'end', dx: -5, fill: 'currentColor' },
      ),
      Plot.text(
        points.filter((p) => p.cost >= today),
        { y: 'key', x: 'cost', text: endLabel, textAnchor: 'start', dx: 5, fill: 'currentColor' },
      ),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addKey(doc, svg, money.format(today))
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** What the colours and the rule mean, in the SVG. */
function addKey(doc: SvgDocument, svg: SvgNode, today: string): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},14)`, 'aria-hidden': 'true' })
  const label = (x: number, text: string) => {
    const t = element(doc, 'text', { x: `${x}`, y: '0', dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    t.textContent = text
    group.appendChild(t)
  }
  group.appendChild(element(doc, 'rect', { x: '0', y: '-6', width: '18', height: '12', fill: TORNADO_LOW, 'fill-opacity': '0.85' }))
  label(24, 'at the low value')
  group.appendChild(element(doc, 'rect', { x: '130', y: '-6', width: '18', height: '12', fill: TORNADO_HIGH, 'fill-opacity': '0.85' }))
  label(154, 'at the high value')
  group.appendChild(element(doc, 'line', { x1: '272', x2: '272', y1: '-8', y2: '8', stroke: TODAY, 'stroke-width': '1.5' }))
  label(280, `today: ${today}`)
  svg.appendChild(group)
}
