/** Staffing report → the words and numbers the results panel prints (pure; all formatting decided here). */
import type { StaffingAnswer, StaffingQuestion } from '../../src/domain/staffing/calculator.ts'
import type { CurvePoint } from '../charts/staffing-curve.ts'
import { formatCount, formatErlangs, formatHours, formatNumber, formatPercent, formatSeconds } from '../format.ts'

/** Which of the question's targets the answer meets; targets not given are absent. */
export interface TargetChecks {
  serviceLevel: boolean
  asa?: boolean
  occupancy?: boolean
  abandon?: boolean
}

/** What the route hands the results panel for a valid question (built by src/web/staffing-report.ts). */
export type StaffingReport =
  | { ok: false; question: StaffingQuestion; ceiling: number }
  | {
      ok: true
      question: StaffingQuestion
      answer: StaffingAnswer
      /** Paid hours of the scheduled agents over the interval. */
      paidHours: number
      checks: TargetChecks
      /** N − 3 … N + 3, the table beside the answer, each with its own target checks. */
      neighbourhood: Array<{ answer: StaffingAnswer; checks: TargetChecks }>
      /** A wider range of headcounts, for the chart. */
      curve: StaffingAnswer[]
    }

export interface Metric {
  label: string
  value: string
  /** "target ≥ 80.0%", "max 20 s"… */
  target?: string
  met?: boolean
  note?: string
}

export interface TableRow {
  agents: string
  /** Chat only: the slots those agents provide. */
  slots?: string
  scheduled: string
  serviceLevel: string
  asa: string
  occupancy: string
  abandon: string
  met: boolean
  /** Which cells miss their own target, so the table shows why a row fails. */
  missed: { serviceLevel: boolean; asa: boolean; occupancy: boolean; abandon: boolean }
  isAnswer: boolean
}

export interface ResultsView {
  /** Solving for a headcount, or evaluating the one typed in. */
  mode: 'solve' | 'evaluate'
  /** What the highlighted headcount is called in the table and on the chart. */
  rowTag: 'answer' | 'evaluated'
  agents: string
  agentsLabel: string
  scheduled: string
  scheduledNote: string
  paidHours: string
  paidHoursNote: string
  met: boolean
  verdict: string
  metrics: Metric[]
  model: string
  chatNote?: string
  rows: TableRow[]
  /** Whether the table and chart have an abandonment column/line (Erlang A only). */
  hasAbandon: boolean
  /** One sentence for the live region: what changed. */
  status: string
}

/** Builds the printable results for an answered question. */
export function resultsView(report: Extract<StaffingReport, { ok: true }>): ResultsView {
  const { question: q, answer: a, checks } = report
  const mode = q.agents === undefined ? 'solve' : 'evaluate'
  const isErlangA = a.model === 'erlang-a'
  const misses = missedTargets(checks)
  const verdict = misses.length === 0 ? 'Meets every target.' : `Misses the ${joinWords(misses)} target${misses.length > 1 ? 's' : ''}.`
  const agents = formatCount(a.agents)
  return {
    mode,
    rowTag: mode === 'solve' ? 'answer' : 'evaluated',
    agents,
    agentsLabel: mode === 'solve' ? 'Agents needed' : 'Agents evaluated',
    scheduled: formatCount(a.scheduledAgents),
    scheduledNote: `with ${formatPercent(q.shrinkage ?? 0)} shrinkage, rounded up`,
    paidHours: formatHours(report.paidHours),
    paidHoursNote: `scheduled agents × ${formatCount(q.intervalSeconds / 60)} min`,
    met: misses.length === 0,
    verdict,
    metrics: metrics(q, a, checks),
    model: isErlangA
      ? `Erlang A (M/M/N+M): callers hang up after ${setting(q.patienceSeconds ?? Infinity)} on average; abandons count against service level.`
      : 'Erlang C (M/M/N): nobody hangs up; every contact waits until answered.',
    ...(q.channel === 'chat' ? { chatNote: chatNote(q, a) } : {}),
    rows: report.neighbourhood.map((row) => tableRow(row.answer, row.checks, a.agents)),
    hasAbandon: isErlangA,
    status: `${agents} agents ${mode === 'solve' ? 'needed' : 'evaluated'}: service level ${formatPercent(a.serviceLevel)}. ${verdict}`,
  }
}

