/** A scenario's staffing: each option's volume, requirement, supplied agents and achieved service per interval. */
import type { Scenario, ChannelTargets } from '../../schemas/scenario.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { ChannelKind, Forecast } from '../forecast/forecast.ts'
import type { ServiceTargets } from '../staffing/agents-required.ts'
import { deferredWorkOutcome, deferredWorkRequired } from '../staffing/deferred-work.ts'
import { planIntervals, periodServiceLevel } from '../staffing/interval-plan.ts'
import { scheduledAgents } from '../staffing/shrinkage.ts'
import { allocateByOverflow, allocateByShares } from './allocation.ts'
import { deflectedShare } from './deflection.ts'
import { describeCheck, simulationChecks } from '../evaluation/simulation-check.ts'
import { maxTrafficMeeting } from './capacity.ts'
import { openFlags } from './opening-hours.ts'
import { scheduledHeadcount } from './schedule.ts'
import { zonedCalendar } from './time-zones.ts'

/** One option's work on one channel, interval by interval. */
export interface OptionChannelPlan {
  optionId: number
  optionName: string
  channel: string
  kind: ChannelKind
  staffingMode: 'requirement' | 'schedule' | 'headcount'
  open: Uint8Array
  volume: Float64Array
  ahtSeconds: Float64Array
  /** Productive agents the targets need. */
  required: Int32Array
  /** Productive agents the option puts in (= required when staffed to the requirement). */
  supplied: Int32Array
  scheduledRequired: Int32Array
  scheduledSupplied: Int32Array
  /** Service level the supplied agents achieve (live channels); deferred work: share on time, the same in every interval. */
  serviceLevel: Float64Array
  /** Share of offered contacts that hang up (Erlang A; 0 for Erlang C and deferred work). */
  probAbandon: Float64Array
  /** Mean wait of answered contacts, seconds (0 for deferred work). */
  asaSeconds: Float64Array
  /** Volume-weighted service level over the whole forecast. */
  periodServiceLevel: number
  /** Intervals whose requirement exceeds the solver's ceiling. */
  aboveCeiling: number
}

export interface ChannelPlan {
  channel: string
  kind: ChannelKind
  targets: ChannelTargets
  lines: OptionChannelPlan[]
  /** Volume no option was open for, or had room for. */
  unserved: Float64Array
}

export interface ScenarioStaffing {
  start: string
  intervalMinutes: number
  intervalCount: number
  channels: ChannelPlan[]
  /** What the plan left out and why (e.g. escalations to an option outside the scenario). */
  notes: string[]
}

export type ScenarioStaffingResult = { ok: true; staffing: ScenarioStaffing } | { ok: false; problems: string[] }

/**
 * Staffs a scenario: for each channel, applies growth and self-service deflection, splits the volume between
 * options (shares among those open, or overflow up to each option's capacity), then
 * solves each option's requirement with its own AHT, occupancy cap and hours, and
 * measures what its supplied agents (requirement, shift schedule or headcount)
 * achieve. O(intervals × options × channels) plus the Erlang solves.
 */
