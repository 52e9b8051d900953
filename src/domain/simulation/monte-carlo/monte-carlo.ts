/**
 * Monte Carlo over forecast error (model.md §9): many futures drawn from a seeded
 * generator, each priced, summarised per option as P10 / P50 / P90 and mean.
 * Headcounts stay as planned from the forecast (contracts are set before the future
 * is drawn); volume-priced options are billed on what arrives.
 */
import { mean, quantileSorted } from 'simple-statistics'
import type { SourcingOption } from '../../../schemas/sourcing-option.ts'
import type { ScenarioEvaluation } from '../../evaluation/evaluate-scenario.ts'
import { priceMonth } from '../../pricing/invoice.ts'
import { FAST_MONEY } from '../../pricing/money.ts'
import type { MonthActuals } from '../../pricing/month-actuals.ts'
import type { ScenarioStaffing } from '../../scenario/staffing-plan.ts'
import { createNormalSampler, createRng, correlatedNormals } from '../rng.ts'
import { atSegment, gridSegment, lineCurves, segmentWeight, type LineCurves } from './response-curves.ts'

export interface Uncertainty {
  /** Coefficient of variation of each day's volume around the forecast. */
  dailyCv: number
  /** … of each week's volume. */
  weeklyCv: number
  /** … of each week's AHT. */
  ahtCv: number
  /** Correlation of the volume errors between channels. */
  channelCorrelation: number
  /** Add Poisson noise to each day's arrivals. */
  poissonNoise: boolean
  trials: number
  seed: number
}

/** P10 / P50 / P90 and mean of a simulated figure. */
export interface Spread {
  p10: number
  p50: number
  p90: number
  mean: number
}

export interface OptionRisk {
  optionId: number
  name: string
  /** Annual cost, scenario currency units. */
  cost: Spread
  costPerContact: Spread
  serviceLevel: Spread
  /** Per month, the share of trials whose service level missed the option's target. */
  missProbabilityByMonth: number[]
  /** Mean SLA credits per trial, scenario currency units. */
  expectedCredits: number
  /** Mean paid hours not spent handling contacts. */
  expectedIdlePaidHours: number
}

export interface RiskResult {
  seed: number
  trials: number
  months: string[]
  options: OptionRisk[]
  total: { cost: Spread }
  /** How the futures were drawn, for "show your work". */
  method: string
  /** Present only when `shouldStop` ended the run early: the trials asked for (`trials` counts those done). */
  stoppedEarly?: { requestedTrials: number }
}

/**
 * Watching and stopping a long run (a background job's progress bar and Cancel).
 * The hooks only observe: the futures drawn, and so every figure, are the same with
 * or without them for a given seed.
 */
export interface SimulationControl {
  /** Called with (0, total) before the first trial, then every `every` trials and after the last. */
  onProgress?(done: number, total: number): void
  /**
   * Asked at the same points; true ends the run there, summarising the trials done so
   * far. The trials are drawn in order from one stream, so a run stopped after N trials
   * gives exactly what an N-trial run with the same seed gives.
   */
  shouldStop?(): boolean
  /** Trials between calls (default 100). */
  every?: number
}

const lognormalFactor = (z: number, cv: number) => {
  if (cv === 0) return 1
  const s2 = Math.log(1 + cv * cv)
  return Math.exp(Math.sqrt(s2) * z - s2 / 2)
}

/**
 * Simulates `u.trials` futures. Per trial and channel: a weekly and a daily volume
 * factor (lognormal, mean 1, correlated across channels) and a weekly AHT factor;
 * optional Poisson noise on each day's arrivals. Service and abandonment respond
 * through precomputed curves (response-curves.ts); hours and seats are the plan's.
 * Partners' months are repriced with their terms (credits included); in-house cost
 * does not move with volume. O(trials × (lines × days + options × months)).
 * `control` reports progress and can stop the run early (a background job's Cancel).
 */
