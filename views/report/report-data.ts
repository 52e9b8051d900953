/** Everything the printable report shows, computed by the route before the views format it. */
import type { Comparison } from '../../src/domain/evaluation/comparison.ts'
import type { CostGap } from '../../src/domain/evaluation/cost-drivers.ts'
import type { DecisionFlip } from '../../src/domain/evaluation/decision-flip.ts'
import type { ScenarioModel } from '../../src/domain/evaluation/evaluate-model.ts'
import type { Totals } from '../../src/domain/evaluation/evaluate-scenario.ts'
import type { ReportFindings } from '../../src/domain/evaluation/report-findings.ts'

export interface ReportData {
  scenarioId: number
  scenarioName: string
  /** The forecast's stored name (undefined if it could not be read). */
  forecastName: string | undefined
  /** "YYYY-MM-DD", the day the report was produced. */
  preparedOn: string
  comparison: Comparison
  model: ScenarioModel
  /** Length of the span in weeks. */
  weeks: number
  /** Each option's deterministic totals, by option id. */
  totals: ReadonlyMap<number, Totals>
  /** Each other option's gap over the cheapest, per contact and per resolution, by option id. */
  gaps: ReadonlyMap<number, { perContact: CostGap; perResolution: CostGap }>
  flip: DecisionFlip | undefined
  findings: ReportFindings
}
