/** The scorecard a workspace starts with, and whole-percent equal weights for a new selection. */

/**
 * Nine KPIs across three perspectives, leading and lagging mixed: the two outcomes customers
 * feel most (CSAT, FCR) carry 15 % each, the rest 10 %. Every one has a catalogue target, so
 * the scorecard scores from the first import. Costs are left off: they are on the compare page.
 */
export const DEFAULT_SCORECARD_WEIGHTS: Readonly<Record<string, number>> = {
  csat: 15,
  fcr: 15,
  'escalation-rate': 10,
  aht: 10,
  'qa-score': 10,
  'service-level': 10,
  'abandon-rate': 10,
  nps: 10,
  'agent-attrition': 10,
}

/**
 * Equal weights in whole percents adding up to exactly 100, the remainder going one point each
 * to the first KPIs (largest-remainder rounding): 9 KPIs get 12, 11, …, 11. Whole numbers are
 * what a person types back, and they sum to 100 without rounding slack.
 * @example wholePercentWeights(['a', 'b', 'c']) // { a: 34, b: 33, c: 33 }
 */
export function wholePercentWeights(ids: readonly string[]): Record<string, number> {
  if (ids.length === 0) return {}
  const base = Math.floor(100 / ids.length)
  const extra = 100 - base * ids.length
  return Object.fromEntries(ids.map((id, i) => [id, base + (i < extra ? 1 : 0)]))
}
