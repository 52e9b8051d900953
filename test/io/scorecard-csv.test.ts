import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatCsvError, readScorecardCsv, type CsvError } from '../../src/io/scorecard-csv.ts'

const csv = (...lines: string[]) => lines.map((l) => `${l}\n`).join('')
const HEADER = 'partner,period,kpi,value,sample_size'

/** The errors of a file that must be refused, as printed. */
function errorsOf(text: string): string[] {
  const r = readScorecardCsv(text)
  expect(r.ok).toBe(false)
  return r.ok ? [] : r.errors.map(formatCsvError)
}
const firstError = (text: string): CsvError => {
  const r = readScorecardCsv(text)
  if (r.ok) throw new Error('expected errors')
  return r.errors[0]!
}

describe('readScorecardCsv: good files', () => {
  it('reads the example file shipped in data/examples', () => {
    const r = readScorecardCsv(readFileSync(new URL('../../data/examples/scorecard-example.csv', import.meta.url), 'utf8'))
    expect(r.ok && r.rows.length).toBe(108)
  })

  it('reads values in the KPI’s unit, sample sizes and sds, with optional cells left blank', () => {
    const r = readScorecardCsv(csv('partner,period,kpi,value,sample_size,sd', 'Dallas,2026-01,csat,0.82,400,', 'Dallas,2026-01,aht,372.5,2000,150', 'Dallas,2026-01,schedule-adherence,0.91,,'))
    expect(r.ok && r.rows).toEqual([
      { partner: 'Dallas', period: '2026-01', kpi: 'csat', value: 0.82, sampleSize: 400, sd: undefined },
      { partner: 'Dallas', period: '2026-01', kpi: 'aht', value: 372.5, sampleSize: 2000, sd: 150 },
      { partner: 'Dallas', period: '2026-01', kpi: 'schedule-adherence', value: 0.91, sampleSize: undefined, sd: undefined },
    ])
  })

  it('takes columns in any order and case, KPI ids in any case, a BOM, CRLF line ends, quoted names and ISO weeks', () => {
    const r = readScorecardCsv('\uFEFFKPI,Value,Partner,Period\r\nFCR,0.7,"Manila, PH",2026-w09\r\n')
    expect(r.ok && r.rows[0]).toMatchObject({ partner: 'Manila, PH', period: '2026-W09', kpi: 'fcr', value: 0.7 })
  })
})

describe('readScorecardCsv: the optional contact_type column', () => {
  it('reads one value per contact type, lower-cased; a blank cell means all contacts', () => {
    const r = readScorecardCsv(csv('partner,period,kpi,value,sample_size,contact_type', 'Dallas,2026-01,fcr,0.7,900,Voice', 'Dallas,2026-01,fcr,0.8,300,chat', 'Dallas,2026-01,csat,0.82,400,'))
    expect(r.ok && r.rows.map((x) => x.contactType)).toEqual(['voice', 'chat', undefined])
  })

  it('refuses a contact type that is not a word, naming the line and the column', () => {
    expect(errorsOf(csv('partner,period,kpi,value,contact_type', 'Dallas,2026-01,fcr,0.7,voice calls'))[0]).toMatch(/^line 2, column contact_type: 'voice calls' is not a contact type/)
  })

  it('refuses the same partner, period, KPI and contact type twice, but not two contact types', () => {
    expect(errorsOf(csv('partner,period,kpi,value,contact_type', 'Dallas,2026-01,fcr,0.7,voice', 'Dallas,2026-01,fcr,0.8,chat', 'Dallas,2026-01,fcr,0.75,voice'))).toEqual([
      "line 4, column contact_type: repeats line 2: 'Dallas' already has fcr over voice contacts for 2026-01",
    ])
  })
})

