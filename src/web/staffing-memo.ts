/**
 * Staffing plans remembered across what-if edits that do not change staffing (prices,
 * forecast-error CVs): staffing a year is most of an edit's time, and a price edit
 * does not need it again. Keyed by everything the plan reads; a few entries (a year's
 * plan holds a few MB).
 */
import { createHash } from 'node:crypto'
import type { ScenarioModel } from '../domain/evaluation/evaluate-model.ts'
import { planScenarioStaffing, type ScenarioStaffingResult } from '../domain/scenario/staffing-plan.ts'

const SIZE = 6
const plans = new Map<string, ScenarioStaffingResult>()

/** The plan for this model, computed or remembered. Callers must not change it (it is shared). */
export function memoStaffing(model: ScenarioModel): ScenarioStaffingResult {
  const key = staffingKey(model)
  const hit = plans.get(key)
  if (hit) {
    plans.delete(key)
    plans.set(key, hit)
    return hit
  }
  const plan = planScenarioStaffing(model.forecast, model.scenario, model.options)
  plans.set(key, plan)
  for (const old of plans.keys()) if (plans.size > SIZE) plans.delete(old)
  return plan
}

/**
 * What the staffing plan depends on: the forecast's content (a hash of its series'
 * bytes, about a millisecond for a year), the scenario but its name and forecast-error figures (the
 * seed stays: simulation checks use it), and each option but its prices and currency.
 * Stored records' bookkeeping (id, last change) is left out too: a scenario saved back to
 * earlier values staffs as it did then.
 */
export function staffingKey({ forecast, scenario, options }: ScenarioModel): string {
  const hash = createHash('sha1')
  for (const c of forecast.channels) hash.update(`${c.channel}|${c.kind}|`).update(bytes(c.volume)).update(bytes(c.ahtSeconds))
  const { name: _name, uncertainty, ...assumptions } = withoutBookkeeping(scenario)
  const staffingOptions = [...options].map(([id, option]) => {
    const { terms: _terms, costStack: _costStack, currency: _currency, exchangeRate: _rate, ...o } = withoutBookkeeping(option)
    return [id, o]
  })
  return JSON.stringify([forecast.start, forecast.intervalMinutes, hash.digest('hex'), assumptions, uncertainty.seed, staffingOptions])
}

/** A record as the schemas define it, without the id and last-change time the database adds. */
function withoutBookkeeping<T extends object>(record: T): T {
  const { id: _id, updatedAt: _updatedAt, ...rest } = record as T & { id?: unknown; updatedAt?: unknown }
  return rest as T
}

const bytes = (xs: Float64Array) => new Uint8Array(xs.buffer, xs.byteOffset, xs.byteLength)
