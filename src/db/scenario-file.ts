/** Exports a stored scenario to its shareable file, and imports one as new records in one transaction. */
import type { Forecast } from '../domain/forecast/forecast.ts'
import { fieldErrors, type FieldErrors } from '../schemas/fields.ts'
import { scenarioSchema } from '../schemas/scenario.ts'
import { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION, scenarioFileSchema, versionProblem, type ScenarioFile } from '../schemas/scenario-file.ts'
import type { Db } from './client.ts'
import { loadForecast, saveForecast } from './forecasts.ts'
import { getScenario, createScenario } from './scenarios.ts'
import { createOption, getOption, updateOption } from './sourcing-options.ts'

export function exportScenario(db: Db, scenarioId: number, exportedAt: string): ScenarioFile | undefined {
  const stored = getScenario(db, scenarioId)
  if (!stored) return undefined
  const { id: _id, updatedAt: _at, forecastId, ...scenario } = stored
  const forecast = loadForecast(db, forecastId)!
  const optionIds = new Set(scenario.options.map((o) => o.optionId))
  // Escalation targets travel too, down the whole chain, so the file is complete on its own.
  for (const id of optionIds) {
    const target = getOption(db, id)?.escalatesToOptionId
    if (target) optionIds.add(target)
  }
  const options = [...optionIds].map((id) => {
    const { id: _i, updatedAt: _u, ...option } = getOption(db, id)!
    return { id, option }
  })
  return {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    exportedAt,
    forecast: {
      name: forecast.name,
      source: forecast.source,
      intervalMinutes: forecast.intervalMinutes,
      start: forecast.start,
      intervalCount: forecast.intervalCount,
      channels: forecast.forecast.channels.map((c) => ({ channel: c.channel, kind: c.kind, volume: [...c.volume], ahtSeconds: [...c.ahtSeconds] })),
    },
    options,
    scenario,
  }
}

export type ImportResult = { ok: true; scenarioId: number } | { ok: false; errors: FieldErrors }

/**
 * Imports a scenario file as a new forecast, new options and a new scenario, all in
 * one transaction: a file that fails anywhere changes nothing.
 */
export function importScenario(db: Db, input: unknown): ImportResult {
  const problem = versionProblem(input)
  if (problem) return { ok: false, errors: { file: problem } }
  const parsed = scenarioFileSchema.safeParse(input)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  const file = parsed.data
  const known = new Set(file.options.map((o) => o.id))
  const missing = file.scenario.options.find((o) => !known.has(o.optionId))
  if (missing) return { ok: false, errors: { 'scenario.options': `option ${missing.optionId} is not in the file` } }

  return db.transaction(() => {
    const forecast: Forecast = {
      intervalMinutes: file.forecast.intervalMinutes,
      start: file.forecast.start,
      intervalCount: file.forecast.intervalCount,
      channels: file.forecast.channels.map((c) => ({ ...c, volume: Float64Array.from(c.volume), ahtSeconds: Float64Array.from(c.ahtSeconds) })),
    }
    const forecastId = saveForecast(db, file.forecast.name, file.forecast.source, forecast)
    const newId = new Map<number, number>()
    for (const { id, option } of file.options) newId.set(id, createOption(db, { ...option, escalatesToOptionId: null }))
    for (const { id, option } of file.options) {
      const target = option.escalatesToOptionId === null ? null : (newId.get(option.escalatesToOptionId) ?? null)
      if (target !== null) updateOption(db, newId.get(id)!, { ...option, escalatesToOptionId: target })
    }
    const remap = (id: number) => newId.get(id)!
    const scenario = scenarioSchema.parse({
      ...file.scenario,
      forecastId,
      options: file.scenario.options.map((o) => ({ ...o, optionId: remap(o.optionId) })),
      channels: file.scenario.channels.map((c) => ({
        ...c,
        allocation:
          c.allocation.mode === 'shares'
            ? { ...c.allocation, shares: c.allocation.shares.map((s) => ({ ...s, optionId: remap(s.optionId) })) }
            : { ...c.allocation, order: c.allocation.order.map(remap) },
      })),
    })
    return { ok: true as const, scenarioId: createScenario(db, scenario) }
  })
}
