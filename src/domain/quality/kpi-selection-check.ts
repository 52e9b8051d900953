/** Warnings about which KPIs a scorecard tracks: too many to act on, or only lagging ones. */
import type { Kpi } from './kpi-catalogue.ts'

/**
 * More than this and a scorecard stops steering anything: with 13 KPIs each averages
 * under 8 % of the weight, so no single KPI can move the score enough to act on, and a
 * monthly review turns into reading a list. Kaplan & Norton's scorecards carry a handful
 * per perspective for a whole company; a partner scorecard needs fewer.
 */
export const MAX_SCORECARD_KPIS = 12

/**
 * Problems with a selection of KPIs, as sentences; empty when it is sound.
 * Only-lagging scorecards report outcomes after the fact and give a partner nothing to
 * correct in time; leading KPIs (FCR, service level, QA) move first.
 */
export function checkKpiSelection(kpis: readonly Pick<Kpi, 'id' | 'name' | 'timing'>[]): string[] {
  const warnings: string[] = []
  if (kpis.length > MAX_SCORECARD_KPIS) {
    warnings.push(
      `the scorecard tracks ${kpis.length} KPIs; keep it to ${MAX_SCORECARD_KPIS} or fewer: beyond that each KPI carries under ${Math.floor(100 / (MAX_SCORECARD_KPIS + 1))} % of the weight on average, too little to act on`,
    )
  }
  if (kpis.length > 0 && kpis.every((k) => k.timing === 'lagging')) {
    warnings.push('every KPI on the scorecard is lagging (it reports outcomes after the fact); add a leading one such as FCR, service level or QA score so problems show while they can still be corrected')
  }
  return warnings
}
