/** Service level and abandonment against headcount, drawn server-side with Observable Plot: data in, SVG text out. */
import * as Plot from '@observablehq/plot'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface CurvePoint {
  agents: number
  /** 0–1 share of offered contacts answered within the threshold. */
  serviceLevel: number
  /** 0–1 share of offered contacts that hang up. */
  abandon: number
}

export interface StaffingCurveInput {
  points: CurvePoint[]
  /** 0–1. */
  targetServiceLevel: number
  /** 0–1, drawn when given and abandonment is shown. */
  maxAbandon?: number | undefined
  /** The headcount the page answers with (or evaluates), marked on the chart. */
  answerAgents: number
  /** Its label on the chart, e.g. "answer". */
  answerLabel: string
  /** Erlang C has no abandonment; a flat zero line would only say so badly. */
  showAbandon: boolean
  /** Accessible name (the SVG's <title>). */
  title: string
  /** Accessible description (the SVG's <desc>). */
  description: string
}

export const CURVE_COLORS = { serviceLevel: '#1d4ed8', abandon: '#c2410c', answer: '#6b7280' } as const

const WIDTH = 760
const HEIGHT = 340
const MARGIN = { top: 40, right: 24, bottom: 44, left: 56 }

/** Renders the chart as a standalone <svg> string with no inline styles (the CSP forbids them). */
export function staffingCurveSvg(input: StaffingCurveInput): string {
  const { plotDocument, doc } = chartDocument()
  const percentPoints = input.points.map((p) => ({ agents: p.agents, sl: p.serviceLevel * 100, ab: p.abandon * 100 }))
  const first = input.points[0]?.agents ?? 0
  const last = input.points.at(-1)?.agents ?? first + 1
  const targetPercent = input.targetServiceLevel * 100

  const marks: Plot.Markish[] = [
    Plot.ruleX([input.answerAgents], { stroke: CURVE_COLORS.answer, strokeDasharray: '3 3' }),
    Plot.text([input.answerAgents], { x: (d: number) => d, frameAnchor: 'top', dy: -16, text: (d: number) => `${input.answerLabel}: ${thousands(d)}`, fill: CURVE_COLORS.answer }),
    Plot.ruleY([targetPercent], { stroke: CURVE_COLORS.serviceLevel, strokeDasharray: '1 3', strokeWidth: 1.5 }),
    Plot.text([targetPercent], { y: (d: number) => d, frameAnchor: 'right', dx: -4, dy: -7, textAnchor: 'end', text: (d: number) => `target ${round1(d)}%`, fill: CURVE_COLORS.serviceLevel }),
    Plot.line(percentPoints, { x: 'agents', y: 'sl', stroke: CURVE_COLORS.serviceLevel, strokeWidth: 2 }),
    Plot.dot(percentPoints, { x: 'agents', y: 'sl', fill: CURVE_COLORS.serviceLevel, r: 2.5 }),
  ]
  if (input.showAbandon) {
    marks.push(
      Plot.line(percentPoints, { x: 'agents', y: 'ab', stroke: CURVE_COLORS.abandon, strokeWidth: 2, strokeDasharray: '6 3' }),
      Plot.dot(percentPoints, { x: 'agents', y: 'ab', fill: CURVE_COLORS.abandon, r: 2.5, symbol: 'square' }),
    )
    if (input.maxAbandon !== undefined) {
      const maxPercent = input.maxAbandon * 100
      marks.push(
        Plot.ruleY([maxPercent], { stroke: CURVE_COLORS.abandon, strokeDasharray: '1 3', strokeWidth: 1.5 }),
        Plot.text([maxPercent], { y: (d: number) => d, frameAnchor: 'right', dx: -4, dy: -7, textAnchor: 'end', text: (d: number) => `max abandon ${round1(d)}%`, fill: CURVE_COLORS.abandon }),
      )
    }
  }

  const svg = Plot.plot({
    document: plotDocument,
    className: 'staffing-curve',
    figure: false,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: [first, last], ticks: integerTicks(first, last), tickFormat: thousands, label: 'Productive agents', labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [0, 100], grid: true, tickFormat: (d: number) => `${d}%`, label: 'Share of offered contacts', labelAnchor: 'center', labelArrow: 'none' },
    marks,
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addLegend(doc, svg, input.showAbandon)
  addAccessibleName(doc, svg, 'staffing-curve', input.title, input.description)
  return svg.outerHTML
}

/** A legend inside the SVG (Plot's own legend is HTML with inline styles). */
function addLegend(doc: SvgDocument, svg: SvgNode, showAbandon: boolean): void {
  const items: Array<{ label: string; color: string; dash?: string }> = [{ label: 'Service level', color: CURVE_COLORS.serviceLevel }]
  if (showAbandon) items.push({ label: 'Abandonment', color: CURVE_COLORS.abandon, dash: '6 3' })
  items.push({ label: 'Target', color: CURVE_COLORS.serviceLevel, dash: '1 3' })
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},14)`, 'aria-hidden': 'true' })
  let x = 0
  for (const item of items) {
    group.appendChild(element(doc, 'line', { x1: `${x}`, x2: `${x + 22}`, y1: '0', y2: '0', stroke: item.color, 'stroke-width': '2', ...(item.dash ? { 'stroke-dasharray': item.dash } : {}) }))
    const text = element(doc, 'text', { x: `${x + 28}`, y: '0', dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    text.textContent = item.label
    group.appendChild(text)
    x += 28 + item.label.length * 6.5 + 20
  }
  svg.appendChild(group)
}

/** At most about ten whole-number ticks, at steps of 1, 2 or 5 × 10ᵏ. */
function integerTicks(first: number, last: number): number[] {
  const raw = Math.max(1, (last - first) / 10)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const ticks: number[] = []
  for (let t = Math.ceil(first / step) * step; t <= last; t += step) ticks.push(t)
  return ticks
}

const thousandsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const thousands = (d: number) => thousandsFormat.format(d)
const round1 = (d: number) => Math.round(d * 10) / 10
