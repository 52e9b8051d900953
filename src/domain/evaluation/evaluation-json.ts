/** The evaluation as JSON for the CLI and the HTTP API: money as decimal strings and cents, no typed arrays. */
import { centsToString } from '../pricing/money.ts'
import type { ScenarioEvaluation, Totals } from './evaluate-scenario.ts'

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null)

function totalsJson(t: Totals) {
  return {
    cost: centsToString(t.costCents),
    costCents: t.costCents,
    contactsOffered: t.contactsOffered,
    contactsHandled: t.contactsHandled,
    resolutions: t.resolutions,
    costPerContact: finiteOrNull(t.costPerContact),
    costPerResolution: finiteOrNull(t.costPerResolution),
    productiveHours: t.productiveHours,
    paidHours: t.paidHours,
    busyHours: t.busyHours,
    idlePaidHours: t.idlePaidHours,
    fte: t.fte,
    credits: centsToString(t.creditsCents),
    bonuses: centsToString(t.bonusesCents),
    serviceLevel: t.serviceLevel,
  }
}

export function evaluationJson(e: ScenarioEvaluation, { withLines = false, notes = [] as string[] } = {}) {
  return {
    currency: e.currency,
    notes,
    months: e.months,
    weeks: e.weeks,
    totals: totalsJson(e.totals),
    options: e.options.map((o) => ({
      optionId: o.optionId,
      name: o.name,
      kind: o.kind,
      totals: totalsJson(o.totals),
      months: o.months.map((m) => ({
        month: m.month,
        currency: m.currency,
        total: centsToString(m.totalCents),
        exchangeRate: m.exchangeRate,
        cost: centsToString(m.costCents),
        serviceLevel: m.actuals.kpis['service-level'] ?? null,
        ...(withLines ? { lines: m.lines.map((l) => ({ ...l, amount: centsToString(l.amountCents) })) } : {}),
      })),
    })),
  }
}
