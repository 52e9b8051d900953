/** Required versus supplied productive agents through a typical Monday-to-Sunday week, gap shaded, drawn server-side with Observable Plot. */
import * as Plot from '@observablehq/plot'
import { WEEKDAY_NAMES } from '../../src/domain/forecast/calendar.ts'
import type { TypicalWeekSlot } from '../../src/domain/scenario/coverage-summary.ts'
import { addAccessibleName, chartDocument, element, stripInlineStyles, type SvgDocument, type SvgNode } from './svg.ts'

export interface TypicalWeekInput {
  /** 7 × intervals-per-day slots, Monday 00:00 first (coverage-summary.ts `typicalWeek`). */
  slots: readonly TypicalWeekSlot[]
  optionName: string
  channel: string
  intervalMinutes: number
  /** Length of the forecast in weeks, for the description. */
  weeks: number
}

export const TYPICAL_WEEK_ID = 'coverage-typical-week'
export const typicalWeekTitle = (optionName: string, channel: string) => `Typical week, required and supplied agents: ${optionName}, ${channel}`

/** The heatmap's ends (RdBu), so red and blue mean the same on both charts. */
export const TYPICAL_WEEK_COLORS = { required: '#1f2937', supplied: '#0f766e', shortfall: '#b2182b', surplus: '#2166ac' } as const
const GAP_OPACITY = 0.35

const WIDTH = 900
const HEIGHT = 340
const MARGIN = { top: 44, right: 16, bottom: 48, left: 64 }

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const upToOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const DAY_ABBREVIATIONS = WEEKDAY_NAMES.map((d) => d.slice(0, 3))

interface Point {
  /** Days since Monday 00:00 (0 … 7). */
  x: number
  y1: number
  y2: number
}

