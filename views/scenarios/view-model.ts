/** Coverage summary → the words and numbers the scenario staffing page prints (pure; formatting only, the arithmetic is in the domain). */
import type { CalendarWeek, ChannelTotals, CoverageMatrix, DayCoverage, LineTotals } from '../../src/domain/scenario/coverage-summary.ts'
import { WEEKDAY_NAMES } from '../../src/domain/forecast/calendar.ts'
import type { ChannelKind } from '../../src/domain/forecast/forecast.ts'
import { DEFAULT_HOURS_PER_FTE_WEEK } from '../../src/domain/staffing/shrinkage.ts'
import type { ChannelTargets } from '../../src/schemas/scenario.ts'
import type { HeatmapInput } from '../charts/heatmap.ts'
import { formatCount, formatNumber, formatPercent } from '../format.ts'

const MINUS = '−'
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const upToOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** A difference with its sign spelled out, up to one decimal: "+1,234.5", "−56", "0". */
export function formatSigned(n: number): string {
  if (!Number.isFinite(n)) return '—'
  if (Math.abs(n) < 0.05) return '0'
  return `${n > 0 ? '+' : MINUS}${upToOneDecimal.format(Math.abs(n))}`
}

/** Agents with a sign and one decimal, for heatmap cells: "+2.5", "−0.5", "0". */
export function formatSignedAgents(agents: number): string {
  if (!Number.isFinite(agents)) return '—'
  if (Math.abs(agents) < 0.05) return '0'
  return `${agents > 0 ? '+' : MINUS}${oneDecimal.format(Math.abs(agents))}`
}

/** "52 weeks", "1.4 weeks", "1 week". */
export function formatWeeks(weeks: number): string {
  const text = upToOneDecimal.format(weeks)
  return `${text} ${text === '1' ? 'week' : 'weeks'}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "2026-01-05" → "5 Jan 2026". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`
}

/** "Week 1 · 5 Jan – 11 Jan 2026". */
export function weekLabel(week: CalendarWeek): string {
  const first = formatDate(week.firstDate)
  const last = formatDate(week.lastDate)
  const sameYear = week.firstDate.slice(0, 4) === week.lastDate.slice(0, 4)
  return `Week ${week.index + 1} · ${sameYear ? first.slice(0, -5) : first} – ${last}`
}

export const STAFFING_MODE_LABEL: Record<LineTotals['staffingMode'], string> = {
  requirement: 'To requirement',
  schedule: 'Weekly schedule',
  headcount: 'Headcount per interval',
}

export const KIND_LABEL: Record<ChannelKind, string> = { voice: 'voice (live)', chat: 'chat (concurrent sessions)', deferred: 'deferred work' }

/** The channel's targets in one sentence, with the queue model they imply. */
export function targetSentence(kind: ChannelKind, t: ChannelTargets): string {
  const sl = formatPercent(t.serviceLevel)
  if (kind === 'deferred') return `Target: ${sl} of items done within ${formatNumber(t.deadlineHours ?? 24)} h; work left at closing waits in a backlog for the next open hours.`
  const parts = [`Target: ${sl} of offered contacts answered within ${formatNumber(t.answerWithinSeconds)} s`]
  if (t.maxAsaSeconds !== undefined) parts.push(`ASA at most ${formatNumber(t.maxAsaSeconds)} s`)
  if (t.maxAbandon !== undefined) parts.push(`abandon at most ${formatPercent(t.maxAbandon)}`)
  const model =
    t.patienceSeconds === undefined
      ? 'Erlang C: nobody hangs up'
      : `Erlang A: callers hang up after ${formatNumber(t.patienceSeconds)} s on average, and abandons count against service level`
  const chat = kind === 'chat' ? ` Each agent works ${formatCount(t.concurrency ?? 1)} chats at once (one queue slot per chat).` : ''
  return `${parts.join('; ')}. ${model}.${chat}`
}

