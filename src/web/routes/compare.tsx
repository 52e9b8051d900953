/** /scenarios/:id/compare: a scenario's options side by side with a live what-if (page, results fragment, save), the same table as CSV and Excel, and the lazily loaded break-evens and sensitivity. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { loadScenarioModel } from '../../db/scenario-model.ts'
import { saveWhatIf } from '../../db/what-if-save.ts'
import { evaluateModel } from '../../domain/evaluation/evaluate-model.ts'
import { readWhatIf } from '../forms/what-if-form.ts'
import { BUSY, busyOrThrow, computePool } from '../jobs/compute-pool.ts'
import { computeBusy } from '../jobs/compute-busy.tsx'
import { isHtmxRequest, redirectHtmx, replaceUrl, reswap } from '../htmx.ts'
import { readForm, routeId } from '../request.ts'
import { compareStoredScenarioOffThread } from '../scenario-comparison.ts'
import { runWhatIf, type WhatIfRun } from '../what-if-run.ts'
import { ComparePage } from '../../../views/compare/compare-page.tsx'
import { comparisonCsv } from '../../../views/compare/csv.ts'
import { FlipPage, FlipSection } from '../../../views/compare/flip.tsx'
import { comparePath, withQuery } from '../../../views/compare/ids.ts'
import { CompareResults, UnstaffableResults } from '../../../views/compare/results.tsx'
import { SensitivityPage, SensitivitySection } from '../../../views/compare/sensitivity.tsx'
import { WhatIfOob } from '../../../views/compare/what-if-form.tsx'
import { XLSX_CONTENT_TYPE, comparisonWorkbook, xlsxFilename } from '../../../views/compare/xlsx.ts'
import { RefusalPage } from '../../../views/scenarios/message-pages.tsx'

export const compareRoutes = new Hono()

const ID = '/:id{[0-9]{1,15}}'
const MAX_FORM_BYTES = 256 * 1024

compareRoutes.get(`${ID}/compare`, async (c) => {
  const run = await whatIf(c, c.req.query())
  if (run === BUSY) return computeBusy(c)
  if (!run) return c.notFound()
  return page(c, run)
})

/** What each edit fetches: the results region, with every field's error slot and the status line out of band. */
compareRoutes.get(`${ID}/compare/results`, async (c) => {
  const run = await whatIf(c, c.req.query())
  if (run === BUSY) return computeBusy(c)
  if (!run) return c.notFound()
  if (run.kind === 'invalid') {
    // Keep the last good results on screen; only the messages change.
    reswap(c, 'none')
    return c.html(<WhatIfOob groups={run.groups} errors={run.errors} changes={undefined} />, 422)
  }
  if (run.kind === 'ok') replaceUrl(c, withQuery(comparePath(run.id), run.query))
  const oob = <WhatIfOob groups={run.groups} errors={{}} changes={run.changes} />
  if (run.kind === 'unstaffable') return c.html(<>{<UnstaffableResults problems={run.problems} />}{oob}</>)
  return c.html(
    <>
      <CompareResults {...run.results} />
      {oob}
    </>,
  )
})

/** Saves the what-if: the scenario's assumptions, and the options' shrinkage and prices, in one transaction. */
compareRoutes.post(`${ID}/compare/save`, bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('The form sent more than 256 KB; nothing was saved.', 413) }), async (c) => {
  const id = routeId(c)
  const saved = id === undefined ? undefined : loadScenarioModel(c.var.db, id)
  if (id === undefined || !saved) return c.notFound()
  const body = await readForm(c)
  const reading = readWhatIf(body, saved)
  if (!reading.ok) {
    if (isHtmxRequest(c)) {
      reswap(c, 'none')
      return c.html(<WhatIfOob groups={reading.groups} errors={reading.errors} changes={undefined} />, 422)
    }
    const run = await whatIf(c, body)
    if (run === BUSY) return computeBusy(c)
    return page(c, run!)
  }
  saveWhatIf(c.var.db, id, saved, reading.model)
  const target = `${comparePath(id)}?saved=1`
  return isHtmxRequest(c) ? redirectHtmx(c, target) : c.redirect(target, 303)
})

compareRoutes.get(`${ID}/compare.csv`, async (c) => {
  const run = await whatIf(c, c.req.query())
  if (run === BUSY) return computeBusy(c)
  if (!run) return c.notFound()
  if (run.kind !== 'ok') return refusedExport(c, run)
  c.header('Content-Type', 'text/csv; charset=utf-8')
  c.header('Content-Disposition', `attachment; filename="scenario-${run.id}-comparison.csv"`)
  return c.body(comparisonCsv(run.compared.comparison))
})

