/**
 * Quality into cost on the compare page: an option with measured FCR and escalation in its
 * KPI data is scored on them (labelled measured, with the period), the rest stay modelled,
 * the quality score sits right under cost per resolution, and the scatter's caption says
 * which option is which.
 */
import { eq } from 'drizzle-orm'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { kpiObservationsTable } from '../../src/db/schema.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { COST_QUALITY_CHART_ID } from '../../views/compare/charts.tsx'
import { COMPARE_TABLE_ID } from '../../views/compare/ids.ts'
import { expectPage } from './helpers.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
// The in-house team (option 1) loses its KPI data: it must fall back to the modelled score.
db.delete(kpiObservationsTable).where(eq(kpiObservationsTable.optionId, 1)).run()

describe('GET /scenarios/:id/compare with KPI data', () => {
  let document: ReturnType<typeof parseHTML>['document']
  let headers: string[]

  beforeAll(async () => {
    const app = createApp({ db })
    document = parseHTML(await expectPage(await app.request('/scenarios/1/compare'))).document
    headers = [...document.querySelectorAll(`#${COMPARE_TABLE_ID} thead th`)].slice(1).map((th) => th.textContent!)
  })

  const qualityCell = (name: RegExp) => {
    const column = headers.findIndex((h) => name.test(h))
    return document.querySelectorAll(`#${COMPARE_TABLE_ID} tr[data-metric="quality_score"] td`)[column]!
  }

  it('labels a partner with KPI data measured, with the months its measures come from', () => {
    expect(qualityCell(/^Onshore partner/).querySelector('.cell-note')!.textContent).toBe('measured, 2026-05 to 2026-10')
    expect(qualityCell(/^Onshore partner/).querySelector('.work-formula')!.textContent).toMatch(/^Measured quality score/)
  })

  it('leaves an option without KPI data modelled', () => {
    expect(qualityCell(/^In-house/).querySelector('.cell-note')!.textContent).toBe('modelled')
    expect(qualityCell(/^In-house/).querySelector('.work-formula')!.textContent).toMatch(/^Modelled quality score/)
  })

  it('puts the quality score right under cost per resolution', () => {
    const metrics = [...document.querySelectorAll(`#${COMPARE_TABLE_ID} tbody tr`)].map((tr) => tr.getAttribute('data-metric'))
    expect(metrics.indexOf('quality_score')).toBe(metrics.indexOf('cost_per_resolution') + 1)
  })

  it('says under the cost-versus-quality chart which options are measured and which modelled', () => {
    const svg = document.querySelector(`svg[aria-labelledby="${COST_QUALITY_CHART_ID}-title ${COST_QUALITY_CHART_ID}-desc"]`)!
    const caption = svg.parentElement!.querySelector('figcaption')!.textContent!
    expect(caption).toMatch(/measured for Onshore partner[^;]*\(2026-05 to 2026-10\)/)
    expect(caption).toMatch(/modelled for In-house, Charlotte/)
    expect(svg.querySelector('g.points title')?.textContent ?? '').toMatch(/modelled quality|measured quality/)
  })
})