export function planScenarioStaffing(forecast: Forecast, scenario: Scenario, options: ReadonlyMap<number, SourcingOption>): ScenarioStaffingResult {
  const problems: string[] = []
  const L = forecast.intervalMinutes * 60
  const n = forecast.intervalCount
  const calendars = new Map<string, ReturnType<typeof zonedCalendar>>()
  const calendarFor = (zone: string) => {
    let c = calendars.get(zone)
    if (!c) calendars.set(zone, (c = zonedCalendar(forecast.start, forecast.intervalMinutes, n, scenario.timeZone, zone)))
    return c
  }
  const staffingOf = new Map(scenario.options.map((o) => [o.optionId, o.staffing]))
  // Deflection takes the same share off every channel's assisted contacts (the forecast's weekly total after growth).
  const weeks = (n * forecast.intervalMinutes) / (7 * 24 * 60)
  const weeklyAssisted = forecast.channels.reduce((s, c) => s + c.volume.reduce((a, v) => a + v, 0), 0) * (1 + scenario.growth.volume) / weeks
  const keep = scenario.deflection ? 1 - deflectedShare(scenario.deflection, weeklyAssisted) : 1

  const channels: ChannelPlan[] = []
  const notes: string[] = []
  for (const sc of scenario.channels) {
    const series = forecast.channels.find((c) => c.channel === sc.channel)
    if (!series) {
      problems.push(`channel '${sc.channel}' is not in the forecast`)
      continue
    }
    const ids = sc.allocation.mode === 'shares' ? sc.allocation.shares.map((s) => s.optionId) : sc.allocation.order
    const chosen = ids.map((id) => ({ id, option: options.get(id) }))
    const unknown = chosen.find((c) => !c.option)
    if (unknown) {
      problems.push(`option ${unknown.id} does not exist`)
      continue
    }
    for (const c of chosen) {
      if (!c.option!.channels.includes(sc.channel)) problems.push(`${c.option!.name} does not serve ${sc.channel}`)
    }
    const volume = series.volume.map((v) => v * (1 + scenario.growth.volume) * keep)
    const prepare = (id: number, o: SourcingOption): Prepared => {
      const calendar = calendarFor(o.timeZone)
      const aht = series.ahtSeconds.map((a) => a * (o.ahtFactor[sc.channel] ?? 1) * (1 + scenario.growth.aht))
      const staffing = staffingOf.get(id) ?? { mode: 'requirement' as const }
      let fixed: Int32Array | undefined
      if (staffing.mode === 'schedule') fixed = scheduledHeadcount(staffing.shifts, sc.channel, calendar)
      if (staffing.mode === 'headcount') {
        const given = staffing.byChannel[sc.channel]
        if (!given || given.length !== n) problems.push(`${o.name}: the headcount for ${sc.channel} must list ${n} intervals`)
        else fixed = Int32Array.from(given)
      }
      return { id, option: o, open: openFlags(o.hours, calendar), aht, staffing, fixed, targets: targetsFor(sc.targets, o) }
    }
    const prepared = chosen.map(({ id, option }) => prepare(id, option!))
    // Options that receive this channel's escalations work it too, even with no share of their own.
    const receivers = escalationReceivers(prepared, sc.channel, staffingOf, options, notes)
    const extra = receivers.filter((id) => !ids.includes(id)).map((id) => prepare(id, options.get(id)!))
    if (problems.length) continue

    const split =
      sc.allocation.mode === 'shares'
        ? allocateByShares(volume, sc.allocation.shares.map((s) => s.share), prepared.map((p) => p.open))
        : allocateByOverflow(volume, prepared.map((p) => capacityPerInterval(series.kind, p, sc.targets, L, n)), prepared.map((p) => p.open))
    const all = [...prepared, ...extra]
    // Repeat contacts (model.md §7): a forecast made at FCR f0 holds V·f0 new issues; an option with FCR f handles them in V·f0/f contacts.
    const volumes = new Map(all.map((p, k) => [p.id, k < prepared.length ? repeatAdjusted(split.volumes[k]!, scenario.quality.forecastFcr, p.option.fcr) : new Float64Array(n)]))

    let lines: OptionChannelPlan[]
    try {
      const order = escalationOrder(all)
      if (!order) {
        problems.push(`${sc.channel}: escalations between these options go round in a loop`)
        continue
      }
      const byId = new Map<number, OptionChannelPlan>()
      let unservedEscalations = 0
      for (const p of order) {
        const line = { ...lineFor(series.kind, p, volumes.get(p.id)!, sc.targets, L, n), channel: sc.channel }
        byId.set(p.id, line)
        // Escalations: a share of this option's handled contacts arrive as new work for the receiving tier, in the same interval.
        // Work escalated while the receiver is closed waits for its next open interval.
        const to = p.option.escalatesToOptionId
        if (to !== null && p.option.escalationRate > 0 && volumes.has(to)) {
          const target = volumes.get(to)!
          const open = all.find((x) => x.id === to)!.open
          let waiting = 0
          for (let i = 0; i < n; i++) {
            waiting += line.volume[i]! * (1 - line.probAbandon[i]!) * p.option.escalationRate
            if (open[i]) {
              target[i]! += waiting
              waiting = 0
            }
          }
          unservedEscalations += waiting
        }
      }
      lines = all.map((p) => byId.get(p.id)!)
      if (unservedEscalations > 0.5) notes.push(`${sc.channel}: ${Math.round(unservedEscalations).toLocaleString('en-US')} escalated contacts arrive after the receiving team's last open interval and are left out`)
    } catch (error) {
      // Only the queue formulas' own limits (RangeError) land here; anything else is a bug to surface.
      if (!(error instanceof RangeError)) throw error
      problems.push(`${sc.channel}: the queue is outside what Shoreline can compute (${error.message})`)
      continue
    }
    channels.push({ channel: sc.channel, kind: series.kind, targets: sc.targets, lines, unserved: split.unserved })
  }
  if (problems.length) return { ok: false, problems: [...new Set(problems)] }
  const staffing: ScenarioStaffing = { start: forecast.start, intervalMinutes: forecast.intervalMinutes, intervalCount: n, channels, notes: [...new Set(notes)] }
  // Options whose handle times are not exponential get their Erlang figures checked by simulation.
  staffing.notes.push(...simulationChecks(staffing, options, scenario.uncertainty.seed).map(describeCheck))
  return { ok: true, staffing }
}

