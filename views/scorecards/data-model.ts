/** Stored KPI values → the data tab's tables: how many values each option has per period, and one period's values in full (pure). */
import type { Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import { parsePeriod } from '../../src/domain/quality/periods.ts'
import { formatCount } from '../format.ts'
import { commonCurrency } from './comparison-model.ts'
import { formatKpiValue } from './format-kpi.ts'
import { periodLabel, type ObservationRow, type OptionRef } from './observations.ts'

export interface StoredCell {
  text: string
  /** Where the values came from, in words (demo, a file name, the form). */
  detail: string
  demo: boolean
}

export interface StoredView {
  options: { id: number; name: string }[]
  /** Newest first: months, then ISO weeks. */
  periods: { key: string; label: string; cells: StoredCell[] }[]
  /** The period shown in full, and its values per KPI and option. */
  detail: { key: string; label: string; rows: { kpi: string; name: string; cells: StoredCell[] }[] } | undefined
}

const byIndexDescending = (a: string, b: string) => {
  const pa = parsePeriod(a)!
  const pb = parsePeriod(b)!
  return pa.kind === pb.kind ? pb.index - pa.index : pa.kind === 'month' ? -1 : 1
}

function sourcesText(rows: readonly ObservationRow[]): string {
  const names = [...new Set(rows.map((r) => (r.source === 'demo' ? 'demo data' : r.source === 'form' ? 'typed in' : r.source)))]
  return names.join(', ')
}

export function storedView(rows: readonly ObservationRow[], options: readonly OptionRef[], kpis: readonly Kpi[], period: string | undefined, demoSource: string): StoredView {
  const periods = [...new Set(rows.map((r) => r.period))].sort(byIndexDescending)
  const currency = commonCurrency(options)
  const byKey = new Map<string, ObservationRow[]>()
  for (const r of rows) {
    const key = `${r.period}\u0000${r.optionId}`
    byKey.set(key, [...(byKey.get(key) ?? []), r])
  }
  const cell = (list: readonly ObservationRow[] | undefined): StoredCell =>
    list && list.length
      ? { text: `${formatCount(list.length)} ${list.length === 1 ? 'KPI' : 'KPIs'}`, detail: sourcesText(list), demo: list.every((r) => r.source === demoSource) }
      : { text: '—', detail: 'nothing stored', demo: false }
  const shown = period && periods.includes(period) ? period : periods[0]
  const kpiOrder = new Map(kpis.map((k, i) => [k.id, i]))
  const detail = shown
    ? {
        key: shown,
        label: periodLabel(shown),
        // One line per KPI and contact type: a value over voice only sits on its own line, named so.
        rows: [...new Map(rows.filter((r) => r.period === shown).map((r) => [`${r.kpi}\u0000${r.contactType ?? ''}`, { id: r.kpi, type: r.contactType }])).values()]
          .sort((a, b) => (kpiOrder.get(a.id) ?? 999) - (kpiOrder.get(b.id) ?? 999) || (a.type ?? '').localeCompare(b.type ?? ''))
          .map(({ id, type }) => {
            const kpi = kpis.find((k) => k.id === id)
            return {
              kpi: id,
              name: `${kpi?.name ?? id}${type ? ` (${type} contacts)` : ''}`,
              cells: options.map((o): StoredCell => {
                const r = rows.find((x) => x.period === shown && x.optionId === o.id && x.kpi === id && x.contactType === type)
                if (!r) return { text: '—', detail: 'nothing stored', demo: false }
                const value = kpi ? formatKpiValue(kpi, r.value, currency) : String(r.value)
                const n = r.sampleSize !== undefined ? ` (n ${formatCount(r.sampleSize)})` : ''
                return { text: `${value}${n}`, detail: `${sourcesText([r])}${r.sd !== undefined ? `; sd ${r.sd}` : ''}`, demo: r.source === demoSource }
              }),
            }
          }),
      }
    : undefined
  return {
    options: options.map((o) => ({ id: o.id, name: o.name })),
    periods: periods.map((p) => ({ key: p, label: periodLabel(p), cells: options.map((o) => cell(byKey.get(`${p}\u0000${o.id}`))) })),
    detail,
  }
}
