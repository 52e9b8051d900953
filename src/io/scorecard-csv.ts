/** Reads a scorecard CSV (partner, period, kpi, value, optional sample_size, sd and contact_type) into checked rows, naming the line and column of every problem. */
import { parse } from 'csv-parse/sync'
import type { ScorecardRow } from '../domain/quality/scorecard-row.ts'
import { checkScorecardRows, CSV_COLUMN, MAX_SCORECARD_ROWS, type KpiLookup } from '../schemas/scorecard.ts'

const REQUIRED = ['partner', 'period', 'kpi', 'value'] as const
const OPTIONAL = ['sample_size', 'sd', 'contact_type'] as const
const HEADER = [...REQUIRED, ...OPTIONAL].join(',')

/** A problem with the file, located so a person can fix it: the file line (1 is the header) and the column's name. */
export interface CsvError {
  line: number
  column: string
  message: string
}

/** `lines[i]` is the file line of `rows[i]`, for checks made after reading (which option a partner names). */
export type ScorecardCsvResult = { ok: true; rows: ScorecardRow[]; lines: number[] } | { ok: false; errors: CsvError[] }

/**
 * Parses the CSV text. The first line must be the header (any column order, any case);
 * values are in the KPI's unit, proportions as shares 0–1 (0.82, not 82 or 82 %). Blank
 * lines are skipped and lines are counted as in the file. Any error fails the whole file:
 * the result is either every row or only the errors.
 */
export function readScorecardCsv(text: string, kpis?: { lookup: KpiLookup; ids: readonly string[] }): ScorecardCsvResult {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // Stop one row past the limit: a million-row file is refused after reading what the limit allows, not all of it.
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false, max_record_size: 10_000, info: true, to: MAX_SCORECARD_ROWS + 2 }) as unknown as typeof records
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string }
    // The parser reports an unclosed quote at the end of the file; the person needs the line it opened on.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? (unclosedQuoteLine(text) ?? e.lines ?? 1) : (e.lines ?? 1)
    return { ok: false, errors: [{ line, column: '', message: cleanCsvMessage(e.message) }] }
  }
  const [first, ...body] = records
  if (!first) return { ok: false, errors: [{ line: 1, column: '', message: `the file is empty; the first line must be a header: ${HEADER}` }] }
  const columns = first.record.map((h) => h.toLowerCase())
  const errors: CsvError[] = []
  const known = (c: string) => (REQUIRED as readonly string[]).includes(c) || (OPTIONAL as readonly string[]).includes(c)
  if (!columns.some(known)) {
    return { ok: false, errors: [{ line: first.info.lines, column: first.record[0] ?? '', message: `the first line must be a header: ${HEADER} (sample_size, sd and contact_type optional); it reads '${first.record.join(',')}'` }] }
  }
  for (const c of columns) if (!known(c)) errors.push({ line: first.info.lines, column: c, message: `unknown column '${c}' (expected ${HEADER})` })
  for (const c of REQUIRED) if (!columns.includes(c)) errors.push({ line: first.info.lines, column: c, message: `missing column '${c}'` })
  columns.forEach((c, i) => {
    if (columns.indexOf(c) !== i) errors.push({ line: first.info.lines, column: c, message: `column '${c}' appears twice` })
  })
  if (errors.length) return { ok: false, errors }
  if (body.length === 0) return { ok: false, errors: [{ line: first.info.lines + 1, column: '', message: 'the file has a header but no data rows' }] }
  if (body.length > MAX_SCORECARD_ROWS) {
    return { ok: false, errors: [{ line: body[MAX_SCORECARD_ROWS]!.info.lines, column: '', message: `the file has more than ${MAX_SCORECARD_ROWS.toLocaleString('en-US')} data rows; at most ${MAX_SCORECARD_ROWS.toLocaleString('en-US')}` }] }
  }
  const objects = body.map(({ record }) => Object.fromEntries(columns.map((c, i) => [c, record[i]])))
  const lineOf = (index: number) => body[index]?.info.lines ?? first.info.lines + 1
  const checked = checkScorecardRows(objects, (index) => `line ${lineOf(index)}`, kpis)
  if (!checked.ok) return { ok: false, errors: checked.issues.map((i) => ({ line: lineOf(i.index), column: CSV_COLUMN[i.field] ?? i.field, message: i.message })) }
  // All or nothing: with no issue, every record became a row, in order.
  return { ok: true, rows: checked.rows, lines: body.map((b) => b.info.lines) }
}

/** "line 7, column value: …" — the form every entry point prints. */
export function formatCsvError(e: CsvError): string {
  return `line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`
}

/** The line on which a quoted field opens and never closes, by tracking quote parity line by line. */
function unclosedQuoteLine(text: string): number | undefined {
  let open: number | undefined
  text.split('\n').forEach((line, i) => {
    for (const ch of line) if (ch === '"') open = open === undefined ? i + 1 : undefined
  })
  return open
}

function cleanCsvMessage(message: string): string {
  if (message.startsWith('Quote Not Closed')) return 'a quoted field is never closed (a " without its closing ")'
  // The parser's own words for a huge field or a stray quote name bytes and delimiters; say what to fix instead.
  if (message.startsWith('Max Record Size')) return 'a line is longer than 10,000 characters: is this the right file?'
  if (message.startsWith('Invalid Closing Quote')) return 'text follows a closing quote in the same field (inside quotes, write a quote as "")'
  if (message.startsWith('Invalid Record Length')) return message.replace(/^Invalid Record Length: /, 'wrong number of fields: ').replace(/ on line \d+$/, '')
  return message.replace(/^Invalid Opening Quote: /, 'a quote in the middle of a field: ')
}