compareRoutes.get(`${ID}/compare.xlsx`, async (c) => {
  const run = await whatIf(c, c.req.query())
  if (run === BUSY) return computeBusy(c)
  if (!run) return c.notFound()
  if (run.kind !== 'ok') return refusedExport(c, run)
  const bytes = await comparisonWorkbook({ scenarioName: run.name, comparison: run.compared.comparison, evaluation: run.compared.evaluation })
  c.header('Content-Type', XLSX_CONTENT_TYPE)
  c.header('Content-Disposition', `attachment; filename="${xlsxFilename(run.id, run.name)}"`)
  return c.body(bytes)
})

/**
 * The decision flip for the two leading options: four break-evens run one after another
 * (about 1 s each), so the compare page loads it as a fragment. A plain visit (no htmx)
 * gets the same section in a full page.
 */
compareRoutes.get(`${ID}/compare/flip`, async (c) => {
  const id = routeId(c)
  const found = id === undefined ? undefined : await compareStoredScenarioOffThread(c.var.db, id, undefined, c.req.raw.signal).catch(busyOrThrow)
  if (found === BUSY) return computeBusy(c)
  if (!found) return c.notFound()
  if (!found.ok) return unstaffable(c, found.problems)
  // The break-evens run in a worker thread: other users' pages are answered meanwhile.
  const flip = await computePool.run({ kind: 'flip', model: found.model, rows: found.comparison.options }).catch(busyOrThrow)
  if (flip === BUSY) return computeBusy(c)
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
compareRoutes.get(`${ID}/compare/sensitivity`, async (c) => {
  const id = routeId(c)
  const model = id === undefined ? undefined : loadScenarioModel(c.var.db, id)
  if (id === undefined || !model) return c.notFound()
  // In a worker thread, like the flip.
  const result = await computePool.run({ kind: 'sensitivity', model }).catch(busyOrThrow)
  if (result === BUSY) return computeBusy(c)
  if (!result) {
    const evaluated = evaluateModel(model)
    return unstaffable(c, evaluated.ok ? [] : evaluated.problems)
  }
  c.header('Vary', 'HX-Request')
  if (isHtmxRequest(c)) return c.html(<SensitivitySection sensitivity={result} />)
  const name = model.scenario.name
  return c.render(<SensitivityPage scenarioId={id} scenarioName={name} sensitivity={result} />, { title: `Cost sensitivity: ${name}` })
})

/** The request's what-if, computed in the compute pool; BUSY when the pool is full. */
async function whatIf(c: Context, input: Record<string, unknown>): Promise<WhatIfRun | undefined | typeof BUSY> {
  const id = routeId(c)
  return id === undefined ? undefined : runWhatIf(c.var.db, id, input, c.req.raw.signal).catch(busyOrThrow)
}

/** The whole page: 422 when the what-if has problems, 409 when it cannot be staffed (the form stays, so it can be fixed here). */
function page(c: Context, run: WhatIfRun) {
  const form = {
    scenarioId: run.id,
    groups: run.groups,
    values: run.values,
    errors: run.kind === 'invalid' ? run.errors : {},
    changes: run.kind === 'invalid' ? undefined : run.changes,
    month: run.month,
  }
  c.status(run.kind === 'invalid' ? 422 : run.kind === 'unstaffable' ? 409 : 200)
  const results = run.kind === 'ok' ? run.results : undefined
  const problems = run.kind === 'unstaffable' ? run.problems : undefined
  return c.render(<ComparePage scenarioName={run.name} form={form} results={results} problems={problems} />, { title: `Compare: ${run.name}` })
}

function refusedExport(c: Context, run: Exclude<WhatIfRun, { kind: 'ok' }>) {
  if (run.kind === 'unstaffable') return unstaffable(c, run.problems)
  c.status(422)
  const message = `The what-if in this link has problems, so there is nothing to export: ${Object.values(run.errors).join(' ')}`
  return c.render(<RefusalPage title="Nothing to export" message={message} />, { title: 'Nothing to export' })
}

function unstaffable(c: Context, problems: string[]) {
  c.status(409)
  return c.render(<RefusalPage title="Nothing to compare" message={`This scenario cannot be staffed as it stands: ${problems.join(' ')}`} />, { title: 'Nothing to compare' })
}
