/**
 * Cost against quality, one labelled point per option, with the Pareto frontier
 * (the options no other beats on both) as a step line; drawn server-side with
 * Observable Plot: data in, CSP-safe SVG text out. Lower cost (left) and higher
 * quality (up) are better, so the frontier runs along the upper left.
 */
import * as Plot from '@observablehq/plot'
import { paretoFrontier } from '../../src/domain/evaluation/pareto.ts'
import { SERIES_COLORS } from './monthly-cost.ts'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface CostQualityInput {
  /** One per option, in the order the other charts colour them. */
  points: ReadonlyArray<{ name: string; cost: number; quality: number; source?: 'modelled' | 'measured' | undefined }>
  currency: string
  /** The x axis's label, without the currency ("Cost per resolution"). */
  costLabel: string
  /** The y axis's label ("Modelled quality score, 0–100"). */
  qualityLabel: string
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
}

const WIDTH = 900
const HEIGHT = 400
const MARGIN = { top: 48, right: 40, bottom: 48, left: 64 }
const FRONTIER = '#1f2937'
/** Average width of a 12 px label character, for keeping labels inside the plot. */
const LABEL_CHAR_WIDTH = 6.6

interface Point {
  key: number
  name: string
  label: string
  cost: number
  quality: number
  source?: 'modelled' | 'measured' | undefined
  color: string
  onFrontier: boolean
}

/** Names are cut so a label never runs far across the plot. */
const short = (name: string) => (name.length > 34 ? `${name.slice(0, 33)}…` : name)

/** A domain padded by a tenth of its span on each side (or a unit when all points coincide), clamped to `limits`. */
function padded(values: readonly number[], limits: [number, number]): [number, number] {
  if (values.length === 0) return limits
  const lo = Math.min(...values)
  const hi = Math.max(...values)
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.max(1, Math.abs(hi) * 0.1)
  return [Math.max(limits[0], lo - pad), Math.min(limits[1], hi + pad)]
}

/**
 * The SVG text. Points with a missing cost or quality cannot be placed and are left
 * out (the caller says so); equal points share a spot and both stay on the frontier.
 */
export function costQualitySvg(input: CostQualityInput): string {
  const { plotDocument, doc } = chartDocument()
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const axisMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, maximumFractionDigits: 2 })
  const placed = input.points
    .map((p, key) => ({ ...p, key, label: short(p.name), color: SERIES_COLORS[key % SERIES_COLORS.length]! }))
    .filter((p) => Number.isFinite(p.cost) && Number.isFinite(p.quality))
  const frontier = paretoFrontier(placed)
  const onFrontier = new Set(frontier.map((p) => p.key))
  const points: Point[] = placed.map((p) => ({ ...p, onFrontier: onFrontier.has(p.key) }))
  const xDomain = padded(
    points.map((p) => p.cost),
    [0, Infinity],
  )
  const yDomain = padded(
    points.map((p) => p.quality),
    [0, 100],
  )
  // Labels sit above and to the left of their point, where the frontier's steps never run (they come in from
  // below and leave to the right); a label that would cross the left edge goes to the right instead.
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const xOf = (cost: number) => ((cost - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * plotWidth
  const fitsLeft = (p: Point) => xOf(p.cost) > p.label.length * LABEL_CHAR_WIDTH + 16
  const title = (p: Point) => `${p.name}: ${money.format(p.cost)} per resolution, ${p.source ? `${p.source} ` : ''}quality ${p.quality.toFixed(1)}${p.onFrontier ? ' (on the frontier)' : ' (dominated)'}`
  const svg = Plot.plot({
    document: plotDocument,
    className: 'cost-quality',
    figure: false,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: xDomain, grid: true, nice: true, label: `${input.costLabel} (${input.currency}) → lower is better`, labelAnchor: 'center', labelArrow: 'none', tickFormat: (n: number) => axisMoney.format(n) },
    y: { domain: yDomain, grid: true, nice: true, label: `${input.qualityLabel} ↑ higher is better`, labelAnchor: 'center', labelArrow: 'none' },
    marks: [
      Plot.line(frontier, { x: 'cost', y: 'quality', curve: 'step-after', stroke: FRONTIER, strokeWidth: 2, strokeDasharray: '6 4', className: 'frontier', ariaDescription: 'Pareto frontier' }),
      Plot.dot(points, {
        x: 'cost',
        y: 'quality',
        r: 7,
        stroke: (p: Point) => p.color,
        strokeWidth: 2.5,
        fill: (p: Point) => (p.onFrontier ? p.color : 'white'),
        title,
        className: 'points',
      }),
      Plot.text(
        points.filter((p) => !fitsLeft(p)),
        { x: 'cost', y: 'quality', text: 'label', textAnchor: 'start', dx: 10, dy: -13, fill: 'currentColor', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' },
      ),
      Plot.text(
        points.filter(fitsLeft),
        { x: 'cost', y: 'quality', text: 'label', textAnchor: 'end', dx: -10, dy: -13, fill: 'currentColor', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' },
      ),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  markFrontierPoints(svg, points)
  addKey(doc, svg)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** Each point's circle says whether it is on the frontier, for styling and tests (Plot draws them in data order). Names stay out of attributes: only text nodes are escaped for certain. */
function markFrontierPoints(svg: SvgNode, points: readonly Point[]): void {
  const circles = [...svg.querySelectorAll('g.points circle')]
  circles.forEach((circle, k) => {
    const p = points[k]
    if (!p) return
    circle.setAttribute('class', p.onFrontier ? 'point point--frontier' : 'point point--dominated')
  })
}

/** What the marks mean, in the SVG: filled and hollow points and the dashed frontier. */
function addKey(doc: SvgDocument, svg: SvgNode): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},16)`, 'aria-hidden': 'true' })
  const label = (x: number, text: string) => {
    const t = element(doc, 'text', { x: `${x}`, y: '0', dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    t.textContent = text
    group.appendChild(t)
  }
  group.appendChild(element(doc, 'circle', { cx: '6', cy: '0', r: '6', fill: SERIES_COLORS[0], stroke: SERIES_COLORS[0], 'stroke-width': '2' }))
  label(18, 'on the frontier: nothing is both cheaper and better')
  group.appendChild(element(doc, 'circle', { cx: '364', cy: '0', r: '6', fill: 'white', stroke: SERIES_COLORS[0], 'stroke-width': '2' }))
  label(376, 'dominated')
  group.appendChild(element(doc, 'line', { x1: '470', x2: '506', y1: '0', y2: '0', stroke: FRONTIER, 'stroke-width': '2', 'stroke-dasharray': '6 4' }))
  label(514, 'Pareto frontier')
  svg.appendChild(group)
}