/** Contacts an option handles for its allocated volume: × f0 / f when the forecast's own FCR f0 is known, else as allocated. */
function repeatAdjusted(volume: Float64Array, forecastFcr: number | null, fcr: number): Float64Array {
  return forecastFcr === null ? volume : volume.map((v) => (v * forecastFcr) / fcr)
}

/**
 * The options in this scenario that receive escalations from `prepared` on `channel`,
 * following chains. An escalation to an option outside the scenario, or one that does
 * not serve the channel, is dropped and said in a note.
 */
function escalationReceivers(prepared: readonly Prepared[], channel: string, inScenario: ReadonlyMap<number, unknown>, options: ReadonlyMap<number, SourcingOption>, notes: string[]): number[] {
  const found: number[] = []
  const queue = prepared.map((p) => p.option)
  for (let q = 0; q < queue.length; q++) {
    const from = queue[q]!
    const to = from.escalatesToOptionId
    if (to === null || from.escalationRate === 0 || found.includes(to)) continue
    const target = options.get(to)
    if (!target || !inScenario.has(to)) notes.push(`${from.name} escalates to an option that is not in this scenario: those escalations are left out`)
    else if (!target.channels.includes(channel)) notes.push(`${from.name} escalates ${channel} to ${target.name}, which does not serve ${channel}: left out`)
    else {
      found.push(to)
      queue.push(target)
    }
  }
  return found
}

/** Options ordered so each comes before the options it escalates to; undefined for a loop. */
function escalationOrder(all: readonly Prepared[]): Prepared[] | undefined {
  const ids = new Set(all.map((p) => p.id))
  const indegree = new Map(all.map((p) => [p.id, 0]))
  for (const p of all) {
    const to = p.option.escalatesToOptionId
    if (to !== null && ids.has(to) && p.option.escalationRate > 0) indegree.set(to, indegree.get(to)! + 1)
  }
  const ready = all.filter((p) => indegree.get(p.id) === 0)
  const order: Prepared[] = []
  while (ready.length) {
    const p = ready.shift()!
    order.push(p)
    const to = p.option.escalatesToOptionId
    if (to === null || !ids.has(to) || p.option.escalationRate === 0) continue
    indegree.set(to, indegree.get(to)! - 1)
    if (indegree.get(to) === 0) ready.push(all.find((x) => x.id === to)!)
  }
  return order.length === all.length ? order : undefined
}

interface Prepared {
  id: number
  option: SourcingOption
  open: Uint8Array
  aht: Float64Array
  staffing: { mode: 'requirement' | 'schedule' | 'headcount' }
  fixed: Int32Array | undefined
  targets: ServiceTargets
}

