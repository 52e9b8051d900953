/** /scenarios/:id/compare: a scenario's options side by side (page) and the same table as CSV. */
import { Hono, type Context } from 'hono'
import { loadScenarioModel } from '../../db/scenario-model.ts'
import { monthInvoices } from '../../domain/evaluation/comparison.ts'
import { decisionFlip } from '../../domain/evaluation/decision-flip.ts'
import { evaluateModel } from '../../domain/evaluation/evaluate-model.ts'
import { ComparePage } from '../../../views/compare/compare-page.tsx'
import { comparisonCsv } from '../../../views/compare/csv.ts'
import { XLSX_CONTENT_TYPE, comparisonWorkbook, xlsxFilename } from '../../../views/compare/xlsx.ts'
import { FlipPage, FlipSection } from '../../../views/compare/flip.tsx'
import { SensitivityPage, SensitivitySection } from '../../../views/compare/sensitivity.tsx'
import { sensitivity } from '../../domain/evaluation/sensitivity.ts'
import { RefusalPage } from '../../../views/scenarios/message-pages.tsx'
import { isHtmxRequest } from '../htmx.ts'
import { routeId } from '../request.ts'
import { compareStoredScenario, type ComparedScenario } from '../scenario-comparison.ts'

export const compareRoutes = new Hono()

const ID = '/:id{[0-9]{1,15}}'

compareRoutes.get(`${ID}/compare`, (c) => {
  const found = compared(c)
  if (!found) return c.notFound()
  const title = `Compare: ${found.name}`
  if (!found.ok) return unstaffable(c, found.problems)
  const { comparison: cmp, evaluation, firstFull } = found
  const asked = c.req.query('month')
  const month = asked && cmp.months.includes(asked) ? asked : firstFull
  return c.render(<ComparePage scenarioId={found.id} scenarioName={found.name} comparison={cmp} month={month} invoices={monthInvoices(evaluation, month)} />, { title })
})

compareRoutes.get(`${ID}/compare.csv`, (c) => {
  const found = compared(c)
  if (!found) return c.notFound()
  if (!found.ok) return unstaffable(c, found.problems)
  c.header('Content-Type', 'text/csv; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="scenario-${found.id}-comparison.csv"`)
  return c.body(comparisonCsv(found.comparison))
})

compareRoutes.get(`${ID}/compare.xlsx`, async (c) => {
  const found = compared(c)
  if (!found) return c.notFound()
  if (!found.ok) return unstaffable(c, found.problems)
  const bytes = await comparisonWorkbook({ scenarioName: found.name, comparison: found.comparison, evaluation: found.evaluation })
  c.header('Content-Type', XLSX_CONTENT_TYPE)
  c.header('Content-Disposition', `attachment; filename="${xlsxFilename(found.id, found.name)}"`)
  return c.body(bytes)
})

/**
 * The decision flip for the two leading options: four break-evens run one after another
 * (about 1 s each), so the compare page loads it as a fragment. A plain visit (no htmx)
 * gets the same section in a full page.
 */
compareRoutes.get(`${ID}/compare/flip`, (c) => {
  const found = compared(c)
  if (!found) return c.notFound()
  if (!found.ok) return unstaffable(c, found.problems)
  const flip = decisionFlip(found.model, found.comparison.options)
  const currency = found.comparison.currency
  c.header('Vary', 'HX-Request')
  if (isHtmxRequest(c)) return c.html(<FlipSection flip={flip} currency={currency} />)
  return c.render(<FlipPage scenarioId={found.id} scenarioName={found.name} flip={flip} currency={currency} />, { title: `Break-even values: ${found.name}` })
})

/**
 * The sensitivity (tornado) of the scenario's total annual cost: two deterministic
 * evaluations per assumption (about 1 s for the demo), so the compare page loads it as
 * a fragment, like the flip. A plain visit (no htmx) gets the same section in a full page.
 */
compareRoutes.get(`${ID}/compare/sensitivity`, (c) => {
  const id = routeId(c)
  const model = id === undefined ? undefined : loadScenarioModel(c.var.db, id)
  if (id === undefined || !model) return c.notFound()
  const result = sensitivity(model)
  if (!result) {
    const evaluated = evaluateModel(model)
    return unstaffable(c, evaluated.ok ? [] : evaluated.problems)
  }
  c.header('Vary', 'HX-Request')
  if (isHtmxRequest(c)) return c.html(<SensitivitySection sensitivity={result} />)
  const name = model.scenario.name
  return c.render(<SensitivityPage scenarioId={id} scenarioName={name} sensitivity={result} />, { title: `Cost sensitivity: ${name}` })
})

function compared(c: Context): ComparedScenario | undefined {
  const id = routeId(c)
  return id === undefined ? undefined : compareStoredScenario(c.var.db, id)
}

function unstaffable(c: Context, problems: string[]) {
  c.status(409)
  return c.render(<RefusalPage title="Nothing to compare" message={`This scenario cannot be staffed as it stands: ${problems.join(' ')}`} />, { title: 'Nothing to compare' })
}