export function simulateRisk(
  staffing: ScenarioStaffing,
  evaluation: ScenarioEvaluation,
  options: ReadonlyMap<number, SourcingOption>,
  u: Uncertainty,
  control: SimulationControl = {},
): RiskResult {
  const intervalSeconds = staffing.intervalMinutes * 60
  const perDay = Math.round(1440 / staffing.intervalMinutes)
  const channels = staffing.channels
  const curves: { channel: number; curves: LineCurves; optionIndex: number; target: number; concurrency: number }[] = []
  const optionIndex = new Map(evaluation.options.map((o, k) => [o.optionId, k]))
  channels.forEach((c, ci) => {
    for (const line of c.lines) {
      curves.push({ channel: ci, curves: lineCurves(line, c, perDay, intervalSeconds), optionIndex: optionIndex.get(line.optionId)!, target: c.targets.serviceLevel, concurrency: c.kind === 'chat' ? (c.targets.concurrency ?? 1) : 1 })
    }
  })
  const days = curves[0]?.curves.volume.length ?? 0
  const weeks = Math.ceil(days / 7)
  // Day → month, from the deterministic evaluation's calendar.
  const monthOfDay = new Uint16Array(days)
  const start = Date.parse(`${staffing.start}Z`)
  for (let d = 0; d < days; d++) {
    const month = new Date(start + d * 86_400_000).toISOString().slice(0, 7)
    monthOfDay[d] = Math.max(0, evaluation.months.indexOf(month))
  }
  const M = evaluation.months.length
  const O = evaluation.options.length
  const K = channels.length

  const rng = createRng(u.seed)
  const gauss = createNormalSampler(rng)
  const weekly = new Float64Array(weeks * K)
  const daily = new Float64Array(days * K)
  const ahtFactor = new Float64Array(weeks * K)
  const z = new Float64Array(K)

  const costs = Array.from({ length: O }, () => new Float64Array(u.trials))
  const perContact = Array.from({ length: O }, () => new Float64Array(u.trials))
  const levels = Array.from({ length: O }, () => new Float64Array(u.trials))
  const totals = new Float64Array(u.trials)
  const misses = Array.from({ length: O }, () => new Float64Array(M))
  const credits = new Float64Array(O)
  const idle = new Float64Array(O)

  // Per trial, per option and month: offered and handled by channel, minutes, weighted SL and targets.
  const offered = new Float64Array(O * M * K)
  const handled = new Float64Array(O * M * K)
  const minutes = new Float64Array(O * M)
  const busy = new Float64Array(O * M)
  const slWeighted = new Float64Array(O * M)
  const abWeighted = new Float64Array(O * M)
  const targetWeighted = new Float64Array(O * M)

  const every = Math.max(1, Math.floor(control.every ?? 100))
  const poissonNoise = u.poissonNoise
  let done = 0
  for (let t = 0; t < u.trials; t++) {
    if (t % every === 0) {
      control.onProgress?.(t, u.trials)
      if (control.shouldStop?.()) break
    }
    for (let w = 0; w < weeks; w++) {
      correlatedNormals(rng, K, u.channelCorrelation, z)
      for (let k = 0; k < K; k++) {
        weekly[w * K + k] = lognormalFactor(z[k]!, u.weeklyCv)
        ahtFactor[w * K + k] = lognormalFactor(gauss(), u.ahtCv)
      }
    }
    for (let d = 0; d < days; d++) {
      correlatedNormals(rng, K, u.channelCorrelation, z)
      for (let k = 0; k < K; k++) daily[d * K + k] = lognormalFactor(z[k]!, u.dailyCv)
    }
    offered.fill(0)
    handled.fill(0)
    minutes.fill(0)
    busy.fill(0)
    slWeighted.fill(0)
    abWeighted.fill(0)
    targetWeighted.fill(0)
    for (const c of curves) {
      const { volume, aht, serviceLevel, abandon } = c.curves
      const k = c.channel
      const optionMonths = c.optionIndex * M
      const { target, concurrency } = c
      for (let d = 0; d < days; d++) {
        const base = volume[d]!
        if (base === 0) continue
        const wk = ((d / 7) | 0) * K + k
        const a = ahtFactor[wk]!
        let arrived = base * weekly[wk]! * daily[d * K + k]!
        // Poisson noise on the day: normal with variance = mean (the day's counts are large).
        if (poissonNoise) arrived = Math.max(0, arrived + Math.sqrt(arrived) * gauss())
        const load = (arrived / base) * a
        const g = gridSegment(load)
        const tw = segmentWeight(load, g)
        const sl = atSegment(serviceLevel, d, g, tw)
        const ab = atSegment(abandon, d, g, tw)
        const om = optionMonths + monthOfDay[d]!
        const done = arrived * (1 - ab)
        const handleMinutes = (done * aht[d]! * a) / 60
        offered[om * K + k]! += arrived
        handled[om * K + k]! += done
        minutes[om]! += handleMinutes
        busy[om]! += handleMinutes / 60 / concurrency
        slWeighted[om]! += arrived * sl
        abWeighted[om]! += arrived * ab
        targetWeighted[om]! += arrived * target
      }
    }
    let trialTotal = 0
    evaluation.options.forEach((e, o) => {
      const option = options.get(e.optionId)!
      let cost = 0
      let contacts = 0
      let slSum = 0
      let offeredSum = 0
      let prior = 0
      for (let m = 0; m < M; m++) {
        const om = o * M + m
        const planned = e.months[m]!
        let monthOffered = 0
        let monthHandled = 0
        for (let k = 0; k < K; k++) {
          monthOffered += offered[om * K + k]!
          monthHandled += handled[om * K + k]!
        }
        contacts += monthHandled
        const sl = monthOffered > 0 ? slWeighted[om]! / monthOffered : 1
        if (monthOffered > 0 && sl < targetWeighted[om]! / monthOffered - 1e-9) misses[o]![m]! += 1
        slSum += slWeighted[om]!
        offeredSum += monthOffered
        idle[o]! += Math.max(0, (planned.actuals.paidHours ?? 0) - busy[om]!)
        if (option.kind === 'in-house') {
          cost += planned.costCents
          continue
        }
        // Only partners are repriced, so only they need the month's contacts by channel.
        const contactsByChannel: MonthActuals['contacts'] = {}
        for (let k = 0; k < K; k++) {
          const off = offered[om * K + k]!
          if (off === 0 && handled[om * K + k]! === 0) continue
          contactsByChannel[channels[k]!.channel] = { offered: off, handled: handled[om * K + k]! }
        }
        const actuals: MonthActuals = {
          ...planned.actuals,
          contacts: contactsByChannel,
          handleMinutes: minutes[om]!,
          resolutions: monthHandled * option.fcr,
          kpis: { ...planned.actuals.kpis, ...(monthOffered > 0 ? { 'service-level': sl, 'abandon-rate': abWeighted[om]! / monthOffered } : {}) },
          priorCreditCents: prior,
        }
        // Floats, not decimals: thousands of futures are summarised as percentiles (FAST_MONEY).
        const invoice = priceMonth(option.terms!, option, actuals, FAST_MONEY)
        prior = invoice.creditCents
        credits[o]! += (invoice.creditCents * invoice.exchangeRate) / 100
        cost += invoice.convertedCents
      }
      costs[o]![t] = cost / 100
      perContact[o]![t] = contacts > 0 ? cost / 100 / contacts : NaN
      levels[o]![t] = offeredSum > 0 ? slSum / offeredSum : 1
      trialTotal += cost / 100
    })
    totals[t] = trialTotal
    done = t + 1
  }
  if (done === u.trials) control.onProgress?.(done, u.trials)
  const upTo = (values: Float64Array) => (done === u.trials ? values : values.subarray(0, done))

  return {
    seed: u.seed,
    trials: done,
    months: evaluation.months,
    options: evaluation.options.map((e, o) => ({
      optionId: e.optionId,
      name: e.name,
      cost: spread(upTo(costs[o]!)),
      costPerContact: spread(upTo(perContact[o]!)),
      serviceLevel: spread(upTo(levels[o]!)),
      missProbabilityByMonth: Array.from(misses[o]!, (n) => n / done),
      expectedCredits: credits[o]! / done,
      expectedIdlePaidHours: idle[o]! / done,
    })),
    total: { cost: spread(upTo(totals)) },
    ...(done < u.trials ? { stoppedEarly: { requestedTrials: u.trials } } : {}),
    method:
      `${done.toLocaleString('en-US')} futures from seed ${u.seed}: weekly volume error cv ${u.weeklyCv}, daily cv ${u.dailyCv} ` +
      `(lognormal, mean 1, correlation ${u.channelCorrelation} between channels), weekly AHT error cv ${u.ahtCv}` +
      `${u.poissonNoise ? ', Poisson noise on arrivals (drawn per day: a sum of interval Poisson counts is Poisson, and within an interval Erlang already assumes Poisson arrivals)' : ''}. Headcounts as planned from the forecast; service and abandonment ` +
      'from each interval’s Erlang figures at 16 load levels, interpolated; partners repriced on what arrives, credits included.',
  }
}

function spread(values: Float64Array): Spread {
  const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b)
  if (finite.length === 0) return { p10: NaN, p50: NaN, p90: NaN, mean: NaN }
  return { p10: quantileSorted(finite, 0.1), p50: quantileSorted(finite, 0.5), p90: quantileSorted(finite, 0.9), mean: mean(finite) }
}
