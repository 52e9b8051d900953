/** Reads an activity CSV (option, date, seven activity counts, paid hours) into checked days, naming the line and column of every problem. */
import { parse } from 'csv-parse/sync'
import type { RowError } from '../domain/forecast/forecast-rows.ts'
import type { ActivityDay } from '../domain/quality/activity-points.ts'
import { ACTIVITY_COLUMNS, activityDayFieldsSchema, countsOf, DATE_FIELD, OPTION_FIELD } from '../schemas/activity.ts'
import { optionResolver } from './option-resolver.ts'

/** Twelve months of 250 options, with room to spare; larger files are refused before any row is checked. */
export const MAX_ACTIVITY_ROWS = 100_000
/** A refused file lists this many problems and counts no further. */
export const MAX_ACTIVITY_ERRORS = 50

/** The options a file may name: by id, or by name (case and surrounding spaces ignored). */
export interface NamedOption {
  id: number
  name: string
}

export type ActivityCsvResult = { ok: true; days: ActivityDay[] } | { ok: false; errors: RowError[] }

const HEADER_TEXT = ACTIVITY_COLUMNS.join(',')

/** Parses CSV text into days; any problem refuses the whole file, so nothing is half-imported. */
export function readActivityCsv(text: string, options: readonly NamedOption[]): ActivityCsvResult {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // Stop one row past the limit: a million-row file is refused after reading what the limit allows, not all of it.
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false, max_record_size: 10_000, info: true, to: MAX_ACTIVITY_ROWS + 2 }) as unknown as typeof records
  } catch (error) {
    const e = error as { lines?: number; message: string }
    return { ok: false, errors: [{ line: e.lines ?? 1, column: '', message: cleanCsvMessage(e.message) }] }
  }
  const [first, ...body] = records
  if (!first) return { ok: false, errors: [{ line: 1, column: '', message: `the file is empty; the first line must be the header ${HEADER_TEXT}` }] }
  const columns = first.record.map((h) => h.toLowerCase())
  const headerErrors = checkHeader(columns, first.info.lines)
  if (headerErrors.length) return { ok: false, errors: headerErrors }
  if (body.length === 0) return { ok: false, errors: [{ line: first.info.lines, column: '', message: 'the file has a header but no data rows' }] }
  if (body.length > MAX_ACTIVITY_ROWS) {
    const line = body[MAX_ACTIVITY_ROWS]!.info.lines
    return { ok: false, errors: [{ line, column: '', message: `the file has more than ${MAX_ACTIVITY_ROWS.toLocaleString('en-US')} rows; at most ${MAX_ACTIVITY_ROWS.toLocaleString('en-US')}: split it by month` }] }
  }

  const resolve = optionResolver(options)
  const errors: RowError[] = []
  const fail = (line: number, column: string, message: string) => {
    if (errors.length < MAX_ACTIVITY_ERRORS) errors.push({ line, column, message })
  }
  const days: ActivityDay[] = []
  const seen = new Map<string, number>()
  for (const { record, info } of body) {
    if (errors.length >= MAX_ACTIVITY_ERRORS) break
    const line = info.lines
    const cells = Object.fromEntries(columns.map((c, i) => [c, record[i]]))
    const parsed = activityDayFieldsSchema.safeParse(cells)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(line, String(issue.path[0] ?? ''), `${quoted(cells[String(issue.path[0])])}${issue.message}`)
    }
    const option = resolve(String(cells[OPTION_FIELD] ?? '').trim())
    if (typeof option === 'string') {
      if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === OPTION_FIELD)) continue
      fail(line, OPTION_FIELD, option)
      continue
    }
    if (!parsed.success) continue
    const key = `${option.id}|${parsed.data.date}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      fail(line, DATE_FIELD, `${option.name} on ${parsed.data.date} is already on line ${earlier}; a file gives each option one row per day`)
      continue
    }
    seen.set(key, line)
    days.push({ optionId: option.id, date: parsed.data.date, paidHours: parsed.data.paid_hours, ...countsOf(parsed.data) })
  }
  return errors.length ? { ok: false, errors } : { ok: true, days }
}

function checkHeader(columns: string[], line: number): RowError[] {
  const errors: RowError[] = []
  const known = ACTIVITY_COLUMNS as readonly string[]
  for (const c of columns) if (!known.includes(c)) errors.push({ line, column: c, message: `unknown column '${c}' (the header is ${HEADER_TEXT})` })
  for (const c of known) if (!columns.includes(c)) errors.push({ line, column: c, message: `missing column '${c}'` })
  columns.forEach((c, i) => {
    if (columns.indexOf(c) !== i) errors.push({ line, column: c, message: `column '${c}' appears twice` })
  })
  if (errors.length && columns.some((c) => /^\d/.test(c) || c === '')) {
    errors.unshift({ line, column: '', message: `the first line must be the header ${HEADER_TEXT}` })
  }
  return errors
}

/** The offending cell in quotes before the message, cut short: errors show what was read. */
function quoted(cell: unknown): string {
  if (typeof cell !== 'string' || cell.trim() === '') return ''
  const text = cell.length > 40 ? `${cell.slice(0, 39)}…` : cell
  return `'${text}' `
}

function cleanCsvMessage(message: string): string {
  const length = /expect (\d+), got (\d+)/.exec(message)
  if (length) return `the row has ${length[2]} cells; the header has ${length[1]}`
  if (message.startsWith('Quote Not Closed')) return 'a quoted field is never closed (a " without its closing ")'
  // The parser's own words for a huge field or a stray quote name bytes and delimiters; say what to fix instead.
  if (message.startsWith('Max Record Size')) return 'a line is longer than 10,000 characters: is this the right file?'
  if (message.startsWith('Invalid Closing Quote')) return 'text follows a closing quote in the same field (inside quotes, write a quote as "")'
  return message.replace(/^Invalid Record Length: /, '').replace(/^Invalid Opening Quote: /, 'a quote in the middle of a field: ')
}
