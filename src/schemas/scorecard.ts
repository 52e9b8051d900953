/** Scorecard input checked at the edge (CSV, JSON API, CLI): KPI rows, weights, targets and alpha, with one set of messages. */
import { z } from 'zod'
import { kpiById, KPI_CATALOGUE, KPI_IDS, type Kpi } from '../domain/quality/kpi-catalogue.ts'
import { parsePeriod } from '../domain/quality/periods.ts'
import type { ScorecardRow } from '../domain/quality/scorecard-row.ts'
import { weightProblems } from '../domain/quality/weighted-scorecard.ts'
import { numberField, optionalNumberField } from './fields.ts'

/** A year of weekly rows for 30 KPIs and 60 partners fits with room to spare; more is a mistake or an attack. */
export const MAX_SCORECARD_ROWS = 100_000
export const MAX_PARTNER_NAME = 80
/** Where more errors than this exist, the first ones are enough to start fixing the file. */
export const MAX_ROW_ERRORS = 50

const MEAN_KPIS = KPI_CATALOGUE.filter((k) => k.kind === 'mean').map((k) => k.id)

/** Text that must be present: absent, null and blank say "is required". */
const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'is required')
    .max(max, `is longer than ${max} characters`)

/** Finds a KPI by id: the catalogue's by default; a workspace passes one that also knows its user-defined KPIs. */
export type KpiLookup = (id: string) => Kpi | undefined

/** The row schema for a set of known KPIs (`ids` lists them in messages). */
function rowSchemaFor(lookup: KpiLookup, ids: readonly string[]) {
  return z.object({
    partner: requiredText(MAX_PARTNER_NAME),
    period: requiredText(20).refine((p) => parsePeriod(p) !== undefined, {
      error: (issue) => `'${String(issue.input)}' is not a period: write a month as 2026-03 or an ISO week as 2026-W09`,
    }),
    kpi: requiredText(60)
      .toLowerCase()
      .refine((id) => lookup(id) !== undefined, {
        error: (issue) => `'${String(issue.input)}' is not a KPI of the catalogue; known ids: ${ids.join(', ')}`,
      }),
    value: numberField({ min: -1e15, max: 1e15 }),
    sampleSize: optionalNumberField({ min: 0, max: 1e9, integer: true }),
    sd: optionalNumberField({ min: 0, max: 1e15 }),
    contactType: contactTypeField,
  })
}

/** A contact type: a short lower-case word ('voice', 'chat', 'email', 'back-office'); blank or absent = all contacts. */
const contactTypeField = z
  .union([z.string(), z.null(), z.undefined()], { error: 'must be text, such as voice or chat' })
  .transform((s) => (typeof s === 'string' ? s.trim().toLowerCase() : ''))
  .refine((s) => s === '' || /^[a-z][a-z0-9_-]{0,39}$/.test(s), {
    error: (issue) => `'${String(issue.input)}' is not a contact type: a word such as voice, chat or email (letters, digits, - and _, up to 40), or blank for all contacts`,
  })
  .transform((s) => s || undefined)

/** One row as it arrives: the CSV's columns, or a JSON object (sampleSize or sample_size, contactType or contact_type). */
export const scorecardRowSchema = rowSchemaFor(kpiById, KPI_IDS)

/** A row problem: the row's index in the input (0-based), the field, and what is wrong. */
export interface RowIssue {
  index: number
  field: string
  message: string
}

/** Field names as the CSV calls them. */
export const CSV_COLUMN: Record<string, string> = { partner: 'partner', period: 'period', kpi: 'kpi', value: 'value', sampleSize: 'sample_size', sd: 'sd', contactType: 'contact_type' }

/**
 * Checks rows one by one (fields, the value inside the KPI's scale, sd only on mean KPIs),
 * then across rows (one kind of period; no partner, period, KPI and contact type twice). `where(i)` names
 * a row in messages that point at another row ("line 4", "rows.3"). All or nothing:
 * rows come back only when there is no issue.
 */