/** One option's row; hours are whole agent-hours without the unit (the column header says "h"). */
export interface LineRow {
  optionName: string
  mode: string
  contacts: string
  aht: string
  required: string
  supplied: string
  balance: string
  short: boolean
  scheduled: string
  fte: string
  /** Only when the option's FTE week is not the default 40 h. */
  fteNote?: string
  serviceLevel: string
  met: boolean
  /** "met", "missed", or "no contacts" (a service level over nothing is no achievement). */
  verdict: string
  notes: string[]
}

export function lineRow(l: LineTotals): LineRow {
  const notes: string[] = []
  if (l.shortIntervals > 0) notes.push(`short in ${formatCount(l.shortIntervals)} intervals`)
  if (l.aboveCeiling > 0) notes.push(`${formatCount(l.aboveCeiling)} intervals need more agents than the solver’s ceiling and are left out of the hours`)
  return {
    optionName: l.optionName,
    mode: STAFFING_MODE_LABEL[l.staffingMode],
    contacts: formatCount(l.contacts),
    aht: formatCount(l.ahtSeconds),
    required: formatCount(l.requiredHours),
    supplied: formatCount(l.suppliedHours),
    balance: formatSigned(Math.round(l.balanceHours)),
    short: l.balanceHours < 0 || l.shortIntervals > 0,
    scheduled: formatCount(l.scheduledHours),
    fte: oneDecimal.format(l.fte),
    ...(l.hoursPerFteWeek === DEFAULT_HOURS_PER_FTE_WEEK ? {} : { fteNote: `${formatNumber(l.hoursPerFteWeek)} h weeks` }),
    serviceLevel: l.contacts > 0 ? formatPercent(l.periodServiceLevel) : '—',
    met: l.met,
    verdict: l.contacts > 0 ? (l.met ? 'met' : 'missed') : 'no contacts',
    notes,
  }
}

export function unservedNote(c: ChannelTotals): string | undefined {
  if (c.unservedContacts < 0.5) return undefined
  return `${formatCount(c.unservedContacts)} contacts (${formatPercent(c.unservedContacts / c.contacts)}) reach no option: none is open then, or none has room.`
}

export interface DayRow {
  date: string
  contacts: string
  required: string
  supplied: string
  balance: string
  short: boolean
  serviceLevel: string
  met: boolean | null
}

export function dayRow(d: DayCoverage): DayRow {
  return {
    date: `${WEEKDAY_NAMES[d.weekday]!.slice(0, 3)} ${formatDate(d.date)}`,
    contacts: formatCount(d.contacts),
    required: upToOneDecimal.format(d.requiredHours),
    supplied: upToOneDecimal.format(d.suppliedHours),
    balance: formatSigned(d.balanceHours),
    short: d.balanceHours < 0,
    serviceLevel: d.serviceLevel === null ? '—' : formatPercent(d.serviceLevel),
    met: d.met,
  }
}

/** Heatmap settings for one option line's over/under matrix. */
export function coverageHeatmap(m: CoverageMatrix, p: { optionName: string; channel: string; intervalMinutes: number; weeks: number }): HeatmapInput {
  const short = m.deepestShortfall < 0 ? `deepest average shortfall ${formatSignedAgents(m.deepestShortfall)} agents` : 'no average shortfall'
  const surplus = m.largestSurplus > 0 ? `largest average surplus ${formatSignedAgents(m.largestSurplus)} agents` : 'no average surplus'
  return {
    rows: WEEKDAY_NAMES,
    columns: m.timesOfDay,
    values: m.values,
    scheme: 'diverging',
    valueLabel: 'Supplied − required agents',
    format: formatSignedAgents,
    id: 'coverage-heatmap',
    title: `Over and under staffing: ${p.optionName}, ${p.channel}`,
    description:
      `Mean supplied minus required productive agents for each weekday and ${formatCount(p.intervalMinutes)}-minute interval over ${oneDecimal.format(p.weeks)} weeks: ` +
      `${short}, ${surplus}. Red is a shortfall, blue a surplus; blank cells had no agents required or supplied.`,
    columnLabelEvery: Math.max(1, Math.round(120 / p.intervalMinutes)),
  }
}
