/** The words for each finding of report-findings.ts: a sentence with its figures, units and basis, and the action it calls for. */
import type { Assumption } from '../../src/domain/evaluation/break-even.ts'
import type { Driver } from '../../src/domain/evaluation/cost-drivers.ts'
import { RULES, type Finding } from '../../src/domain/evaluation/report-findings.ts'
import { formatMoney } from '../compare/view-model.ts'
import { formatCount, formatPercent } from '../format.ts'
import { DRIVER_LABELS, formatAssumptionDistance, formatAssumptionValue, monthName, perUnit, signedPercent } from './report-format.ts'
import { BAND_WORDS } from './summary.tsx'

/** What the sentences need beyond the finding. */
export interface Wording {
  currency: string
  trials: number
  seed: number
  /** The cheapest option's name, for gap sentences. */
  cheapestName: string
}

const sim = (w: Wording) => `${formatCount(w.trials)} simulated futures, seed ${w.seed}`
const money = (n: number, w: Wording) => formatMoney(n, w.currency, 0)

/** One finding as a sentence. */
export function FindingSentence({ f, w }: { f: Finding; w: Wording }) {
  switch (f.rule) {
    case 'cheapest':
      return (
        <>
          <strong>{f.option.name}</strong> is the cheapest option per contact: {perUnit(f.costPerContact, w.currency, 'contact handled')},{' '}
          {perUnit(f.costPerResolution, w.currency, 'issue resolved')}, {money(f.costCents / 100, w)} a year.
          {f.runnerUp && (
            <>
              {' '}
              {f.runnerUp.name} costs {formatMoney(f.runnerUp.difference, w.currency)} more per contact ({signedPercent(f.runnerUp.share)}).
            </>
          )}
        </>
      )
    case 'steady-service':
      return (
        <>
          <strong>{f.option.name}</strong> holds its service-level target in every month: at worst {formatPercent(f.missHighest)} of futures miss it (P10 service level{' '}
          {formatPercent(f.serviceLevelP10)}; {sim(w)}).
        </>
      )
    case 'flip-robust':
      return (
        <>
          The choice of <strong>{f.cheaper.name}</strong> over {f.runnerUp.name} holds: no break-even of volume, AHT, FCR or price lies within the “close” range of today.
          {f.nearest ? (
            <>
              {' '}
              The nearest: {assumptionWords(f.nearest.assumption, f.cheaper.name)} at {formatAssumptionValue(f.nearest.assumption, f.nearest.value)} (today{' '}
              {formatAssumptionValue(f.nearest.assumption, f.nearest.today)}, {formatAssumptionDistance(f.nearest.assumption, f.nearest.distance)}).
            </>
          ) : (
            ' Neither option overtakes the other anywhere in the ranges searched.'
          )}
        </>
      )
    case 'resolution-leader':
      return (
        <>
          Per issue resolved, <strong>{f.perResolution.name}</strong> is cheaper ({perUnit(f.perResolution.value, w.currency, 'resolution')}) than {f.perContact.name} (
          {perUnit(f.perContact.value, w.currency, 'resolution')}), though it costs {perUnit(f.perResolution.perContactValue, w.currency, 'contact')}: its first-contact
          resolution saves repeat contacts.
        </>
      )
    case 'miss-risk':
      return (
        <>
          <strong>{f.option.name}</strong> misses its service-level target in {formatPercent(f.missHighest)} of futures in {monthName(f.month)} (average month{' '}
          {formatPercent(f.missAverage)}; {sim(w)}): <span class={`report-band report-band--${f.band}`}>{BAND_WORDS[f.band]}</span>.
        </>
      )
    case 'credits':
      return (
        <>
          <strong>{f.option.name}</strong> is expected to refund {money(f.expectedCredits, w)} a year in SLA credits ({formatPercent(f.shareOfCost)} of its cost; mean over{' '}
          {sim(w)}): money back, but the price of missed service.
        </>
      )
    case 'over-staffing':
      return (
        <>
          <strong>{f.option.name}</strong> pays for {formatCount(f.excessHours)} productive agent-hours a year beyond what its {formatPercent(f.occupancyCap)} occupancy cap
          needs ({formatPercent(f.share)} of its productive hours; occupancy {formatPercent(f.occupancy)}), about {money(f.cost, w)} a year at its cost per productive hour.
        </>
      )
    case 'cheaper-under-used':
      return (
        <>
          <strong>{f.cheapest.name}</strong> handles {formatCount(f.cheapest.contacts)} contacts a year at {perUnit(f.cheapest.costPerContact, w.currency, 'contact')}, fewer
          than {f.costlier.name} ({formatCount(f.costlier.contacts)} at {formatMoney(f.costlier.costPerContact, w.currency)}). Moving {formatCount(f.moved)} contacts (
          {formatPercent(RULES.shiftShare)} of the plan’s) would save about {money(f.saving, w)} a year at today’s costs per contact (first-order: fixed costs and
          staffing steps not re-planned).
        </>
      )
    case 'gap-driver':
      return (
        <>
          <strong>{f.option.name}</strong> costs {formatMoney(f.gap, w.currency)} more per contact than {w.cheapestName}; {DRIVER_LABELS[f.driver].name.toLowerCase()}{' '}
          accounts for {formatMoney(f.amount, w.currency)} of it ({formatPercent(f.amount / f.gap)}), about {money(f.annual, w)} a year over its contacts.
        </>
      )
    case 'flip-close':
      return (
        <>
          The choice between <strong>{f.cheaper.name}</strong> and {f.runnerUp.name} flips if {assumptionWords(f.assumption, f.cheaper.name)} moves from{' '}
          {formatAssumptionValue(f.assumption, f.today)} to {formatAssumptionValue(f.assumption, f.value)} ({formatAssumptionDistance(f.assumption, f.distance)}): close to
          today.
        </>
      )
    case 'few-trials':
      return (
        <>
          Simulated figures rest on {formatCount(f.trials)} futures (seed {f.seed}), fewer than the {formatCount(RULES.fullTrials)} this report counts as a full run:
          bands and miss probabilities can move by a few points.
        </>
      )
  }
}

