/** One option's months of work, summed from its staffing lines: the actuals its invoices are computed from. */
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { MonthActuals, ContractKpi } from '../pricing/month-actuals.ts'
import type { OptionChannelPlan } from '../scenario/staffing-plan.ts'
import type { MonthIndex } from './month-index.ts'

/** What the month's numbers say beyond the invoice quantities. */
export interface MonthWork {
  actuals: MonthActuals
  /** Agent-hours spent handling contacts (chat: divided by concurrency). */
  busyHours: number
}

/**
 * Sums an option's lines per calendar month: contacts offered and handled
 * (offered × (1 − abandonment)), handle minutes, productive and paid hours, seats
 * (the most scheduled agents in any interval), new agents (growth in seats; all
 * seats in the first month), resolutions (handled × FCR), and the KPIs Shoreline
 * models (service level, abandonment, ASA, FCR). KPIs it cannot model (CSAT, QA)
 * are taken as on target, so they neither cost credits nor earn bonuses.
 */
export function optionMonths(option: SourcingOption, lines: readonly OptionChannelPlan[], index: MonthIndex, intervalSeconds: number, concurrencyOf: (channel: string) => number): MonthWork[] {
  const hours = intervalSeconds / 3600
  const months = index.months.map((month, m) => ({
    actuals: {
      month,
      contacts: {} as Record<string, { offered: number; handled: number }>,
      handleMinutes: 0,
      productiveHours: 0,
      paidHours: 0,
      resolutions: 0,
      kpis: {} as Partial<Record<ContractKpi, number>>,
      forecastOffered: 0,
      newAgents: 0,
      headcount: 0,
      firstMonth: m === 0,
    } satisfies MonthActuals,
    busyHours: 0,
    weighted: { sl: 0, abandon: 0, asa: 0, answered: 0 },
  }))
  for (const line of lines) {
    const concurrency = concurrencyOf(line.channel)
    for (let i = 0; i < line.volume.length; i++) {
      const w = months[index.ofInterval[i]!]!
      const a = w.actuals
      const offered = line.volume[i]!
      const handled = offered * (1 - line.probAbandon[i]!)
      const channel = (a.contacts[line.channel] ??= { offered: 0, handled: 0 })
      channel.offered += offered
      channel.handled += handled
      a.handleMinutes += (handled * line.ahtSeconds[i]!) / 60
      w.busyHours += (handled * line.ahtSeconds[i]!) / 3600 / concurrency
      a.productiveHours += Math.max(0, line.supplied[i]!) * hours
      a.paidHours! += Math.max(0, line.scheduledSupplied[i]!) * hours
      a.headcount = Math.max(a.headcount, line.scheduledSupplied[i]!)
      w.weighted.sl += offered * line.serviceLevel[i]!
      w.weighted.abandon += offered * line.probAbandon[i]!
      if (handled > 0 && Number.isFinite(line.asaSeconds[i]!)) {
        w.weighted.asa += handled * line.asaSeconds[i]!
        w.weighted.answered += handled
      }
    }
  }
  const assumed = assumedKpis(option)
  let previousSeats = 0
  return months.map(({ actuals: a, busyHours, weighted }) => {
    const offered = Object.values(a.contacts).reduce((s, c) => s + c.offered, 0)
    const handled = Object.values(a.contacts).reduce((s, c) => s + c.handled, 0)
    a.forecastOffered = offered
    a.resolutions = handled * option.fcr
    a.newAgents = a.firstMonth ? a.headcount : Math.max(0, a.headcount - previousSeats)
    previousSeats = a.headcount
    a.kpis = {
      ...assumed,
      fcr: option.fcr,
      ...(offered > 0 ? { 'service-level': weighted.sl / offered, 'abandon-rate': weighted.abandon / offered } : {}),
      ...(weighted.answered > 0 ? { asa: weighted.asa / weighted.answered } : {}),
    }
    return { actuals: a, busyHours }
  })
}

/** KPIs the contract names but Shoreline cannot model, at their targets. */
function assumedKpis(option: SourcingOption): Partial<Record<ContractKpi, number>> {
  const kpis: Partial<Record<ContractKpi, number>> = {}
  for (const k of option.terms?.slaCredits?.kpis ?? []) kpis[k.kpi] = k.target
  for (const b of option.terms?.bonuses ?? []) kpis[b.kpi] ??= b.target
  return kpis
}