export function typicalWeekSvg(input: TypicalWeekInput): string {
  const { plotDocument, doc } = chartDocument()
  const perDay = Math.max(1, Math.round(input.slots.length / 7))
  // Each slot is a flat step from its start to its end; a NaN point breaks lines and areas at closed slots.
  const steps = (value: (s: TypicalWeekSlot) => [number, number] | null): Point[] =>
    input.slots.flatMap((s, k) => {
      const v = value(s)
      return v ? [{ x: k / perDay, y1: v[0], y2: v[1] }, { x: (k + 1) / perDay, y1: v[0], y2: v[1] }] : [{ x: k / perDay, y1: NaN, y2: NaN }]
    })
  const open = (s: TypicalWeekSlot): s is TypicalWeekSlot & { required: number; supplied: number } => s.required !== null && s.supplied !== null
  const required = steps((s) => (open(s) ? [s.required, s.required] : null))
  const supplied = steps((s) => (open(s) ? [s.supplied, s.supplied] : null))
  const shortfall = steps((s) => (open(s) && s.supplied < s.required ? [s.supplied, s.required] : null))
  const surplus = steps((s) => (open(s) && s.supplied > s.required ? [s.required, s.supplied] : null))
  const hover = input.slots.flatMap((s, k) => (open(s) ? [{ x1: k / perDay, x2: (k + 1) / perDay, s }] : []))
  const max = Math.max(1, ...input.slots.flatMap((s) => (open(s) ? [s.required, s.supplied] : [])))

  const svg = Plot.plot({
    document: plotDocument,
    className: 'typical-week-chart',
    figure: false,
    width: WIDTH,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: {
      domain: [0, 7],
      // Day names sit mid-day; the rules below mark midnight.
      ticks: DAY_ABBREVIATIONS.map((_, d) => d + 0.5),
      tickFormat: (d: number) => DAY_ABBREVIATIONS[Math.floor(d)] ?? '',
      tickSize: 0,
      label: 'Day of the week (each day midnight to midnight)',
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: { domain: [0, max * 1.08], nice: true, grid: true, tickFormat: (d: number) => whole.format(d), label: 'Productive agents', labelAnchor: 'center', labelArrow: 'none' },
    marks: [
      Plot.ruleX([0, 1, 2, 3, 4, 5, 6, 7], { stroke: '#cbd2dc' }),
      Plot.areaY(shortfall, { x: 'x', y1: 'y1', y2: 'y2', fill: TYPICAL_WEEK_COLORS.shortfall, fillOpacity: GAP_OPACITY }),
      Plot.areaY(surplus, { x: 'x', y1: 'y1', y2: 'y2', fill: TYPICAL_WEEK_COLORS.surplus, fillOpacity: GAP_OPACITY }),
      Plot.line(required, { x: 'x', y: 'y1', stroke: TYPICAL_WEEK_COLORS.required, strokeWidth: 1.75, strokeDasharray: '5 3' }),
      Plot.line(supplied, { x: 'x', y: 'y1', stroke: TYPICAL_WEEK_COLORS.supplied, strokeWidth: 1.75 }),
      // Invisible full-height strips, one per open slot, so hovering anywhere names the slot's numbers.
      Plot.rect(hover, { x1: 'x1', x2: 'x2', fill: '#000', fillOpacity: 0, title: (d: (typeof hover)[number]) => slotText(d.s) }),
      Plot.ruleY([0], { stroke: '#9aa3af' }),
    ],
  }) as unknown as SvgNode

  stripInlineStyles(svg)
  addLegend(doc, svg)
  addAccessibleName(doc, svg, TYPICAL_WEEK_ID, typicalWeekTitle(input.optionName, input.channel), description(input))
  return svg.outerHTML
}

function slotText(s: TypicalWeekSlot): string {
  const r = s.required ?? 0
  const v = s.supplied ?? 0
  const gap = v - r
  const balance = Math.abs(gap) < 0.05 ? 'on requirement' : gap < 0 ? `short ${oneDecimal.format(-gap)}` : `surplus ${oneDecimal.format(gap)}`
  return `${WEEKDAY_NAMES[s.weekday]} ${s.timeOfDay}: required ${oneDecimal.format(r)}, supplied ${oneDecimal.format(v)} agents (${balance})`
}

function description(input: TypicalWeekInput): string {
  const open = input.slots.filter((s) => s.required !== null && s.supplied !== null)
  const peak = (key: 'required' | 'supplied') => open.reduce<TypicalWeekSlot | undefined>((best, s) => (best && best[key]! >= s[key]! ? best : s), undefined)
  const at = (s: TypicalWeekSlot | undefined, key: 'required' | 'supplied') => (s ? `${oneDecimal.format(s[key]!)} on ${WEEKDAY_NAMES[s.weekday]} at ${s.timeOfDay}` : 'none')
  const short = open.filter((s) => s.supplied! < s.required!).length
  return (
    `Mean productive agents required (dashed line) and supplied (solid line) in each ${whole.format(input.intervalMinutes)}-minute interval of a Monday-to-Sunday week, ` +
    `over ${upToOneDecimal.format(input.weeks)} ${upToOneDecimal.format(input.weeks) === '1' ? 'week' : 'weeks'}. Peak required ${at(peak('required'), 'required')}; peak supplied ${at(peak('supplied'), 'supplied')}. ` +
    `The gap is shaded red where fewer agents are supplied than required (${whole.format(short)} of ${whole.format(open.length)} open intervals) and blue where more are; ` +
    'breaks in the lines are closed hours.'
  )
}

/** A legend inside the SVG (Plot's own legend is HTML with inline styles): two lines, then the two shadings. */
function addLegend(doc: SvgDocument, svg: SvgNode): void {
  const group = element(doc, 'g', { class: 'legend', transform: `translate(${MARGIN.left},14)`, 'aria-hidden': 'true' })
  let x = 0
  const label = (text: string) => {
    const node = element(doc, 'text', { x: `${x + 28}`, y: '0', dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor' })
    node.textContent = text
    group.appendChild(node)
    x += 28 + text.length * 6.2 + 20
  }
  group.appendChild(element(doc, 'line', { x1: `${x}`, x2: `${x + 22}`, y1: '0', y2: '0', stroke: TYPICAL_WEEK_COLORS.required, 'stroke-width': '2', 'stroke-dasharray': '5 3' }))
  label('Required')
  group.appendChild(element(doc, 'line', { x1: `${x}`, x2: `${x + 22}`, y1: '0', y2: '0', stroke: TYPICAL_WEEK_COLORS.supplied, 'stroke-width': '2' }))
  label('Supplied')
  group.appendChild(element(doc, 'rect', { x: `${x}`, y: '-6', width: '22', height: '12', fill: TYPICAL_WEEK_COLORS.shortfall, 'fill-opacity': `${GAP_OPACITY}` }))
  label('Shortfall: fewer supplied than required')
  group.appendChild(element(doc, 'rect', { x: `${x}`, y: '-6', width: '22', height: '12', fill: TYPICAL_WEEK_COLORS.surplus, 'fill-opacity': `${GAP_OPACITY}` }))
  label('Surplus: more supplied than required')
  svg.appendChild(group)
}
