/** The root-cause chart: each option's cost-per-contact gap over the cheapest as bars split by driver, drawn server-side with Observable Plot. */
import * as Plot from '@observablehq/plot'
import type { Driver } from '../../src/domain/evaluation/cost-drivers.ts'
import { addSwatchLegend } from '../charts/monthly-cost.ts'
import { addAccessibleName, chartDocument, stripInlineStyles, type SvgNode } from '../charts/svg.ts'
import { DRIVER_LABELS, signedMoney } from './report-format.ts'

export interface DriverChartInput {
  /** One bar per option: its gap and the driver parts that add up to it (currency units per contact). */
  bars: ReadonlyArray<{ name: string; gap: number; parts: ReadonlyArray<{ driver: Driver; amount: number }> }>
  drivers: readonly Driver[]
  currency: string
  id: string
  title: string
  description: string
}

/** Colours apart from the options' series colours, so a driver is never read as an option. */
export const DRIVER_COLORS: Record<Driver, string> = { price: '#1d4ed8', shrinkage: '#0e9f9a', coverage: '#e8a33d', aht: '#8b5cf6', fcr: '#db2777' }

const WIDTH = 900
const ROW = 64
const MARGIN = { top: 44, right: 96, bottom: 40, left: 16 }

export function driverChartSvg(input: DriverChartInput): string {
  const { plotDocument, doc } = chartDocument()
  const names = input.bars.map((b) => b.name)
  const rows = input.bars.flatMap((b) => b.parts.map((p) => ({ name: b.name, driver: DRIVER_LABELS[p.driver].name, amount: p.amount })))
  const ends = input.bars.map((b) => ({ name: b.name, gap: b.gap, end: b.parts.reduce((s, p) => s + Math.max(0, p.amount), 0) }))
  const labels = input.drivers.map((d) => DRIVER_LABELS[d].name)
  const colors = input.drivers.map((d) => DRIVER_COLORS[d])
  const svg = Plot.plot({
    document: plotDocument,
    className: 'driver-chart',
    figure: false,
    width: WIDTH,
    height: MARGIN.top + MARGIN.bottom + ROW * Math.max(1, names.length),
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { grid: true, label: `Gap over the cheapest option (${input.currency} per contact handled)`, labelAnchor: 'center', labelArrow: 'none', tickFormat: (n: number) => signedMoney(n, input.currency) },
    y: { domain: names, axis: null, paddingInner: 0.55, paddingOuter: 0.3 },
    color: { domain: labels, range: colors },
    marks: [
      Plot.barX(rows, { x: 'amount', y: 'name', fill: 'driver', order: labels, stroke: 'white', strokeWidth: 0.5, title: (d: { name: string; driver: string; amount: number }) => `${d.name}, ${d.driver}: ${signedMoney(d.amount, input.currency)} per contact` }),
      Plot.ruleX([0], { strokeWidth: 1.5 }),
      Plot.text(input.bars, { y: 'name', text: 'name', frameAnchor: 'left', textAnchor: 'start', dy: -22, fontWeight: 600, fill: 'currentColor', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' }),
      Plot.text(ends, { x: 'end', y: 'name', text: (d: { gap: number }) => `${signedMoney(d.gap, input.currency)} gap`, textAnchor: 'start', dx: 6 }),
    ],
  }) as unknown as SvgNode
  stripInlineStyles(svg)
  addSwatchLegend(doc, svg, labels, colors, MARGIN.left)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}
