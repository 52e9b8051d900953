/** A stored scenario with its forecast and options, ready for the domain to staff and evaluate. */
import type { ScenarioModel } from '../io/scenario-file-model.ts'
import type { Db } from './client.ts'
import { loadForecast } from './forecasts.ts'
import { getScenario } from './scenarios.ts'
import { getOption } from './sourcing-options.ts'

export function loadScenarioModel(db: Db, scenarioId: number): ScenarioModel | undefined {
  const scenario = getScenario(db, scenarioId)
  if (!scenario) return undefined
  const forecast = loadForecast(db, scenario.forecastId)!
  const options = new Map(scenario.options.map((o) => [o.optionId, getOption(db, o.optionId)!]))
  return { forecast: forecast.forecast, scenario, options }
}
