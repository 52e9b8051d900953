/**
 * The comparison as an Excel workbook: the CSV's table ("Comparison"), each option's
 * cost per month ("Monthly cost") and every option's every invoice line ("Invoices").
 * Numbers stay numbers, with number formats for money, percentages and hours; every
 * sheet has a bold, frozen header row. Pure apart from exceljs: data in, bytes out.
 */
import ExcelJS from 'exceljs'
import type { Comparison } from '../../src/domain/evaluation/comparison.ts'
import type { ScenarioEvaluation } from '../../src/domain/evaluation/evaluate-scenario.ts'
import { CSV_HEADER } from './csv.ts'
import { METRICS } from './view-model.ts'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const SHEET_NAMES = { comparison: 'Comparison', monthly: 'Monthly cost', invoices: 'Invoices' } as const
export const INVOICE_HEADER = ['option', 'month', 'line', 'quantity', 'unit', 'rate', 'amount', 'currency', 'note']

type Kind = 'money' | 'percent' | 'hours' | 'fte' | 'score'

/** How each metric column is shown; a column missing here would fall back to Excel's General. */
export const METRIC_KINDS: Readonly<Record<string, Kind>> = {
  annual_cost: 'money',
  cost_per_contact: 'money',
  cost_per_resolution: 'money',
  fte: 'fte',
  paid_hours: 'hours',
  idle_paid_hours: 'hours',
  service_level: 'percent',
  service_level_p10: 'percent',
  service_level_p90: 'percent',
  annual_cost_p10: 'money',
  annual_cost_p50: 'money',
  annual_cost_p90: 'money',
  miss_probability_highest_month: 'percent',
  miss_probability_average: 'percent',
  expected_sla_credits: 'money',
  quality_score: 'score',
  cost_per_contact_vs_cheapest: 'money',
}

const QUANTITY_FORMAT = '#,##0.00'
const RATE_FORMAT = '#,##0.00##'
const AMOUNT_FORMAT = '#,##0.00;-#,##0.00'

/** A money format naming the currency when it is a plain ISO code (anything else is left out rather than quoted into the format). */
function moneyFormat(currency: string): string {
  const code = /^[A-Z]{3}$/.test(currency) ? ` "${currency}"` : ''
  return `#,##0.00${code};-#,##0.00${code}`
}

function numberFormat(kind: Kind | undefined, currency: string): string | undefined {
  switch (kind) {
    case 'money':
      return moneyFormat(currency)
    case 'percent':
      return '0.0%'
    case 'hours':
      return '#,##0.0 "h"'
    case 'fte':
    case 'score':
      return '#,##0.0'
    default:
      return undefined
  }
}

/** A number cell's value: NaN and infinities become an empty cell, as in the CSV. */
const num = (n: number | null): number | null => (n !== null && Number.isFinite(n) ? n : null)

/** Text as XML 1.0 can carry it: control characters other than tab and line breaks, and lone surrogates, are dropped (names are typed by people). */
export function cellText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
}

function header(ws: ExcelJS.Worksheet, names: readonly string[], widths: readonly number[]): void {
  ws.columns = names.map((name, i) => ({ header: cellText(name), width: widths[i] ?? 14 }))
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }]
}

export interface ComparisonWorkbookInput {
  scenarioName: string
  comparison: Comparison
  evaluation: ScenarioEvaluation
}

/**
 * Builds the workbook. O(options × months × lines).
 * @example const bytes = await comparisonWorkbook({ scenarioName, comparison, evaluation })
 */
export async function comparisonWorkbook({ scenarioName, comparison: c, evaluation }: ComparisonWorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Shoreline'
  wb.title = cellText(`Compare: ${scenarioName}`)

  // Comparison: the CSV's header and rows, numbers as numbers.
  const cmp = wb.addWorksheet(SHEET_NAMES.comparison)
  header(cmp, CSV_HEADER, [10, 28, 10, 9, ...METRICS.map(() => 16)])
  for (const r of [...c.options, c.scenario]) {
    cmp.addRow([r.optionId, cellText(r.name), r.kind, c.currency, ...METRICS.map((m) => num(m.value(r)))])
  }
  METRICS.forEach((m, i) => {
    const fmt = numberFormat(METRIC_KINDS[m.column], c.currency)
    if (fmt) cmp.getColumn(5 + i).numFmt = fmt
  })

  // Monthly cost: one row per month, one column per option and the whole scenario, scenario currency.
  const monthly = wb.addWorksheet(SHEET_NAMES.monthly)
  header(monthly, ['month', ...c.options.map((o) => o.name), c.scenario.name], [10, ...c.options.map(() => 18), 18])
  const cents = new Map(c.monthlyCost.map((m) => [`${m.optionId}\u0000${m.month}`, m.costCents]))
  for (const month of c.months) {
    const row = c.options.map((o) => cents.get(`${o.optionId}\u0000${month}`) ?? null)
    const total = row.reduce<number>((s, x) => s + (x ?? 0), 0)
    monthly.addRow([month, ...row.map((x) => (x === null ? null : x / 100)), total / 100])
  }
  for (let col = 2; col <= c.options.length + 2; col++) monthly.getColumn(col).numFmt = moneyFormat(c.currency)

  // Invoices: every line of every option's every month, in the invoice's own currency.
  const inv = wb.addWorksheet(SHEET_NAMES.invoices)
  header(inv, INVOICE_HEADER, [24, 10, 44, 12, 16, 12, 14, 9, 60])
  for (const o of evaluation.options) {
    for (const m of o.months) {
      for (const l of m.lines) {
        inv.addRow([cellText(o.name), m.month, cellText(l.description), num(l.quantity), cellText(l.unit), num(l.rate), l.amountCents / 100, m.currency, cellText(l.note ?? '')])
      }
    }
  }
  inv.getColumn(4).numFmt = QUANTITY_FORMAT
  inv.getColumn(6).numFmt = RATE_FORMAT
  inv.getColumn(7).numFmt = AMOUNT_FORMAT

  // Last, so the columns' number formats cannot share a style object with the bold header.
  for (const ws of [cmp, monthly, inv]) ws.getRow(1).font = { bold: true }

  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/**
 * The download's file name: ASCII letters, digits and dashes only, so it needs no
 * quoting or encoding in Content-Disposition.
 * @example xlsxFilename(1, 'Demo year: 2026 / Q1') // "scenario-1-demo-year-2026-q1-comparison.xlsx"
 */
export function xlsxFilename(id: number, scenarioName: string): string {
  const slug = scenarioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
  return slug ? `scenario-${id}-${slug}-comparison.xlsx` : `scenario-${id}-comparison.xlsx`
}
