/** The simulated risk as JSON for the CLI and the API. */
import type { RiskResult, Spread } from './monte-carlo.ts'

const spread = (s: Spread) => ({ p10: s.p10, p50: s.p50, p90: s.p90, mean: s.mean })

export function riskJson(r: RiskResult) {
  return {
    seed: r.seed,
    trials: r.trials,
    method: r.method,
    total: { cost: spread(r.total.cost) },
    options: r.options.map((o) => ({
      optionId: o.optionId,
      name: o.name,
      cost: spread(o.cost),
      costPerContact: spread(o.costPerContact),
      serviceLevel: spread(o.serviceLevel),
      missProbabilityByMonth: Object.fromEntries(r.months.map((m, i) => [m, o.missProbabilityByMonth[i]])),
      expectedCredits: o.expectedCredits,
      expectedIdlePaidHours: o.expectedIdlePaidHours,
    })),
  }
}
