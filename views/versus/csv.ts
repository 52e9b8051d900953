/**
 * The versus table as CSV, one row per figure: the whole scenario first, then each
 * option, with A, B, B − A and the change relative to A as plain numbers (shares 0–1,
 * money in currency units). A difference that cannot be taken is empty, with the
 * reason in `note`.
 */
import type { FigureDifference, ScenarioVersus } from '../../src/domain/evaluation/scenario-versus.ts'

export const VERSUS_CSV_HEADER = [
  'scenario_a',
  'scenario_b',
  'scope',
  'option_id',
  'option',
  'in_scenarios',
  'figure',
  'unit',
  'a',
  'b',
  'b_minus_a',
  'relative_change',
  'note',
] as const

export function versusCsv(v: ScenarioVersus): string {
  const ca = v.a.comparison.currency
  const cb = v.b.comparison.currency
  const unit = (f: FigureDifference) => (f.unit === 'money' ? (ca === cb ? ca : `${ca}|${cb}`) : f.unit)
  const line = (scope: string, optionId: string, option: string, presence: string, f: FigureDifference) => [
    v.a.name,
    v.b.name,
    scope,
    optionId,
    option,
    presence,
    f.key,
    unit(f),
    plain(f.a),
    plain(f.b),
    plain(f.difference),
    plain(f.relativeChange),
    f.unavailable ?? '',
  ]
  const rows = [
    ...v.whole.map((f) => line('scenario', '', 'Whole scenario', 'both', f)),
    ...v.options.flatMap((o) => o.figures.map((f) => line('option', String(o.optionId), o.name, o.presence, f))),
  ]
  return [[...VERSUS_CSV_HEADER], ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** Up to six decimals, no separators; empty for "no value". */
function plain(n: number): string {
  if (!Number.isFinite(n)) return ''
  return String(Math.round(n * 1e6) / 1e6)
}

/**
 * RFC 4180 quoting; text a spreadsheet would read as a formula (= + - @, tab, CR)
 * gets a leading apostrophe, since scenario and option names are typed by people.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
