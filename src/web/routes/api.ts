/** The JSON API: evaluate a scenario file, or a stored scenario. Errors are JSON naming each field. */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { routeId } from '../request.ts'
import { loadScenarioModel } from '../../db/scenario-model.ts'
import { evaluateModel } from '../../domain/evaluation/evaluate-model.ts'
import { costByInterval } from '../../domain/evaluation/cost-by-interval.ts'
import { evaluationJson } from '../../domain/evaluation/evaluation-json.ts'
import { rollups } from '../../domain/evaluation/rollups.ts'
import { scenarioModelFromFile, type ScenarioModel } from '../../io/scenario-file-model.ts'
import { simulateRisk } from '../../domain/simulation/monte-carlo/monte-carlo.ts'
import { riskJson } from '../../domain/simulation/monte-carlo/risk-json.ts'
import type { Context } from 'hono'
import type { ZodType } from 'zod'
import { seedField, trialsField } from '../../schemas/simulation-settings.ts'

/** Requests wait for their answer; longer simulations belong to a background job. */
export const MAX_API_TRIALS = 10_000

/** ?trials=N&seed=S, checked by the same fields as the CLI's flags and the full-run form; undefined trials means no simulation. */
function simulationQuery(c: Context): { ok: true; trials?: number; seed?: number } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const read = (name: string, field: ZodType<number>) => {
    const text = c.req.query(name)
    if (text === undefined || text === '') return undefined
    const parsed = field.safeParse(text)
    if (!parsed.success) errors[name] = parsed.error.issues[0]!.message
    return parsed.data
  }
  const trials = read('trials', trialsField(MAX_API_TRIALS))
  const seed = read('seed', seedField)
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, ...(trials === undefined ? {} : { trials }), ...(seed === undefined ? {} : { seed }) }
}

/** Evaluates a model and answers JSON, with the simulated risk when asked for. */
function answer(c: Context, model: ScenarioModel) {
  const simulation = simulationQuery(c)
  if (!simulation.ok) return c.json({ errors: simulation.errors }, 422)
  const result = evaluateModel(model)
  if (!result.ok) return c.json({ errors: { scenario: result.problems.join('; ') } }, 422)
  const risk =
    simulation.trials === undefined
      ? undefined
      : simulateRisk(result.staffing, result.evaluation, model.options, { ...model.scenario.uncertainty, trials: simulation.trials, seed: simulation.seed ?? model.scenario.uncertainty.seed })
  const by = c.req.query('by')
  if (by !== undefined && by !== 'day' && by !== 'week') return c.json({ errors: { by: 'must be day or week' } }, 422)
  const json = evaluationJson(result.evaluation, { withLines: c.req.query('lines') === '1', notes: result.staffing.notes })
  if (by) {
    const cents = costByInterval(result.staffing, result.evaluation, model.options)
    json.options.forEach((o, k) => Object.assign(o, { [by === 'day' ? 'byDay' : 'byWeek']: rollups(result.staffing, o.optionId, cents[k]!, by) }))
  }
  return c.json({ ...json, ...(risk ? { risk: riskJson(risk) } : {}) })
}

/** A year of 15-minute intervals for 12 channels is about 40 MB of JSON. */
export const MAX_API_BODY_BYTES = 64 * 1024 * 1024

export const apiRoutes = new Hono()

apiRoutes.post(
  '/scenarios/evaluate',
  bodyLimit({ maxSize: MAX_API_BODY_BYTES, onError: (c) => c.json({ errors: { body: `is larger than ${MAX_API_BODY_BYTES / 1024 / 1024} MB` } }, 413) }),
  async (c) => {
    let input: unknown
    try {
      input = await c.req.json()
    } catch {
      return c.json({ errors: { body: 'is not valid JSON' } }, 400)
    }
    const read = scenarioModelFromFile(input)
    if (!read.ok) return c.json({ errors: read.errors }, 422)
    return answer(c, read.model)
  },
)

apiRoutes.get('/scenarios/:id/evaluation', (c) => {
  const id = routeId(c)
  const model = id === undefined ? undefined : loadScenarioModel(c.var.db, id)
  if (!model) return c.json({ errors: { id: `no scenario ${c.req.param('id')}` } }, 404)
  return answer(c, model)
})
