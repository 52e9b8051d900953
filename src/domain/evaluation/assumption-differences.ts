/**
 * The assumptions two scenarios do not share: each scenario flattened into labelled
 * entries (forecast, growth, deflection, channel targets and allocation, uncertainty,
 * options and how each is staffed), then the entries whose values differ. Values stay
 * raw numbers with a unit; the views format them.
 */
import type { Scenario, StaffingMode } from '../../schemas/scenario.ts'

/** How a value reads: a 0–1 share, a signed change (0.05 = +5 %), seconds, hours, a count, a plain number, yes/no, text, or a seed (no separators). */
export type AssumptionUnit = 'share' | 'signed-share' | 'seconds' | 'hours' | 'count' | 'number' | 'flag' | 'text' | 'seed'

/** null: not set on that side (no deflection, Erlang C without patience, an option or channel it lacks). */
export type AssumptionValue = number | string | boolean | null

export interface Assumption {
  /** Stable across scenarios: entries with the same key are compared. */
  key: string
  group: string
  label: string
  unit: AssumptionUnit
  value: AssumptionValue
  /** Compared instead of the value where two different things can share a label (two forecasts with one name). */
  identity?: number | string
}

export interface AssumptionDifference {
  key: string
  group: string
  label: string
  unit: AssumptionUnit
  a: AssumptionValue
  b: AssumptionValue
}

/** What a scenario's assumptions need from outside the scenario: names to print. */
export interface AssumptionSource {
  scenario: Scenario
  forecastName: string
  /** Option names by id (unknown ids print as "option 7"). */
  optionNames: ReadonlyMap<number, string>
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

/**
 * Every assumption of a scenario as labelled entries, in reading order: the scenario's
 * own, each channel's targets and split, the uncertainty, then each option and its staffing.
 * O(options × channels + shifts + headcount intervals).
 *
 * @example scenarioAssumptions({ scenario, forecastName: 'Retail bank 2026', optionNames })[0] // { key: 'forecast', label: 'Forecast', value: 'Retail bank 2026', … }
 */
export function scenarioAssumptions({ scenario: s, forecastName, optionNames }: AssumptionSource): Assumption[] {
  const nameOf = (id: number) => optionNames.get(id) ?? `option ${id}`
  const out: Assumption[] = []
  const add = (key: string, group: string, label: string, unit: AssumptionUnit, value: AssumptionValue, identity?: number | string) =>
    out.push(identity === undefined ? { key, group, label, unit, value } : { key, group, label, unit, value, identity })

  const scenario = 'Scenario'
  add('forecast', scenario, 'Forecast', 'text', forecastName, s.forecastId)
  add('currency', scenario, 'Currency', 'text', s.currency)
  add('time-zone', scenario, 'Time zone', 'text', s.timeZone)
  add('growth-volume', scenario, 'Volume growth', 'signed-share', s.growth.volume)
  add('growth-aht', scenario, 'AHT change', 'signed-share', s.growth.aht)
  add('forecast-fcr', scenario, 'First-contact resolution of the forecast', 'share', s.quality.forecastFcr)

  const deflection = 'Self-service deflection'
  const d = s.deflection
  add('deflection', deflection, 'Deflection applied', 'flag', d !== null)
  add('deflection-events', deflection, 'Self-help events per week', 'count', d?.selfHelpEvents ?? null)
  add('deflection-success', deflection, 'Success rate', 'share', d?.successRate ?? null)
  add('deflection-intent', deflection, 'Intent rate', 'share', d?.intentRate ?? null)
  add('deflection-no-further', deflection, 'No-further-action rate', 'share', d?.noFurtherActionRate ?? null)

  for (const c of s.channels) {
    const group = `Channel ${c.channel}`
    const k = `channel:${c.channel}`
    const t = c.targets
    add(`${k}:present`, group, 'Channel served', 'flag', true)
    add(`${k}:service-level`, group, 'Service-level target', 'share', t.serviceLevel)
    add(`${k}:answer-within`, group, 'Answered within', 'seconds', t.answerWithinSeconds)
    add(`${k}:max-asa`, group, 'Longest average speed of answer', 'seconds', t.maxAsaSeconds ?? null)
    add(`${k}:max-abandon`, group, 'Highest abandonment', 'share', t.maxAbandon ?? null)
    add(`${k}:patience`, group, 'Mean caller patience (Erlang A)', 'seconds', t.patienceSeconds ?? null)
    add(`${k}:concurrency`, group, 'Chat sessions per agent', 'count', t.concurrency ?? null)
    add(`${k}:deadline`, group, 'Deadline for deferred work', 'hours', t.deadlineHours ?? null)
    const a = c.allocation
    add(`${k}:allocation`, group, 'Volume split', 'text', a.mode === 'shares' ? 'fixed shares' : 'overflow order')
    if (a.mode === 'shares') for (const x of a.shares) add(`${k}:share:${x.optionId}`, group, `Share to ${nameOf(x.optionId)}`, 'share', x.share)
    else add(`${k}:order`, group, 'Overflow order', 'text', a.order.map(nameOf).join(' → '), a.order.join('>'))
  }

  const u = s.uncertainty
  const uncertainty = 'Uncertainty'
  add('daily-cv', uncertainty, 'Daily volume CV', 'share', u.dailyCv)
  add('weekly-cv', uncertainty, 'Weekly volume CV', 'share', u.weeklyCv)
  add('aht-cv', uncertainty, 'AHT CV', 'share', u.ahtCv)
  add('correlation', uncertainty, 'Correlation between channels', 'number', u.channelCorrelation)
  add('poisson', uncertainty, 'Poisson noise', 'flag', u.poissonNoise)
  add('trials', uncertainty, 'Trials (full run)', 'count', u.trials)
  add('seed', uncertainty, 'Seed', 'seed', u.seed)

  for (const o of s.options) {
    const group = `Option ${nameOf(o.optionId)}`
    const k = `option:${o.optionId}`
    add(`${k}:included`, group, 'Included', 'flag', true)
    for (const entry of staffingAssumptions(o.staffing)) add(`${k}:${entry.key}`, group, entry.label, entry.unit, entry.value, entry.identity)
  }
  return out
}

/**
 * The assumptions whose values differ between two scenarios, in A's order and then
 * B's own. An entry one side lacks counts as not set (null), or as "no" for a yes/no.
 * Numbers compare exactly (NaN equals NaN); text compares by its identity where it has one.
 *
 * @example assumptionDifferences(demo, demoWithGrowth).map((d) => d.key) // ['growth-volume']
 */
export function assumptionDifferences(a: AssumptionSource, b: AssumptionSource): AssumptionDifference[] {
  const left = scenarioAssumptions(a)
  const right = scenarioAssumptions(b)
  const rightByKey = new Map(right.map((x) => [x.key, x]))
  const leftKeys = new Set(left.map((x) => x.key))
  const absent = (x: Assumption): Assumption => ({ ...x, value: x.unit === 'flag' ? false : null, identity: undefined })
  const pairs: [Assumption, Assumption][] = [
    ...left.map((x): [Assumption, Assumption] => [x, rightByKey.get(x.key) ?? absent(x)]),
    ...right.filter((x) => !leftKeys.has(x.key)).map((x): [Assumption, Assumption] => [absent(x), x]),
  ]
  return pairs.filter(([x, y]) => !sameAssumption(x, y)).map(([x, y]) => ({ key: x.key, group: x.group, label: x.label, unit: x.unit, a: x.value, b: y.value }))
}

function sameAssumption(x: Assumption, y: Assumption): boolean {
  if (x.identity !== undefined || y.identity !== undefined) return x.identity === y.identity
  return sameValue(x.value, y.value)
}

/** Exact equality, with NaN equal to itself (Object.is would also split 0 and −0, which no planner means). */
export function sameValue(x: AssumptionValue, y: AssumptionValue): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x === y || (Number.isNaN(x) && Number.isNaN(y))
  return x === y
}