export function checkScorecardRows(
  input: readonly unknown[],
  where: (index: number) => string,
  known: { lookup: KpiLookup; ids: readonly string[] } = { lookup: kpiById, ids: KPI_IDS },
): { ok: true; rows: ScorecardRow[] } | { ok: false; issues: RowIssue[] } {
  const schema = known.lookup === kpiById ? scorecardRowSchema : rowSchemaFor(known.lookup, known.ids)
  const issues: RowIssue[] = []
  const add = (index: number, field: string, message: string) => {
    if (issues.length < MAX_ROW_ERRORS) issues.push({ index, field, message })
  }
  if (input.length === 0) return { ok: false, issues: [{ index: 0, field: 'rows', message: 'there are no data rows' }] }
  if (input.length > MAX_SCORECARD_ROWS) {
    return { ok: false, issues: [{ index: MAX_SCORECARD_ROWS, field: 'rows', message: `there are ${input.length.toLocaleString('en-US')} rows; at most ${MAX_SCORECARD_ROWS.toLocaleString('en-US')}` }] }
  }
  const rows: ScorecardRow[] = []
  const firstOf = new Map<string, number>()
  let periodKind: { kind: 'month' | 'week'; index: number } | undefined
  input.forEach((raw, index) => {
    const object = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined
    if (!object) return add(index, 'row', 'must be an object with partner, period, kpi and value')
    const parsed = schema.safeParse({ ...object, sampleSize: object.sampleSize ?? object.sample_size, contactType: object.contactType ?? object.contact_type })
    if (!parsed.success) {
      const seen = new Set<string>()
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'row')
        if (!seen.has(field)) add(index, field, issue.message)
        seen.add(field)
      }
      return
    }
    const row = parsed.data
    const kpi = known.lookup(row.kpi)!
    const period = parsePeriod(row.period)!
    if (row.value < kpi.min || row.value > kpi.max) {
      const hint = kpi.kind === 'proportion' && row.value > 1 && row.value <= 100 ? `; proportions are shares: if ${row.value} is a percentage, write ${row.value / 100}` : ''
      return add(index, 'value', `${row.value} is outside ${kpi.id}'s range, ${scale(kpi.min, kpi.max)} (${kpi.unit})${hint}`)
    }
    if (row.sd !== undefined && kpi.kind !== 'mean') return add(index, 'sd', `only mean KPIs take an sd (${MEAN_KPIS.join(', ')}); ${kpi.id} is a ${kpi.kind}`)
    if (row.sd !== undefined && row.sampleSize === undefined) return add(index, 'sampleSize', 'is required when sd is given (the number of measures the sd is of)')
    if (!periodKind) periodKind = { kind: period.kind, index }
    else if (period.kind !== periodKind.kind) {
      return add(index, 'period', `is a ${period.kind}, but ${where(periodKind.index)} is a ${periodKind.kind}: one input holds months or weeks, not both`)
    }
    const key = `${row.partner}\u0000${period.label}\u0000${row.kpi}\u0000${row.contactType ?? ''}`
    const first = firstOf.get(key)
    const over = row.contactType ? ` over ${row.contactType} contacts` : ''
    if (first !== undefined) return add(index, row.contactType ? 'contactType' : 'kpi', `repeats ${where(first)}: '${row.partner}' already has ${row.kpi}${over} for ${period.label}`)
    firstOf.set(key, index)
    rows.push({ partner: row.partner, period: period.label, kpi: row.kpi, value: row.value, sampleSize: row.sampleSize, sd: row.sd, ...(row.contactType ? { contactType: row.contactType } : {}) })
  })
  return issues.length ? { ok: false, issues } : { ok: true, rows }
}

function scale(min: number, max: number): string {
  return max === Infinity ? `${min} or more` : `${min} to ${max}`
}

const percent = numberField({ min: 0, max: 100 })
const targetValue = numberField({ min: -1e15, max: 1e15 })

/**
 * Weights: percent per catalogue KPI id, adding up to 100 (within 0.01). Targets: per KPI
 * id, inside its scale, overriding the catalogue default. Every KPI weighted above 0 needs
 * a target, from here or the catalogue. Errors are field → message, e.g. `weights.csat`.
 */
export function checkWeightsAndTargets(
  weightsInput: unknown,
  targetsInput: unknown,
): { ok: true; weights: Record<string, number> | undefined; targets: Record<string, number> | undefined } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const readMap = (input: unknown, name: 'weights' | 'targets', field: z.ZodType<number>): Record<string, number> | undefined => {
    if (input === undefined || input === null) return undefined
    if (typeof input !== 'object' || Array.isArray(input)) {
      errors[name] = `must be an object of KPI id → ${name === 'weights' ? 'percent' : 'target value'}, e.g. { "csat": 40, "fcr": 60 }`
      return undefined
    }
    const out: Record<string, number> = {}
    for (const [id, value] of Object.entries(input)) {
      const kpi = kpiById(id)
      if (!kpi) {
        errors[`${name}.${id}`] = `'${id}' is not a KPI of the catalogue`
        continue
      }
      const parsed = field.safeParse(value)
      if (!parsed.success) errors[`${name}.${id}`] = parsed.error.issues[0]!.message
      else if (name === 'targets' && (parsed.data < kpi.min || parsed.data > kpi.max)) errors[`${name}.${id}`] = `must be within ${id}'s range, ${scale(kpi.min, kpi.max)} (${kpi.unit})`
      else out[id] = parsed.data
    }
    return out
  }
  const weights = readMap(weightsInput, 'weights', percent)
  const targets = readMap(targetsInput, 'targets', targetValue)
  if (weights && Object.keys(errors).length === 0) {
    const problems = weightProblems(weights)
    if (problems.weights) errors.weights = problems.weights
    for (const [id, w] of Object.entries(weights)) {
      if (w > 0 && targets?.[id] === undefined && kpiById(id)!.defaultTarget === null) errors[`weights.${id}`] = `${id} has no default target; give it one in targets to weigh it`
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, weights, targets }
}

/** alpha: the significance level of the tests and groups (intervals are at 1 − alpha). */
export const alphaSchema = numberField({ min: 0, max: 0.5, minExclusive: true })
