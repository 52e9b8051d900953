/**
 * Two scenarios' cost per calendar month as grouped bars (A beside B in each month),
 * drawn server-side with Observable Plot: data in, CSP-safe SVG text out. Grouped
 * rather than stacked, since the question is "which is higher, by how much, when".
 */
import * as Plot from '@observablehq/plot'
import { addSwatchLegend, compactAmount, SERIES_COLORS } from './monthly-cost.ts'
import { addAccessibleName, chartDocument, stripInlineStyles, type SvgNode } from './svg.ts'

export interface MonthlyVersusInput {
  /** One entry per month in order; amounts in currency units, NaN where that scenario has no such month. */
  months: ReadonlyArray<{ month: string; a: number; b: number }>
  /** The two series' names, A first (must differ: "A · …", "B · …"). */
  labels: readonly [string, string]
  currency: string
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
}

const WIDTH = 900
const HEIGHT = 340
const MARGIN = { top: 56, right: 16, bottom: 44, left: 80 }
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-03" → "Mar 26". */
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(2, 4)}`

interface Bar {
  month: string
  side: string
  amount: number
}

export function monthlyVersusSvg(input: MonthlyVersusInput): string {
  const { plotDocument, doc } = chartDocument()
  const [labelA, labelB] = input.labels
  const colors = [SERIES_COLORS[0], SERIES_COLORS[1]]
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency, maximumFractionDigits: 0 })
  const bars: Bar[] = input.months.flatMap((m) => [
    ...(Number.isFinite(m.a) ? [{ month: m.month, side: labelA, amount: m.a }] : []),
    ...(Number.isFinite(m.b) ? [{ month: m.month, side: labelB, amount: m.b }] : []),
  ])
  const svg = Plot.plot({
    document: plotDocument,
    className: 'monthly-versus',
    figure: false,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    fx: { domain: input.months.map((m) => m.month), label: 'Month', labelAnchor: 'center', labelArrow: 'none', tickFormat: monthLabel, padding: 0.2 },
    x: { domain: [labelA, labelB], axis: null, padding: 0.05 },
    y: { grid: true, nice: true, label: `Cost per month (${input.currency})`, labelAnchor: 'center', labelArrow: 'none', tickFormat: compactAmount },
    color: { domain: [labelA, labelB], range: colors },
    marks: [
      Plot.barY(bars, {
        fx: 'month',
        x: 'side',
        y: 'amount',
        fill: 'side',
        title: (d: Bar) => `${d.side}, ${monthLabel(d.month)}: ${money.format(d.amount)}`,
      }),
      Plot.ruleY([0]),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addSwatchLegend(doc, svg, [labelA, labelB], colors, MARGIN.left)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}
