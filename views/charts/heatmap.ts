/** A weekday × time-of-day heatmap (volume, or over/under staffing), drawn server-side with Observable Plot. */
import * as Plot from '@observablehq/plot'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgNode } from './svg.ts'

export interface HeatmapInput {
  /** Row labels, top to bottom (e.g. Monday … Sunday). */
  rows: readonly string[]
  /** Column labels, left to right (e.g. 00:00 … 23:30). */
  columns: readonly string[]
  /** values[row][column]; NaN where there is nothing to show. */
  values: readonly (readonly number[])[]
  /** 'sequential' for amounts (0 = pale); 'diverging' for a surplus (+, blue) or shortfall (−, red) around 0. */
  scheme: 'sequential' | 'diverging'
  /** What a cell's value is, with its unit, for the legend (e.g. "Contacts per interval"). */
  valueLabel: string
  format: (value: number) => string
  /** Unique on the page: used for the SVG's accessible ids. */
  id: string
  title: string
  description: string
  /** Show every n-th column label (time labels crowd otherwise). */
  columnLabelEvery?: number
}

const WIDTH = 900
const CELL_HEIGHT = 24
const MARGIN = { top: 48, right: 16, bottom: 36, left: 92 }
const LEGEND_WIDTH = 240

export function heatmapSvg(input: HeatmapInput): string {
  const { plotDocument, doc } = chartDocument()
  const cells: { row: string; column: string; value: number }[] = []
  input.rows.forEach((row, r) => input.columns.forEach((column, c) => cells.push({ row, column, value: input.values[r]?.[c] ?? NaN })))
  const finite = cells.map((d) => d.value).filter(Number.isFinite)
  const extreme = Math.max(1e-9, ...finite.map(Math.abs))
  const max = Math.max(1e-9, ...finite)
  const color: Plot.ScaleOptions =
    input.scheme === 'diverging'
      ? { type: 'linear', scheme: 'rdbu', domain: [-extreme, extreme], pivot: 0 }
      : { type: 'linear', scheme: 'blues', domain: [0, max] }
  const every = input.columnLabelEvery ?? 1
  const height = MARGIN.top + MARGIN.bottom + CELL_HEIGHT * input.rows.length

  const svg = Plot.plot({
    document: plotDocument,
    className: 'heatmap',
    figure: false,
    width: WIDTH,
    height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    padding: 0.04,
    x: { domain: [...input.columns], label: 'Time of day', labelAnchor: 'center', labelArrow: 'none', tickFormat: (d: string, i: number) => (i % every === 0 ? d : '') },
    y: { domain: [...input.rows], label: null },
    color,
    marks: [
      Plot.cell(
        cells.filter((d) => Number.isFinite(d.value)),
        { x: 'column', y: 'row', fill: 'value', title: (d: { row: string; column: string; value: number }) => `${d.row} ${d.column}: ${input.format(d.value)}` },
      ),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  // Every cell the same (an option staffed exactly to its requirement): the legend says that value once, not "0 0 0".
  const uniform = finite.length > 0 && finite.every((v) => v === finite[0]) ? finite[0] : undefined
  addColorLegend(doc, svg, Plot.scale({ color }), input, uniform)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** A gradient bar with its end values, drawn in SVG (Plot's legends are HTML with inline styles). */
function addColorLegend(doc: Parameters<typeof element>[0], svg: SvgNode, scale: { apply: (v: number) => unknown; domain?: unknown }, input: HeatmapInput, uniform: number | undefined): void {
  const [lo, hi] = (scale.domain as [number, number] | undefined) ?? [0, 1]
  const gradientId = `${input.id}-gradient`
  const defs = element(doc, 'defs', {})
  const gradient = element(doc, 'linearGradient', { id: gradientId })
  for (let k = 0; k <= 10; k++) {
    gradient.appendChild(element(doc, 'stop', { offset: `${k * 10}%`, 'stop-color': String(scale.apply(lo + ((hi - lo) * k) / 10)) }))
  }
  defs.appendChild(gradient)
  svg.appendChild(defs)
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},10)` })
  const caption = element(doc, 'text', { x: '0', y: '0', dy: '0.8em', 'text-anchor': 'start', fill: 'currentColor' })
  caption.textContent = input.valueLabel
  group.appendChild(caption)
  const barX = Math.max(170, input.valueLabel.length * 6.6 + 12)
  group.appendChild(element(doc, 'rect', { x: `${barX}`, y: '0', width: `${LEGEND_WIDTH}`, height: '10', fill: `url(#${gradientId})` }))
  const ends: [number, string][] = [
    [lo, 'start'],
    [hi, 'end'],
  ]
  if (input.scheme === 'diverging') ends.splice(1, 0, [0, 'middle'])
  if (uniform !== undefined) ends.splice(0, ends.length, [uniform, 'middle'])
  for (const [value, anchor] of ends) {
    const x = barX + ((value - lo) / (hi - lo || 1)) * LEGEND_WIDTH
    const label = element(doc, 'text', { x: `${x}`, y: '22', dy: '0.5em', 'text-anchor': anchor, fill: 'currentColor' })
    label.textContent = input.format(value)
    group.appendChild(label)
  }
  svg.appendChild(group)
}
