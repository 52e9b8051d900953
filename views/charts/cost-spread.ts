/**
 * Simulated annual cost per option: a P10–P90 bar with the median marked, drawn
 * server-side with Observable Plot. The axis is the difference from each option's
 * planned cost (the forecast as given, a dot at 0, printed beside its name): options
 * differ in size far more than in spread, so on one absolute axis every bar would be
 * a sliver.
 */
import * as Plot from '@observablehq/plot'
import { compactAmount, SERIES_COLORS } from './monthly-cost.ts'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface CostSpreadInput {
  rows: ReadonlyArray<{ name: string; p10: number; p50: number; p90: number; planned: number }>
  currency: string
  /** How many futures the spread is over, for the key. */
  trials: number
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
}

const WIDTH = 900
const ROW_HEIGHT = 44
const MARGIN = { top: 44, right: 24, bottom: 44, left: 300 }
const MEDIAN = '#111827'
const PLANNED = '#b42318'

type Row = CostSpreadInput['rows'][number]

/** Long option names are cut so the band axis keeps its margin. */
const short = (name: string) => (name.length > 44 ? `${name.slice(0, 43)}…` : name)

const signedCompact = (n: number) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${compactAmount(Math.abs(n))}`)

export function costSpreadSvg(input: CostSpreadInput): string {
  const { plotDocument, doc } = chartDocument()
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, maximumFractionDigits: 0 })
  const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, notation: 'compact', maximumFractionDigits: 1 })
  // Keyed by position: the band's domain must stay one bar per option even if two share a name.
  const keyed = input.rows
    .filter((r) => [r.p10, r.p50, r.p90, r.planned].every(Number.isFinite))
    .map((r, k) => ({ ...r, key: `${k}`, lo: r.p10 - r.planned, mid: r.p50 - r.planned, hi: r.p90 - r.planned }))
  const extent = Math.max(1, ...keyed.flatMap((r) => [Math.abs(r.lo), Math.abs(r.hi)]))
  const lo = Math.min(0, ...keyed.map((r) => r.lo))
  const hi = Math.max(0, ...keyed.map((r) => r.hi))
  const pad = extent * 0.08
  const label = (key: string) => {
    const r = keyed[Number(key)]
    return r ? `${short(r.name)} · ${compactMoney.format(r.planned)}` : ''
  }
  const svg = Plot.plot({
    document: plotDocument,
    className: 'cost-spread',
    figure: false,
    width: WIDTH,
    height: MARGIN.top + MARGIN.bottom + ROW_HEIGHT * Math.max(1, keyed.length),
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: [lo - pad, hi + pad], grid: true, label: `Simulated annual cost minus planned cost (${input.currency})`, labelAnchor: 'center', labelArrow: 'none', tickFormat: signedCompact },
    y: { domain: keyed.map((r) => r.key), label: null, tickFormat: label, padding: 0.35 },
    marks: [
      Plot.ruleX([0], { stroke: PLANNED, strokeOpacity: 0.5 }),
      Plot.barX(keyed, {
        y: 'key',
        x1: 'lo',
        x2: 'hi',
        fill: (r: { key: string }) => SERIES_COLORS[Number(r.key) % SERIES_COLORS.length],
        fillOpacity: 0.6,
        title: (r: Row) => `${r.name}: P10 ${money.format(r.p10)}, median ${money.format(r.p50)}, P90 ${money.format(r.p90)}; planned ${money.format(r.planned)}`,
      }),
      Plot.tickX(keyed, { y: 'key', x: 'mid', stroke: MEDIAN, strokeWidth: 3 }),
      Plot.dot(keyed, { y: 'key', x: () => 0, fill: PLANNED, stroke: 'white', r: 4.5, title: (r: Row) => `${r.name}: planned ${money.format(r.planned)}` }),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addKey(doc, svg, input.trials)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** What the marks mean, in the SVG: the bar, the median tick and the planned dot. */
function addKey(doc: SvgDocument, svg: SvgNode, trials: number): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},14)`, 'aria-hidden': 'true' })
  const label = (x: number, text: string) => {
    const t = element(doc, 'text', { x: `${x}`, y: '0', dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    t.textContent = text
    group.appendChild(t)
  }
  group.appendChild(element(doc, 'rect', { x: '0', y: '-6', width: '28', height: '12', fill: SERIES_COLORS[0], 'fill-opacity': '0.55' }))
  label(34, `P10 – P90 of ${trials} futures`)
  group.appendChild(element(doc, 'line', { x1: '214', x2: '214', y1: '-8', y2: '8', stroke: MEDIAN, 'stroke-width': '3' }))
  label(222, 'median (P50)')
  group.appendChild(element(doc, 'circle', { cx: '330', cy: '0', r: '4.5', fill: PLANNED }))
  label(340, 'planned: the forecast as given (0)')
  svg.appendChild(group)
}
