/** A scorecard CSV read for storing: every row's partner resolved to a sourcing option (by name, any case, or id), problems by line and column, all or nothing. */
import type { Kpi } from '../domain/quality/kpi-catalogue.ts'
import { readScorecardCsv, type CsvError } from './scorecard-csv.ts'
import { optionResolver } from './option-resolver.ts'

/** A row ready to store: src/db's KpiObservationInput. */
export interface ResolvedKpiRow {
  optionId: number
  period: string
  kpi: string
  value: number
  sampleSize?: number | undefined
  sd?: number | undefined
  contactType?: string | undefined
}

export type ScorecardImportResult = { ok: true; rows: ResolvedKpiRow[] } | { ok: false; errors: CsvError[] }

/**
 * Reads the file (KPIs from the workspace's list, so user-defined KPIs import too), then names
 * each row's option. Two rows for the same option, period and KPI (one by name, one by id, or
 * names in different case) are refused as a repeat, as the CSV check refuses a literal repeat.
 */
export function readScorecardImport(text: string, options: ReadonlyArray<{ id: number; name: string }>, kpis: readonly Kpi[]): ScorecardImportResult {
  const byId = new Map(kpis.map((k) => [k.id, k]))
  const read = readScorecardCsv(text, { lookup: (id) => byId.get(id), ids: kpis.map((k) => k.id) })
  if (!read.ok) return read
  const resolve = optionResolver(options)
  const errors: CsvError[] = []
  const rows: ResolvedKpiRow[] = []
  const firstLine = new Map<string, number>()
  read.rows.forEach((r, i) => {
    const line = read.lines[i]!
    const option = resolve(r.partner)
    if (typeof option === 'string') return void errors.push({ line, column: 'partner', message: option })
    const key = `${option.id}\u0000${r.period}\u0000${r.kpi}\u0000${r.contactType ?? ''}`
    const earlier = firstLine.get(key)
    if (earlier !== undefined) return void errors.push({ line, column: 'kpi', message: `repeats line ${earlier}: ${option.name} already has ${r.kpi}${r.contactType ? ` over ${r.contactType} contacts` : ''} for ${r.period}` })
    firstLine.set(key, line)
    rows.push({ optionId: option.id, period: r.period, kpi: r.kpi, value: r.value, sampleSize: r.sampleSize, sd: r.sd, ...(r.contactType ? { contactType: r.contactType } : {}) })
  })
  return errors.length ? { ok: false, errors: errors.slice(0, 50) } : { ok: true, rows }
}

