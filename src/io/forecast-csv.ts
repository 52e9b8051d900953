/** Reads a forecast CSV (start, channel, volume, optional aht_s) into checked rows, naming the line of every problem. */
import { parse } from 'csv-parse/sync'
import { forecastFromRows, type ForecastFromRows, type ForecastRow } from '../domain/forecast/forecast-rows.ts'

const REQUIRED = ['start', 'channel', 'volume'] as const
const OPTIONAL = ['aht_s'] as const
/** A year of 15-minute intervals for 12 channels, with room to spare. */
export const MAX_FORECAST_ROWS = 450_000

/** Parses CSV text and assembles the forecast; nothing is half-read: any error fails the whole file. */
export function readForecastCsv(text: string): ForecastFromRows {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // Blank lines and quoted line breaks shift record numbers away from file lines; only
    // then ask the parser for each record's line (it halves its speed).
    const simple = !text.includes('"') && !/(^|\n)[ \t]*\r?\n/.test(text)
    // Stop one row past the limit: a million-row file is refused after reading what the limit allows, not all of it.
    const options = { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false, max_record_size: 10_000, to: MAX_FORECAST_ROWS + 2 }
    records = simple
      ? (parse(text, options) as string[][]).map((record, k) => ({ record, info: { lines: k + 1 } }))
      : (parse(text, { ...options, info: true }) as unknown as typeof records)
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string }
    // The parser reports an unclosed quote at the end of the file; the person needs the line it opened on.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? (unclosedQuoteLine(text) ?? e.lines ?? 1) : (e.lines ?? 1)
    return { ok: false, errors: [{ line, column: '', message: cleanCsvMessage(e.message) }] }
  }
  const [first, ...body] = records
  const header = first?.record
  if (!header) return { ok: false, errors: [{ line: 1, column: '', message: 'the file is empty; the first line must be a header: start,channel,volume,aht_s' }] }
  const columns = header.map((h) => h.toLowerCase())
  const errors = []
  for (const c of columns) {
    if (!(REQUIRED as readonly string[]).includes(c) && !(OPTIONAL as readonly string[]).includes(c)) {
      errors.push({ line: 1, column: c, message: `unknown column '${c}' (expected start, channel, volume and optionally aht_s)` })
    }
  }
  for (const c of REQUIRED) if (!columns.includes(c)) errors.push({ line: 1, column: c, message: `missing column '${c}'` })
  columns.forEach((c, i) => {
    if (columns.indexOf(c) !== i) errors.push({ line: 1, column: c, message: `column '${c}' appears twice` })
  })
  if (errors.length) return { ok: false, errors }
  if (body.length > MAX_FORECAST_ROWS) {
    return { ok: false, errors: [{ line: MAX_FORECAST_ROWS + 2, column: '', message: `the file has more than ${MAX_FORECAST_ROWS.toLocaleString('en-US')} rows, the most one import takes; split it into shorter spans` }] }
  }
  const at = (name: string) => columns.indexOf(name)
  const [iStart, iChannel, iVolume, iAht] = [at('start'), at('channel'), at('volume'), at('aht_s')]
  const rows: ForecastRow[] = body.map(({ record: r, info }) => ({
    line: info.lines,
    start: r[iStart]!,
    channel: r[iChannel]!,
    volume: r[iVolume]!,
    ahtSeconds: iAht >= 0 ? r[iAht] : undefined,
  }))
  return forecastFromRows(rows)
}

/** The line on which a quoted field opens and never closes, by tracking quote parity line by line. */
function unclosedQuoteLine(text: string): number | undefined {
  let open: number | undefined
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    for (const ch of line) if (ch === '"') open = open === undefined ? i + 1 : undefined
  })
  return open
}

function cleanCsvMessage(message: string): string {
  if (message.startsWith('Quote Not Closed')) return 'a quoted field is never closed (a " without its closing ")'
  // The parser's own words for a huge field or a stray quote name bytes and delimiters; say what to fix instead.
  if (message.startsWith('Max Record Size')) return 'a line is longer than 10,000 characters: is this the right file?'
  if (message.startsWith('Invalid Closing Quote')) return 'text follows a closing quote in the same field (inside quotes, write a quote as "")'
  return message.replace(/^Invalid Record Length: /, '').replace(/^Invalid Opening Quote: /, 'a quote in the middle of a field: ')
}