describe('readScorecardCsv: broken files name the line and the column', () => {
  it('an empty file', () => {
    expect(errorsOf('')).toEqual(['line 1: the file is empty; the first line must be a header: partner,period,kpi,value,sample_size,sd,contact_type'])
  })

  it('a missing header', () => {
    const e = firstError(csv('Dallas,2026-01,csat,0.82'))
    expect([e.line, e.column]).toEqual([1, 'Dallas'])
    expect(e.message).toMatch(/the first line must be a header: partner,period,kpi,value/)
  })

  it('a header without a required column, or with an unknown one', () => {
    expect(errorsOf(csv('partner,period,value', 'A,2026-01,0.8'))).toEqual(["line 1, column kpi: missing column 'kpi'"])
    expect(errorsOf(csv('partner,period,kpi,value,n', 'A,2026-01,csat,0.8,4'))[0]).toMatch(/^line 1, column n: unknown column 'n'/)
  })

  it('a header and nothing else', () => {
    expect(errorsOf(csv(HEADER))).toEqual(['line 2: the file has a header but no data rows'])
  })

  it('an unknown KPI', () => {
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,0.8,100', 'A,2026-01,happiness,0.8,100'))[0]).toMatch(/^line 3, column kpi: 'happiness' is not a KPI of the catalogue; known ids: first-response-time, /)
  })

  it('a bad number', () => {
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,high,100'))).toEqual(['line 2, column value: must be a number'])
  })

  it('a negative sample size, and a fractional one', () => {
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,0.8,-3', 'A,2026-02,csat,0.8,2.5'))).toEqual(['line 2, column sample_size: must be at least 0', 'line 3, column sample_size: must be a whole number'])
  })

  it('a duplicated partner, period and KPI, naming the first line too', () => {
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,0.8,100', 'B,2026-01,csat,0.7,100', '', 'A,2026-01,csat,0.9,50'))).toEqual(["line 5, column kpi: repeats line 2: 'A' already has csat for 2026-01"])
  })

  it('a percentage where a share belongs, with the fix', () => {
    expect(errorsOf(csv(HEADER, 'A,2026-01,fcr,74,100'))[0]).toBe("line 2, column value: 74 is outside fcr's range, 0 to 1 (share (0–1)); proportions are shares: if 74 is a percentage, write 0.74")
  })

  it('a period that is neither a month nor an ISO week, and a file mixing both', () => {
    expect(errorsOf(csv(HEADER, 'A,March 2026,csat,0.8,100'))[0]).toMatch(/^line 2, column period: 'March 2026' is not a period: write a month as 2026-03 or an ISO week as 2026-W09/)
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,0.8,100', 'A,2026-W05,csat,0.8,100'))[0]).toMatch(/^line 3, column period: is a week, but line 2 is a month/)
  })

  it('an empty partner and a blank value', () => {
    expect(errorsOf(csv(HEADER, ',2026-01,csat,,100'))).toEqual(['line 2, column partner: is required', 'line 2, column value: is required'])
  })

  it('an sd on a KPI that is not a mean', () => {
    expect(errorsOf(csv('partner,period,kpi,value,sample_size,sd', 'A,2026-01,csat,0.8,100,0.1'))[0]).toMatch(/^line 2, column sd: only mean KPIs take an sd/)
  })

  it('a row with too many fields, and a quote never closed', () => {
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,0.8,100', 'A,2026-02,csat,0.8,100,7'))[0]).toMatch(/^line 3: wrong number of fields/)
    expect(errorsOf(csv(HEADER, 'A,2026-01,csat,0.8,100', '"B,2026-02,csat,0.8,100', 'C,2026-02,csat,0.8,100'))[0]).toMatch(/^line 3: a quoted field is never closed/)
  })

  it('gives no rows at all when any line is bad (all or nothing)', () => {
    const r = readScorecardCsv(csv(HEADER, 'A,2026-01,csat,0.8,100', 'A,2026-02,csat,x,100'))
    expect(r).toEqual({ ok: false, errors: [{ line: 3, column: 'value', message: 'must be a number' }] })
  })
})
