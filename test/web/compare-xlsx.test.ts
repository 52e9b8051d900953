/**
 * The comparison as an Excel workbook through HTTP, in-process, on the seeded demo
 * workspace, read back with exceljs: headers, the three sheets, numbers as numbers
 * agreeing with the CSV, invoice lines adding up to the month, a safe file name, 404s.
 */
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { loadScenarioModel } from '../../src/db/scenario-model.ts'
import { renameScenario } from '../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { getOption, updateOption } from '../../src/db/sourcing-options.ts'
import { evaluateModel } from '../../src/domain/evaluation/evaluate-model.ts'
import type { ScenarioEvaluation } from '../../src/domain/evaluation/evaluate-scenario.ts'
import { createApp } from '../../src/web/app.ts'
import { CSV_HEADER } from '../../views/compare/csv.ts'
import { METRICS } from '../../views/compare/view-model.ts'
import { INVOICE_HEADER, METRIC_KINDS, SHEET_NAMES, XLSX_CONTENT_TYPE, cellText, xlsxFilename } from '../../views/compare/xlsx.ts'

function workspace() {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const app = createApp({ db })
  return { db, get: (path: string) => Promise.resolve(app.request(path)) }
}

const csvRows = (text: string): string[][] => parse(text)

async function readWorkbook(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  return wb
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name)
  if (!ws) throw new Error(`no sheet ${name}`)
  return ws
}

/** The sheet's rows as arrays of cell values, column 1 first. */
function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = []
  ws.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value)))
  return rows
}

const w = workspace()
let evaluation: ScenarioEvaluation
let res: Response
let wb: ExcelJS.Workbook

beforeAll(async () => {
  const evaluated = evaluateModel(loadScenarioModel(w.db, 1)!)
  if (!evaluated.ok) throw new Error(evaluated.problems.join())
  evaluation = evaluated.evaluation
  res = await w.get('/scenarios/1/compare.xlsx')
  wb = await readWorkbook(res.clone())
})

