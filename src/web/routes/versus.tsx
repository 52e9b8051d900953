/** /scenarios/versus?a=&b=: two stored scenarios side by side (page, htmx region) and the same table as CSV. */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { listForecasts } from '../../db/forecasts.ts'
import { getScenario, listScenarios } from '../../db/scenarios.ts'
import { scenarioVersus, type ScenarioVersus, type VersusSide } from '../../domain/evaluation/scenario-versus.ts'
import { versusCsv } from '../../../views/versus/csv.ts'
import { A_FIELD, B_FIELD } from '../../../views/versus/ids.ts'
import { VERSUS_TITLE, VersusPage, VersusResults, type VersusContent } from '../../../views/versus/versus-page.tsx'
import { isHtmxRequest } from '../htmx.ts'
import { BUSY, busyOrThrow } from '../jobs/compute-pool.ts'
import { computeBusy } from '../jobs/compute-busy.tsx'
import { compareStoredScenarioOffThread, type ComparedScenario } from '../scenario-comparison.ts'

export const versusRoutes = new Hono()

versusRoutes.get('/versus', async (c) => {
  const outcome = await resolve(c)
  if (outcome === BUSY) return computeBusy(c)
  const content: VersusContent = 'versus' in outcome ? { kind: 'versus', versus: outcome.versus } : outcome.problem ? { kind: 'problem', ...outcome.problem } : { kind: 'empty' }
  const status = 'versus' in outcome || !outcome.problem ? 200 : outcome.problem.status
  c.header('Vary', 'HX-Request')
  if (isHtmxRequest(c)) {
    // htmx swaps 422 and leaves other 4xx unswapped (views/layout.tsx), so a refusal meant for the region is a 422.
    return c.html(<VersusResults content={content} />, status === 200 ? 200 : 422)
  }
  c.status(status)
  const { a, b } = preselect(c)
  return c.render(<VersusPage choices={listScenarios(c.var.db).map((s) => ({ id: s.id, name: s.name }))} a={a} b={b} content={content} />, { title: titleOf(content) })
})

versusRoutes.get('/versus.csv', async (c) => {
  const outcome = await resolve(c)
  if (outcome === BUSY) return computeBusy(c)
  if (!('versus' in outcome)) {
    const problem = outcome.problem ?? { status: 400 as const, title: 'Choose two scenarios', messages: ['Give both scenario ids, as ?a=1&b=2.'] }
    c.status(problem.status)
    return c.render(<VersusPage choices={listScenarios(c.var.db).map((s) => ({ id: s.id, name: s.name }))} a={undefined} b={undefined} content={{ kind: 'problem', ...problem }} />, { title: problem.title })
  }
  const { a, b } = outcome.versus
  c.header('Content-Type', 'text/csv; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="scenario-${a.id}-versus-${b.id}.csv"`)
  return c.body(versusCsv(outcome.versus))
})

// ——— Reading the two ids, loading and comparing ———

interface Problem {
  status: 400 | 404 | 409
  title: string
  messages: string[]
}

type Outcome = { versus: ScenarioVersus } | { problem: Problem | undefined }

/** A stored scenario id: digits only, as the scenario routes' own :id pattern. */
const idSchema = z.string().regex(/^[0-9]{1,15}$/).transform(Number).pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER))

const LETTER = { [A_FIELD]: 'A', [B_FIELD]: 'B' } as const

/**
 * Both ids checked before anything is loaded (400 naming a or b), then both looked up
 * (404), then both staffed (409): the first kind of problem wins, and every scenario
 * with that problem is named. Neither id given is no problem: the page asks for two.
 */
async function resolve(c: Context): Promise<Outcome | typeof BUSY> {
  const raw = { [A_FIELD]: c.req.query(A_FIELD), [B_FIELD]: c.req.query(B_FIELD) }
  if (raw.a === undefined && raw.b === undefined) return { problem: undefined }
  const fields = [A_FIELD, B_FIELD] as const
  const malformed = fields.flatMap((f) => (idSchema.safeParse(raw[f]).success ? [] : [idMessage(f, raw[f])]))
  if (malformed.length > 0) return { problem: { status: 400, title: 'Those are not two scenario ids', messages: malformed } }
  const ids = { a: idSchema.parse(raw.a), b: idSchema.parse(raw.b) }

  const db = c.var.db
  // A cheap look-up first: a comparison takes about half a second, not worth spending on a pair that cannot be compared.
  const unknown = fields.flatMap((f) => (getScenario(db, ids[f]) ? [] : [`Scenario ${LETTER[f]} (${f}=${ids[f]}): there is no scenario with that id; it may have been deleted.`]))
  if (unknown.length > 0) return { problem: { status: 404, title: 'Scenario not found', messages: unknown } }
  // In the compute pool, both at once; the same scenario twice is allowed (everything is then zero) and compared once.
  const signal = c.req.raw.signal
  const pair = await Promise.all([compareStoredScenarioOffThread(db, ids.a, undefined, signal), ids.b === ids.a ? undefined : compareStoredScenarioOffThread(db, ids.b, undefined, signal)]).catch(busyOrThrow)
  if (pair === BUSY) return BUSY
  const [first, other] = pair
  const second = ids.b === ids.a ? first : other
  if (!first || !second) return { problem: { status: 404, title: 'Scenario not found', messages: ['A scenario was deleted while it was being compared; choose again.'] } }
  const sides = { a: first, b: second }
  const unstaffable = fields.flatMap((f) => {
    const s = sides[f]
    return s.ok ? [] : [`Scenario ${LETTER[f]}, “${s.name}”, cannot be staffed as it stands: ${s.problems.join(' ')}`]
  })
  if (unstaffable.length > 0 || !sides.a.ok || !sides.b.ok) return { problem: { status: 409, title: 'Nothing to compare', messages: unstaffable } }
  const forecastNames = new Map(listForecasts(db).map((f) => [f.id, f.name]))
  return { versus: scenarioVersus(side(sides.a, forecastNames), side(sides.b, forecastNames)) }
}

function idMessage(field: typeof A_FIELD | typeof B_FIELD, value: string | undefined): string {
  const letter = LETTER[field]
  if (value === undefined || value.trim() === '') return `Scenario ${letter} is missing: choose one (the “${field}” parameter is empty).`
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value
  return `Scenario ${letter} (${field}=“${shown}”) is not a scenario id: ids are whole numbers such as 3.`
}

function side(s: Extract<ComparedScenario, { ok: true }>, forecastNames: ReadonlyMap<number, string>): VersusSide {
  const { scenario, options } = s.model
  return {
    id: s.id,
    name: s.name,
    scenario,
    forecastName: forecastNames.get(scenario.forecastId) ?? `forecast ${scenario.forecastId}`,
    optionNames: new Map([...options].map(([id, o]) => [id, o.name])),
    comparison: s.comparison,
  }
}

/** The selects keep what was asked for when it reads as an id, so a refusal shows the choice being refused. */
function preselect(c: Context): { a: number | undefined; b: number | undefined } {
  const read = (f: string) => {
    const parsed = idSchema.safeParse(c.req.query(f))
    return parsed.success ? parsed.data : undefined
  }
  return { a: read(A_FIELD), b: read(B_FIELD) }
}

function titleOf(content: VersusContent): string {
  if (content.kind === 'versus') return `${content.versus.a.name} versus ${content.versus.b.name}`
  if (content.kind === 'problem') return content.title
  return VERSUS_TITLE
}
