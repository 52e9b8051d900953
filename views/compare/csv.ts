/** The comparison table as CSV: a header row, one row per option and one for the whole scenario, numbers as plain numbers. */
import type { Comparison } from '../../src/domain/evaluation/comparison.ts'
import { METRICS } from './view-model.ts'

export const CSV_HEADER = ['option_id', 'option', 'kind', 'currency', ...METRICS.map((m) => m.column)]

export function comparisonCsv(c: Comparison): string {
  const rows = [...c.options, c.scenario].map((r) => [r.optionId === null ? '' : String(r.optionId), r.name, r.kind, c.currency, ...METRICS.map((m) => plain(m.value(r)))])
  return [CSV_HEADER, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** Up to six decimals, no separators, no exponent for the sizes we print; empty for "no value". */
function plain(n: number): string {
  if (!Number.isFinite(n)) return ''
  return String(Math.round(n * 1e6) / 1e6)
}

/**
 * RFC 4180 quoting; a text cell that a spreadsheet would read as a formula (= + - @,
 * tab, CR) gets a leading apostrophe, since option names are typed by people.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