describe('GET /scenarios/:id/compare.xlsx', () => {
  it('downloads an xlsx attachment with a safe file name', () => {
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="scenario-1-[a-z0-9-]*comparison\.xlsx"$/)
  })

  it('holds the three sheets, each with a bold, frozen header row', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([SHEET_NAMES.comparison, SHEET_NAMES.monthly, SHEET_NAMES.invoices])
    for (const ws of wb.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true)
      expect(ws.getRow(2).getCell(1).font?.bold ?? false, ws.name).toBe(false)
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 })
    }
  })

  it('has the CSV’s table on the Comparison sheet, numbers as numbers with number formats', async () => {
    const csv = csvRows(await (await w.get('/scenarios/1/compare.csv')).text())
    const rows = rowsOf(sheet(wb, SHEET_NAMES.comparison))
    expect(rows[0]).toEqual(CSV_HEADER)
    expect(rows).toHaveLength(csv.length)
    const ws = sheet(wb, SHEET_NAMES.comparison)
    let numbers = 0
    for (let r = 1; r < csv.length; r++) {
      expect(rows[r]!.slice(1, 4)).toEqual(csv[r]!.slice(1, 4))
      expect(rows[r]![0] ?? '').toBe(csv[r]![0] === '' ? '' : Number(csv[r]![0]))
      for (let col = 4; col < CSV_HEADER.length; col++) {
        const text = csv[r]![col]!
        const value = rows[r]![col]
        if (text === '') {
          expect(value, `${CSV_HEADER[col]} row ${r}`).toBeNull()
          continue
        }
        expect(typeof value, `${CSV_HEADER[col]} row ${r}`).toBe('number')
        expect(value as number).toBeCloseTo(Number(text), 5)
        numbers++
        expect(ws.getRow(r + 1).getCell(col + 1).numFmt, CSV_HEADER[col]).toBeTruthy()
      }
    }
    expect(numbers).toBeGreaterThan(40)
    const fmt = (column: string) => ws.getRow(2).getCell(CSV_HEADER.indexOf(column) + 1).numFmt
    expect(fmt('annual_cost')).toContain('#,##0.00 "USD"')
    expect(fmt('service_level')).toBe('0.0%')
    expect(fmt('paid_hours')).toContain('"h"')
  })

  it('gives every metric column a number format', () => {
    for (const m of METRICS) expect(METRIC_KINDS[m.column], m.column).toBeDefined()
  })

  it('has each option’s cost per month, adding up to the scenario’s month', () => {
    const rows = rowsOf(sheet(wb, SHEET_NAMES.monthly))
    expect(rows[0]).toEqual(['month', ...evaluation.options.map((o) => o.name), 'Whole scenario'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(evaluation.months)
    evaluation.options.forEach((o, i) => {
      for (const m of o.months) {
        const row = rows.find((r) => r[0] === m.month)!
        expect(row[i + 1]).toBe(m.costCents / 100)
      }
    })
    const yearCents = rows.slice(1).reduce((s, r) => s + Math.round((r.at(-1) as number) * 100), 0)
    expect(yearCents).toBe(evaluation.totals.costCents)
  })

  it('lists every invoice line; one option-month’s amounts sum to that month’s total', () => {
    const rows = rowsOf(sheet(wb, SHEET_NAMES.invoices))
    expect(rows[0]).toEqual(INVOICE_HEADER)
    const lines = rows.slice(1)
    expect(lines).toHaveLength(evaluation.options.reduce((s, o) => s + o.months.reduce((t, m) => t + m.lines.length, 0), 0))
    const col = (name: string) => INVOICE_HEADER.indexOf(name)
    for (const o of evaluation.options) {
      const month = o.months.find((m) => m.month === '2026-02')!
      const mine = lines.filter((r) => r[col('option')] === o.name && r[col('month')] === '2026-02')
      expect(mine, o.name).toHaveLength(month.lines.length)
      for (const r of mine) expect(typeof r[col('amount')]).toBe('number')
      const cents = mine.reduce((s, r) => s + Math.round((r[col('amount')] as number) * 100), 0)
      expect(cents, o.name).toBe(month.totalCents)
      expect(mine.every((r) => r[col('currency')] === month.currency)).toBe(true)
    }
  })

  it('is a 404 for a scenario that does not exist or an id that is not one', async () => {
    for (const path of ['/scenarios/999/compare.xlsx', '/scenarios/0/compare.xlsx', '/scenarios/abc/compare.xlsx']) {
      expect((await w.get(path)).status, path).toBe(404)
    }
  })

  it('is linked from the comparison page', async () => {
    expect(await (await w.get('/scenarios/1/compare')).text()).toContain('href="/scenarios/1/compare.xlsx"')
  })
})

describe('typed names', () => {
  it('keeps a hostile option name as plain text and a scenario name out of the file name', async () => {
    const x = workspace()
    const evil = '=HYPERLINK("http://x")\u0007, <b>'
    updateOption(x.db, 3, { ...getOption(x.db, 3)!, name: evil })
    renameScenario(x.db, 1, 'Ünïcode "quoted"\r\n; name/../x')
    const r = await x.get('/scenarios/1/compare.xlsx')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="scenario-1-unicode-quoted-name-x-comparison.xlsx"')
    const book = await readWorkbook(r)
    const names = rowsOf(sheet(book, SHEET_NAMES.comparison)).map((row) => row[1])
    expect(names).toContain(cellText(evil))
    expect(cellText(evil)).toBe('=HYPERLINK("http://x"), <b>')
  })

  it('falls back to the id alone when the name has no letters or digits', () => {
    expect(xlsxFilename(7, '***')).toBe('scenario-7-comparison.xlsx')
    expect(xlsxFilename(7, 'a'.repeat(100))).toBe(`scenario-7-${'a'.repeat(60)}-comparison.xlsx`)
  })
})
