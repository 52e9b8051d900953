/** A scenario file read into the objects the domain evaluates, without a database (CLI and JSON API). */
import type { ScenarioModel } from '../domain/evaluation/evaluate-model.ts'
import type { Forecast } from '../domain/forecast/forecast.ts'
import { fieldErrors, type FieldErrors } from '../schemas/fields.ts'
import { scenarioSchema } from '../schemas/scenario.ts'
import { scenarioFileSchema, versionProblem } from '../schemas/scenario-file.ts'

export type { ScenarioModel }

export type ReadScenarioModel = { ok: true; model: ScenarioModel } | { ok: false; errors: FieldErrors }

/** Checks a parsed scenario file (version first) and builds the forecast, scenario and options from it. */
export function scenarioModelFromFile(input: unknown): ReadScenarioModel {
  const problem = versionProblem(input)
  if (problem) return { ok: false, errors: { file: problem } }
  const parsed = scenarioFileSchema.safeParse(input)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  const file = parsed.data
  const options = new Map(file.options.map((o) => [o.id, o.option]))
  const missing = file.scenario.options.find((o) => !options.has(o.optionId))
  if (missing) return { ok: false, errors: { 'scenario.options': `option ${missing.optionId} is not in the file` } }
  const forecast: Forecast = {
    intervalMinutes: file.forecast.intervalMinutes,
    start: file.forecast.start,
    intervalCount: file.forecast.intervalCount,
    channels: file.forecast.channels.map((c) => ({ ...c, volume: Float64Array.from(c.volume), ahtSeconds: Float64Array.from(c.ahtSeconds) })),
  }
  // The file has no forecast id; 1 stands in for "the forecast in this file".
  const scenario = scenarioSchema.parse({ ...file.scenario, forecastId: 1 })
  return { ok: true, model: { forecast, scenario, options } }
}
