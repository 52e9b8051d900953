/**
 * Each option's monthly cost spread over the month's intervals, exactly: what an
 * interval "costs" is its share of the month's driver (contacts handled for
 * volume-priced partners; paid hours for hour-, FTE- and cost-stack-priced ones),
 * allocated in whole cents by largest remainder so days, weeks and months add up
 * to the invoices to the cent.
 */
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { ScenarioStaffing } from '../scenario/staffing-plan.ts'
import type { ScenarioEvaluation } from './evaluate-scenario.ts'
import { monthIndex } from './month-index.ts'

const VOLUME_PRICED = new Set(['per-interaction', 'per-minute', 'per-resolution', 'banded'])

/** Whether an option's bill follows its contacts (else its hours). */
export function billedOnVolume(option: SourcingOption): boolean {
  const p = option.terms?.pricing
  if (!p) return false
  return VOLUME_PRICED.has(p.model === 'hybrid' ? p.variable.model : p.model)
}

/** Cents per interval for each option of the evaluation, in its order. O(intervals × lines). */
export function costByInterval(staffing: ScenarioStaffing, evaluation: ScenarioEvaluation, options: ReadonlyMap<number, SourcingOption>): Float64Array[] {
  const n = staffing.intervalCount
  const index = monthIndex(staffing.start, staffing.intervalMinutes, n)
  return evaluation.options.map((e) => {
    const onVolume = billedOnVolume(options.get(e.optionId)!)
    const driver = new Float64Array(n)
    for (const c of staffing.channels) {
      for (const l of c.lines) {
        if (l.optionId !== e.optionId) continue
        for (let i = 0; i < n; i++) driver[i]! += onVolume ? l.volume[i]! * (1 - l.probAbandon[i]!) : Math.max(0, l.scheduledSupplied[i]!)
      }
    }
    const cents = new Float64Array(n)
    e.months.forEach((month, m) => {
      const members: number[] = []
      for (let i = 0; i < n; i++) if (index.ofInterval[i] === m) members.push(i)
      allocateCents(month.costCents, members, driver, cents)
    })
    return cents
  })
}

/** Splits `total` cents over `members` in proportion to `weight` (evenly when it is all 0), by largest remainder. */
function allocateCents(total: number, members: readonly number[], weight: Float64Array, out: Float64Array): void {
  if (members.length === 0) return
  let sum = 0
  for (const i of members) sum += weight[i]!
  const share = (i: number) => (sum > 0 ? weight[i]! / sum : 1 / members.length)
  const sign = total < 0 ? -1 : 1
  const abs = Math.abs(total)
  let given = 0
  const remainders = members.map((i) => {
    const exact = abs * share(i)
    const whole = Math.floor(exact)
    out[i] = sign * whole
    given += whole
    return { i, rest: exact - whole }
  })
  remainders.sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (let k = 0; k < abs - given; k++) out[remainders[k % remainders.length]!.i]! += sign
}