/** How an option is staffed, as entries that change when the staffing does: the mode, and for a schedule its hours and pattern. */
function staffingAssumptions(mode: StaffingMode): Omit<Assumption, 'group'>[] {
  if (mode.mode === 'requirement') return [{ key: 'staffing', label: 'Staffing', unit: 'text', value: 'to the requirement' }]
  if (mode.mode === 'schedule') {
    const pattern = mode.shifts.map(shiftText).join('; ')
    return [
      { key: 'staffing', label: 'Staffing', unit: 'text', value: 'a weekly schedule of shifts' },
      { key: 'shift-hours', label: 'Scheduled agent-hours a week', unit: 'hours', value: mode.shifts.reduce((s, x) => s + x.agents * x.days.length * shiftHours(x.start, x.end), 0) },
      { key: 'shifts', label: 'Shifts', unit: 'text', value: pattern === '' ? 'none' : pattern },
    ]
  }
  return [
    { key: 'staffing', label: 'Staffing', unit: 'text', value: 'a headcount per interval' },
    ...Object.entries(mode.byChannel).map(([channel, counts]) => ({
      key: `headcount:${channel}`,
      label: `Agent-intervals, ${channel}`,
      unit: 'count' as const,
      value: counts.reduce((s, n) => s + n, 0),
      // Two headcounts with the same total but moved between intervals still differ.
      identity: counts.join(','),
    })),
  ]
}

/** "voice Mon–Fri 07:00–15:30 × 60" */
function shiftText(x: { channel: string; days: number[]; start: string; end: string; agents: number }): string {
  return `${x.channel} ${dayRange(x.days)} ${x.start}–${x.end} × ${x.agents}`
}

/** Consecutive weekdays as a range ("Mon–Fri"), others listed ("Mon, Wed, Sat"). */
export function dayRange(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((p, q) => p - q)
  const first = sorted[0]
  const last = sorted.at(-1)
  if (first === undefined || last === undefined) return 'no days'
  if (sorted.length > 2 && last - first === sorted.length - 1) return `${WEEKDAYS[first]}–${WEEKDAYS[last]}`
  return sorted.map((d) => WEEKDAYS[d]).join(', ')
}

function shiftHours(start: string, end: string): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))
  return (minutes(end) - minutes(start)) / 60
}
