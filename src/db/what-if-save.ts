/** Saves a what-if from the compare page: the scenario's assumptions and the options' changed terms, all or nothing. */
import type { ScenarioModel } from '../domain/evaluation/evaluate-model.ts'
import type { Db } from './client.ts'
import { updateScenario } from './scenarios.ts'
import { updateOption } from './sourcing-options.ts'

/**
 * Writes `next` over `saved`: the scenario always (its growth, targets, shares,
 * headcounts and uncertainty), each option only where the what-if changed it, so an
 * untouched option keeps its last-changed time. One transaction: a failure midway
 * leaves the workspace as it was.
 */
export function saveWhatIf(db: Db, scenarioId: number, saved: ScenarioModel, next: ScenarioModel): void {
  db.$client.transaction(() => {
    updateScenario(db, scenarioId, next.scenario)
    for (const [id, option] of next.options) {
      if (JSON.stringify(option) !== JSON.stringify(saved.options.get(id))) updateOption(db, id, option)
    }
  })()
}
