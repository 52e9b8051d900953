/** A stored scenario with the what-if a request carries: read, applied and compared, or the reason it cannot be. */
import type { Db } from '../db/client.ts'
import { loadScenarioModel } from '../db/scenario-model.ts'
import { monthInvoices } from '../domain/evaluation/comparison.ts'
import type { ScenarioModel } from '../domain/evaluation/evaluate-model.ts'
import { whatIfChanges, type WhatIfChange } from '../domain/scenario/what-if.ts'
import { readWhatIf, todayValues, type WhatIfErrors, type WhatIfValues } from './forms/what-if-form.ts'
import { compareModelOffThread, measuredQualityOf, type ComparedScenario } from './scenario-comparison.ts'
import { MONTH_FIELD, type WhatIfGroup } from '../../views/compare/what-if-fields.ts'
import type { CompareResultsProps } from '../../views/compare/results.tsx'

interface Common {
  id: number
  name: string
  /** The saved scenario, before the what-if. */
  saved: ScenarioModel
  groups: WhatIfGroup[]
  values: WhatIfValues
  month: string
}

export type WhatIfRun =
  | (Common & { kind: 'invalid'; errors: WhatIfErrors })
  | (Common & { kind: 'unstaffable'; problems: string[]; changes: WhatIfChange[] })
  | (Common & { kind: 'ok'; changes: WhatIfChange[]; query: string; compared: Extract<ComparedScenario, { ok: true }>; results: CompareResultsProps })

/**
 * Undefined for an unknown scenario. The comparison runs in the compute pool; `signal`
 * (the request's) drops it from the queue when the browser gives up on it.
 */
export async function runWhatIf(db: Db, id: number, input: Record<string, unknown>, signal?: AbortSignal): Promise<WhatIfRun | undefined> {
  const saved = loadScenarioModel(db, id)
  if (!saved) return undefined
  const reading = readWhatIf(input, saved)
  const asked = typeof input[MONTH_FIELD] === 'string' ? (input[MONTH_FIELD] as string) : ''
  const common = { id, name: saved.scenario.name, saved, groups: reading.groups, values: reading.values, month: asked }
  if (!reading.ok) return { ...common, kind: 'invalid', errors: reading.errors }
  const changes = whatIfChanges(saved, reading.whatIf)
  const compared = await compareModelOffThread(id, reading.model, reading.trials, measuredQualityOf(db, reading.model), signal)
  if (!compared.ok) return { ...common, kind: 'unstaffable', problems: compared.problems, changes }
  const month = compared.comparison.months.includes(asked) ? asked : compared.firstFull
  const query = whatIfQuery(reading.values, todayValues(saved))
  const results: CompareResultsProps = {
    scenarioId: id,
    comparison: compared.comparison,
    month,
    invoices: monthInvoices(compared.evaluation, month),
    changes,
    query,
    saved: input.saved === '1',
  }
  return { ...common, month, kind: 'ok', changes, query, compared, results }
}

/** Only the fields that differ from the saved scenario, so a shared link stays short and a plain visit has none. */
function whatIfQuery(values: WhatIfValues, today: WhatIfValues): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) if (value !== today[name]) params.set(name, value)
  return params.toString()
}