function targetsFor(t: ChannelTargets, o: SourcingOption): ServiceTargets {
  return {
    serviceLevel: t.serviceLevel,
    answerWithinSeconds: t.answerWithinSeconds,
    maxAsaSeconds: t.maxAsaSeconds,
    maxAbandon: t.maxAbandon,
    maxOccupancy: o.occupancyCap,
  }
}

/**
 * Contacts an option can take in each interval: with a fixed headcount, what those
 * agents can serve at target; staffed to requirement, what its capacity (maximum
 * scheduled agents, less shrinkage) can; no capacity given means no limit.
 */
function capacityPerInterval(kind: ChannelKind, p: Prepared, t: ChannelTargets, L: number, n: number): Float64Array {
  const capacity = new Float64Array(n)
  const maxProductive = p.option.capacityAgents === null ? Infinity : Math.floor(p.option.capacityAgents * (1 - p.option.shrinkage) + 1e-9)
  const concurrency = kind === 'chat' ? (t.concurrency ?? 1) : 1
  const cache = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const agents = p.fixed ? p.fixed[i]! : maxProductive
    if (agents === Infinity) {
      capacity[i] = Infinity
      continue
    }
    const aht = p.aht[i]!
    if (kind === 'deferred') {
      capacity[i] = (agents * L * p.option.occupancyCap) / aht
      continue
    }
    const key = `${agents}|${aht}`
    let traffic = cache.get(key)
    if (traffic === undefined) cache.set(key, (traffic = maxTrafficMeeting(agents * concurrency, aht, p.targets, t.patienceSeconds)))
    capacity[i] = (traffic * L) / aht
  }
  return capacity
}

function lineFor(kind: ChannelKind, p: Prepared, volume: Float64Array, t: ChannelTargets, L: number, n: number): OptionChannelPlan {
  let required: Int32Array
  let supplied: Int32Array
  let serviceLevel: Float64Array
  let probAbandon: Float64Array = new Float64Array(n)
  let asaSeconds: Float64Array = new Float64Array(n)
  let aboveCeiling = 0
  if (kind === 'deferred') {
    const work = { items: volume, open: Array.from(p.open, Boolean), intervalSeconds: L, ahtSeconds: p.aht, deadlineSeconds: (t.deadlineHours ?? 24) * 3600, maxOccupancy: p.option.occupancyCap }
    required = deferredWorkRequired(work).agents
    supplied = p.fixed ?? required
    const outcome = deferredWorkOutcome({ ...work, agents: supplied })
    serviceLevel = new Float64Array(n).fill(outcome.onTimeShare)
  } else {
    const rules = { ...p.targets, patienceSeconds: t.patienceSeconds, concurrency: kind === 'chat' ? (t.concurrency ?? 1) : 1 }
    const need = planIntervals({ intervalSeconds: L, contacts: volume, ahtSeconds: p.aht }, rules)
    required = need.agents
    aboveCeiling = need.aboveCeiling.length
    const achieved = p.fixed ? planIntervals({ intervalSeconds: L, contacts: volume, ahtSeconds: p.aht }, { ...rules, agents: p.fixed }) : need
    supplied = p.fixed ?? required
    ;({ serviceLevel, probAbandon, asaSeconds } = achieved)
  }
  const shrink = (agents: Int32Array) => agents.map((a) => (a < 0 ? a : scheduledAgents(a, p.option.shrinkage)))
  return {
    optionId: p.id,
    optionName: p.option.name,
    channel: '',
    kind,
    staffingMode: p.staffing.mode,
    open: p.open,
    volume,
    ahtSeconds: p.aht,
    required,
    supplied,
    scheduledRequired: shrink(required),
    scheduledSupplied: p.fixed ? shrink(supplied) : shrink(required),
    serviceLevel,
    probAbandon,
    asaSeconds,
    periodServiceLevel: periodServiceLevel(volume, serviceLevel),
    aboveCeiling,
  }
}