const DRIVER_ACTIONS: Record<Driver, (name: string) => string> = {
  price: (n) => `Renegotiate the rates (or minimums and fees) of ${n}`,
  shrinkage: (n) => `Reduce shrinkage at ${n}: training, absence and off-phone time`,
  coverage: (n) => `Match the schedule and opening hours of ${n} to the volume`,
  aht: (n) => `Bring down handle time at ${n}: knowledge base, tooling, coaching`,
  fcr: (n) => `Raise first-contact resolution at ${n}`,
}

/** The action a finding calls for, in the imperative. */
export function actionWords(f: Finding): string {
  switch (f.rule) {
    case 'miss-risk':
      return f.band === 'high'
        ? `Add a staffing buffer or an overflow route for ${f.option.name} before ${monthName(f.month)}, and agree a service recovery plan`
        : `Watch the service level of ${f.option.name} monthly and keep an overflow route ready`
    case 'credits':
      return `Review the staffing of ${f.option.name} against its SLA: credits signal missed service, not savings`
    case 'over-staffing':
      return f.staffing === 'schedule'
        ? `Re-cut the shift schedule of ${f.option.name} to the interval requirement`
        : f.staffing === 'headcount'
          ? `Lower the contracted headcount of ${f.option.name} in quiet intervals`
          : `Review the opening hours and minimum staffing of ${f.option.name}`
    case 'cheaper-under-used':
      return `Re-run the scenario with a larger share for ${f.cheapest.name}, taken from ${f.costlier.name}, and check its service risk`
    case 'resolution-leader':
      return `Decide on cost per resolution as well as per contact; confirm the FCR of ${f.perResolution.name} with measured data`
    case 'gap-driver':
      return DRIVER_ACTIONS[f.driver](f.option.name)
    case 'flip-close':
      return `Stress-test ${assumptionWords(f.assumption, f.cheaper.name)} before committing, and write protection against it into the contract`
    case 'few-trials':
      return 'Confirm the figures with a full run of 10,000 futures before the decision'
    default:
      return ''
  }
}

/** A break-even assumption in running text, naming the option break-even.ts calls "the first option". */
export function assumptionWords(assumption: Assumption, cheaperName: string): string {
  switch (assumption) {
    case 'volume':
      return 'volume growth over the forecast'
    case 'aht':
      return 'the change in handle time over the forecast'
    case 'forecast-error':
      return 'the daily forecast error'
    case 'fcr':
      return `the first-contact resolution of ${cheaperName}`
    case 'price':
      return `the prices of ${cheaperName} (or its wage, in-house)`
  }
}
