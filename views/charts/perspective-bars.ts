/** Each partner's score per balanced-scorecard perspective and overall, as horizontal bars grouped by perspective: server-side Observable Plot, CSP-safe SVG. */
import * as Plot from '@observablehq/plot'
import { legendLabel, partnerStyle } from './partner-palette.ts'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode, wrapLegend } from './svg.ts'

export interface PerspectiveBarsInput {
  id: string
  title: string
  description: string
  /** Groups in order: the perspectives with a weighted KPI, then "Overall". */
  groups: readonly string[]
  /** Every partner in a fixed order (colours follow it), with a 0–100 score per group or null. */
  partners: ReadonlyArray<{ name: string; index: number; scores: ReadonlyArray<number | null> }>
}

const WIDTH = 680
const BAR = 16
const GROUP_GAP = 18
const MARGIN = { right: 48, bottom: 36, left: 120 }
const LEGEND_ROW = 18

export function perspectiveBarsSvg(input: PerspectiveBarsInput): string {
  const { plotDocument, doc } = chartDocument()
  const data = input.groups.flatMap((group, g) =>
    input.partners.map((p) => ({ group, partner: `${p.index}`, name: p.name, index: p.index, score: p.scores[g] ?? null, order: g })),
  )
  const legend = legendLayout(input.partners.map((p) => p.name))
  const marginTop = 12 + legend.rows * LEGEND_ROW + 8
  const height = input.groups.length * (input.partners.length * BAR + GROUP_GAP) + marginTop + MARGIN.bottom
  const present = data.filter((d) => d.score !== null)
  const svg = Plot.plot({
    document: plotDocument,
    className: 'perspective-bars',
    figure: false,
    width: WIDTH,
    height,
    marginTop,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: [0, 100], grid: true, label: 'Score (0–100; 100: every weighted KPI at or better than its target)', labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: input.partners.map((p) => `${p.index}`), axis: null, paddingInner: 0.15 },
    fy: { domain: [...input.groups], label: null, padding: 0.12 },
    marks: [
      Plot.barX(present, {
        fy: 'group',
        y: 'partner',
        x: 'score',
        fill: (d: { index: number }) => partnerStyle(d.index).color,
        title: (d: { name: string; group: string; score: number }) => `${d.name}, ${d.group}: ${d.score.toFixed(1)}`,
      }),
      Plot.text(present, {
        fy: 'group',
        y: 'partner',
        x: 'score',
        text: (d: { score: number }) => d.score.toFixed(1),
        textAnchor: 'start',
        dx: 4,
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  }) as unknown as SvgNode
  stripInlineStyles(svg)
  addLegend(doc, svg, input, legend.positions)
  addAccessibleName(doc, svg, input.id, input.title, input.description)
  return svg.outerHTML
}

/** Legend entries left to right, wrapping at the plot's right edge. */
function legendLayout(names: readonly string[]): { rows: number; positions: { x: number; row: number }[] } {
  return wrapLegend(names.map((name) => 18 + legendLabel(name).length * 6.5 + 20), WIDTH - MARGIN.left - MARGIN.right)
}

function addLegend(doc: SvgDocument, svg: SvgNode, input: PerspectiveBarsInput, positions: { x: number; row: number }[]): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},12)`, 'aria-hidden': 'true' })
  input.partners.forEach((p, k) => {
    const { x, row } = positions[k]!
    const y = row * LEGEND_ROW
    group.appendChild(element(doc, 'rect', { x: `${x}`, y: `${y - 6}`, width: '12', height: '12', fill: partnerStyle(p.index).color }))
    const text = element(doc, 'text', { x: `${x + 18}`, y: `${y}`, dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    text.textContent = legendLabel(p.name)
    group.appendChild(text)
  })
  svg.appendChild(group)
}