function metrics(q: StaffingQuestion, a: StaffingAnswer, checks: TargetChecks): Metric[] {
  const list: Metric[] = [
    {
      label: `Service level within ${setting(q.answerWithinSeconds)}`,
      value: formatPercent(a.serviceLevel),
      target: `target ≥ ${formatPercent(q.targetServiceLevel)}`,
      met: checks.serviceLevel,
    },
    withLimit({ label: 'ASA (average speed of answer)', value: formatSeconds(a.asaSeconds) }, q.maxAsaSeconds, formatSeconds, checks.asa),
    withLimit({ label: 'Occupancy', value: formatPercent(a.occupancy) }, q.maxOccupancy, formatPercent, checks.occupancy),
    { label: 'Probability of waiting', value: formatPercent(a.probWait) },
    a.model === 'erlang-a'
      ? withLimit({ label: 'Abandonment', value: formatPercent(a.probAbandon) }, q.maxAbandon, formatPercent, checks.abandon)
      : { label: 'Abandonment', value: '—', note: 'Erlang C assumes nobody hangs up; give a patience to model it.' },
    { label: q.channel === 'chat' ? 'Traffic (in chat slots)' : 'Traffic', value: formatErlangs(a.trafficErlangs) },
  ]
  return list
}

function withLimit(metric: Metric, limit: number | undefined, format: (n: number) => string, met: boolean | undefined): Metric {
  if (limit === undefined) return metric
  return { ...metric, target: `max ${format(limit)}`, ...(met === undefined ? {} : { met }) }
}

function missedTargets(checks: TargetChecks): string[] {
  const names: Array<[keyof TargetChecks, string]> = [
    ['serviceLevel', 'service level'],
    ['asa', 'ASA'],
    ['occupancy', 'occupancy'],
    ['abandon', 'abandonment'],
  ]
  return names.filter(([key]) => checks[key] === false).map(([, name]) => name)
}

function chatNote(q: StaffingQuestion, a: StaffingAnswer): string {
  const c = q.concurrency ?? 1
  return (
    `Each agent works up to ${formatCount(c)} chats at once, so ${formatCount(a.agents)} agents give ${formatCount(a.slots)} chat slots. ` +
    `Shoreline treats every slot as its own Erlang queue server with the ${setting(q.ahtSeconds)} session as handle time, ` +
    `finds the slots needed, and rounds up to whole agents (slots ÷ ${formatCount(c)}).`
  )
}

function tableRow(row: StaffingAnswer, checks: TargetChecks, answerAgents: number): TableRow {
  return {
    agents: formatCount(row.agents),
    ...(row.slots !== row.agents ? { slots: `${formatCount(row.slots)} slots` } : {}),
    scheduled: formatCount(row.scheduledAgents),
    serviceLevel: formatPercent(row.serviceLevel),
    asa: formatSeconds(row.asaSeconds),
    occupancy: formatPercent(row.occupancy),
    abandon: formatPercent(row.probAbandon),
    met: row.meetsTargets,
    missed: {
      serviceLevel: !checks.serviceLevel,
      asa: checks.asa === false,
      occupancy: checks.occupancy === false,
      abandon: checks.abandon === false,
    },
    isAnswer: row.agents === answerAgents,
  }
}

/** The chart's data: service level and abandonment per headcount. */
export function curvePoints(curve: StaffingAnswer[]): CurvePoint[] {
  return curve.map((a) => ({ agents: a.agents, serviceLevel: a.serviceLevel, abandon: a.probAbandon }))
}

/** Plain-words reading of the chart for its <desc>. */
export function curveDescription(report: Extract<StaffingReport, { ok: true }>): string {
  const first = report.curve[0]
  const last = report.curve.at(-1)
  if (!first || !last) return ''
  const abandon = report.answer.model === 'erlang-a' ? ` Abandonment falls from ${formatPercent(first.probAbandon)} to ${formatPercent(last.probAbandon)}.` : ''
  return (
    `Service level rises from ${formatPercent(first.serviceLevel)} with ${formatCount(first.agents)} agents to ${formatPercent(last.serviceLevel)} with ${formatCount(last.agents)}; ` +
    `the target is ${formatPercent(report.question.targetServiceLevel)} and the marked headcount is ${formatCount(report.answer.agents)} agents.${abandon}`
  )
}

/** A time the person typed, echoed as typed (20 s, not 20.0 s). */
const setting = (seconds: number) => `${formatNumber(seconds)} s`

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
