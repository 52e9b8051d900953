/** Cost per calendar month, one stacked bar segment per option, drawn server-side with Observable Plot: data in, CSP-safe SVG text out. */
import * as Plot from '@observablehq/plot'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface MonthlyCostInput {
  /** "YYYY-MM", in order. */
  months: readonly string[]
  /** Option names in stacking order (bottom first). */
  series: readonly string[]
  /** One entry per option and month; amounts in currency units. */
  costs: ReadonlyArray<{ month: string; series: string; amount: number }>
  currency: string
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
}

/** Fills that stay apart for common colour-vision deficiencies (Okabe–Ito), darkest first. */
export const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'] as const

const WIDTH = 900
const HEIGHT = 340
const MARGIN = { top: 56, right: 16, bottom: 44, left: 80 }
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-03" → "Mar 26": short enough for thirteen bars across 900 px. */
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(2, 4)}`

/** Axis money: compact with the currency code in the label ("1.2M"). */
export const compactAmount = (n: number) => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(n)

export function monthlyCostSvg(input: MonthlyCostInput): string {
  const { plotDocument, doc } = chartDocument()
  const colors = input.series.map((_, k) => SERIES_COLORS[k % SERIES_COLORS.length]!)
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, maximumFractionDigits: 0 })
  const svg = Plot.plot({
    document: plotDocument,
    className: 'monthly-cost',
    figure: false,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: [...input.months], label: 'Month', labelAnchor: 'center', labelArrow: 'none', tickFormat: monthLabel },
    y: { grid: true, label: `Cost per month (${input.currency})`, labelAnchor: 'center', labelArrow: 'none', tickFormat: compactAmount },
    color: { domain: [...input.series], range: colors },
    marks: [
      Plot.barY(input.costs, {
        x: 'month',
        y: 'amount',
        fill: 'series',
        order: [...input.series],
        stroke: 'white',
        strokeWidth: 0.5,
        title: (d: { month: string; series: string; amount: number }) => `${d.series}, ${monthLabel(d.month)}: ${money.format(d.amount)}`,
      }),
      Plot.ruleY([0]),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addSwatchLegend(doc, svg, input.series, colors, MARGIN.left)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/**
 * Square swatches with names inside the SVG (Plot's own legend is HTML with inline
 * styles), wrapping onto a second row rather than running off the edge.
 */
export function addSwatchLegend(doc: SvgDocument, svg: SvgNode, names: readonly string[], colors: readonly string[], left: number): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${left},12)`, 'aria-hidden': 'true' })
  let x = 0
  let y = 0
  names.forEach((name, k) => {
    const label = name.length > 56 ? `${name.slice(0, 55)}…` : name
    const width = 18 + label.length * 6.6 + 20
    if (x > 0 && left + x + width > WIDTH - MARGIN.right) {
      x = 0
      y += 18
    }
    group.appendChild(element(doc, 'rect', { x: `${x}`, y: `${y - 6}`, width: '12', height: '12', fill: colors[k]! }))
    const text = element(doc, 'text', { x: `${x + 18}`, y: `${y}`, dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    text.textContent = label
    group.appendChild(text)
    x += width
  })
  svg.appendChild(group)
}
