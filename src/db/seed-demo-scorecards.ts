/** Loads the demo's scorecard KPIs (data/demo/scorecards.json, demo data made by data/demo/make-scorecards.ts) for the demo's options. */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db } from './client.ts'
import { importKpiObservations, type KpiObservationInput } from './kpi-observations.ts'

const FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/demo/scorecards.json')
/** The source stored with every demo value: the scorecard pages show a demo-data label while any remain. */
export const DEMO_SCORECARD_SOURCE = 'demo'

interface DemoScorecards {
  columns: string[]
  options: { key: string; rows: [string, string, number, number | null, number | null, string?][] }[]
}

/** The demo file's values for the options the demo created (demo key → option id). */
export function demoKpiObservations(optionIds: ReadonlyMap<string, number>): KpiObservationInput[] {
  const demo = JSON.parse(readFileSync(FILE, 'utf8')) as DemoScorecards
  // contact_type came later; a file without it (all contacts) still reads.
  if (!['period,kpi,value,sample_size,sd', 'period,kpi,value,sample_size,sd,contact_type'].includes(demo.columns.join(','))) throw new Error('data/demo/scorecards.json: unexpected columns')
  return demo.options.flatMap((o) => {
    const optionId = optionIds.get(o.key)
    if (optionId === undefined) return []
    return o.rows.map(([period, kpi, value, sampleSize, sd, contactType]) => ({ optionId, period, kpi, value, sampleSize: sampleSize ?? undefined, sd: sd ?? undefined, contactType }))
  })
}

/** Stores the demo's scorecard values, marked as demo data. */
export function seedDemoScorecards(db: Db, optionIds: ReadonlyMap<string, number>): number {
  const rows = demoKpiObservations(optionIds)
  importKpiObservations(db, rows, DEMO_SCORECARD_SOURCE)
  return rows.length
}
