/** /scenarios/:id/report: the printable report of a scenario's comparison (HTML that prints to PDF). */
import { Hono, type Context } from 'hono'
import { loadForecast } from '../../db/forecasts.ts'
import { costGap } from '../../domain/evaluation/cost-drivers.ts'
import { gapsOverCheapest, optionTraits, reportFindings } from '../../domain/evaluation/report-findings.ts'
import { RefusalPage } from '../../../views/scenarios/message-pages.tsx'
import type { ReportData } from '../../../views/report/report-data.ts'
import { ReportPage } from '../../../views/report/report-page.tsx'
import { routeId } from '../request.ts'
import { BUSY, busyOrThrow, computePool } from '../jobs/compute-pool.ts'
import { computeBusy } from '../jobs/compute-busy.tsx'
import { compareStoredScenarioOffThread } from '../scenario-comparison.ts'

export const reportRoutes = new Hono()

/**
 * Runs the comparison (about 0.6 s on the demo) and the decision flip (about 3 s: four
 * break-evens), so a report takes a few seconds; it is a document, asked for rarely.
 */
reportRoutes.get('/:id{[0-9]{1,15}}/report', async (c) => {
  const id = routeId(c)
  // Both computations in the compute pool: other people's pages are answered meanwhile.
  const found = id === undefined ? undefined : await compareStoredScenarioOffThread(c.var.db, id, undefined, c.req.raw.signal).catch(busyOrThrow)
  if (found === BUSY) return computeBusy(c)
  if (!found) return c.notFound()
  if (!found.ok) return unstaffable(c, found.problems)
  const { comparison, evaluation, model } = found
  const totals = new Map(evaluation.options.map((o) => [o.optionId, o.totals]))
  const cheapest = comparison.cheapestOptionId === undefined ? undefined : totals.get(comparison.cheapestOptionId)
  const gaps = new Map(
    [...gapsOverCheapest(comparison, totals)].map(([optionId, perContact]) => [optionId, { perContact, perResolution: costGap(cheapest!, totals.get(optionId)!, 'per-resolution') }]),
  )
  const flip = await computePool.run({ kind: 'flip', model, rows: comparison.options }, c.req.raw.signal).catch(busyOrThrow)
  if (flip === BUSY) return computeBusy(c)
  const data: ReportData = {
    scenarioId: found.id,
    scenarioName: found.name,
    forecastName: loadForecast(c.var.db, model.scenario.forecastId)?.name,
    preparedOn: new Date().toISOString().slice(0, 10),
    comparison,
    model,
    weeks: evaluation.weeks,
    totals,
    gaps,
    flip,
    findings: reportFindings({ comparison, totals, traits: optionTraits(model), flip }),
  }
  return c.render(<ReportPage data={data} />, { title: `Report: ${found.name}` })
})

function unstaffable(c: Context, problems: string[]) {
  c.status(409)
  return c.render(<RefusalPage title="No report to print" message={`This scenario cannot be staffed as it stands, so there is nothing to report: ${problems.join(' ')}`} />, {
    title: 'No report to print',
  })
}
