/** The JSON API: evaluate a scenario file, or a stored scenario. Errors are JSON naming each field. */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { loadScenarioModel } from '../../db/scenario-model.ts'
import { evaluateModel } from '../../domain/evaluation/evaluate-model.ts'
import { evaluationJson } from '../../domain/evaluation/evaluation-json.ts'
import { scenarioModelFromFile } from '../../io/scenario-file-model.ts'

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
    const result = evaluateModel(read.model)
    if (!result.ok) return c.json({ errors: { scenario: result.problems.join('; ') } }, 422)
    return c.json(evaluationJson(result.evaluation, { withLines: c.req.query('lines') === '1' }))
  },
)

apiRoutes.get('/scenarios/:id/evaluation', (c) => {
  const id = Number(c.req.param('id'))
  const model = Number.isSafeInteger(id) && id > 0 ? loadScenarioModel(c.var.db, id) : undefined
  if (!model) return c.json({ errors: { id: `no scenario ${c.req.param('id')}` } }, 404)
  const result = evaluateModel(model)
  if (!result.ok) return c.json({ errors: { scenario: result.problems.join('; ') } }, 422)
  return c.json(evaluationJson(result.evaluation, { withLines: c.req.query('lines') === '1' }))
})
