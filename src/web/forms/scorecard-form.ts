/** Posted scorecard forms → checked input: weights, the catalogue's choices, a user-defined KPI, one typed-in value. Messages name the field. */
import { z } from 'zod'
import { KPI_CATALOGUE, PERSPECTIVES, type Kpi } from '../../domain/quality/kpi-catalogue.ts'
import { wholePercentWeights } from '../../domain/quality/scorecard-defaults.ts'
import { weightProblems } from '../../domain/quality/weighted-scorecard.ts'
import { fieldErrors, numberField, optionalNumberField, type FieldErrors } from '../../schemas/fields.ts'
import { checkScorecardRows } from '../../schemas/scorecard.ts'

/** Longer input is nothing anyone meant; cap what is echoed back into a form. */
const MAX_ECHO_LENGTH = 300
const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, MAX_ECHO_LENGTH) : '')

export type FormValues = Record<string, string>
export type Reading<T> = { ok: true; value: T } | { ok: false; values: FormValues; errors: FieldErrors }

const weightSchema = numberField({ min: 0, max: 100 })

/**
 * The weights form: `weight-<id>` per KPI on the scorecard, percent, adding up to 100 (within
 * 0.01). `intent=equal` asks for equal whole-percent weights whatever was typed.
 */
export function readWeightsForm(body: Record<string, unknown>, selected: readonly string[]): Reading<Record<string, number>> {
  if (body.intent === 'equal') return { ok: true, value: wholePercentWeights(selected) }
  const values: FormValues = Object.fromEntries(selected.map((id) => [id, text(body, `weight-${id}`)]))
  const errors: FieldErrors = {}
  const weights: Record<string, number> = {}
  for (const id of selected) {
    const parsed = weightSchema.safeParse(values[id])
    if (parsed.success) weights[id] = parsed.data
    else errors[`weight-${id}`] = parsed.error.issues[0]!.message.replace('must be at most 100', 'must be at most 100 %')
  }
  if (Object.keys(errors).length === 0) {
    const problems = weightProblems(weights)
    if (problems.weights) errors.weights = problems.weights
  }
  return Object.keys(errors).length ? { ok: false, values, errors } : { ok: true, value: weights }
}

export interface CatalogueChoices {
  selected: string[]
  /** Targets that differ from the KPI's default. */
  targetOverrides: Record<string, number>
}

const scale = (k: Kpi) => (k.max === Infinity ? `${k.min} or more` : `${k.min} to ${k.max}`)

/**
 * The catalogue form: `on-<id>` (a checkbox) puts a KPI on the scorecard, `target-<id>` sets its
 * target in the KPI's unit (blank: the default). A KPI on the scorecard needs a target; at
 * least one KPI must be on it.
 */
export function readCatalogueForm(body: Record<string, unknown>, kpis: readonly Kpi[]): Reading<CatalogueChoices> {
  const values: FormValues = {}
  const errors: FieldErrors = {}
  const selected: string[] = []
  const targetOverrides: Record<string, number> = {}
  for (const k of kpis) {
    const on = body[`on-${k.id}`] !== undefined && body[`on-${k.id}`] !== ''
    values[`on-${k.id}`] = on ? 'on' : ''
    const typed = text(body, `target-${k.id}`)
    values[`target-${k.id}`] = typed
    let target: number | null = k.defaultTarget
    if (typed.trim() !== '') {
      const parsed = numberField({ min: k.min, max: k.max === Infinity ? 1e15 : k.max }).safeParse(typed)
      if (!parsed.success) {
        errors[`target-${k.id}`] = parsed.error.issues[0]!.message.startsWith('must be at') ? `must be within ${k.name}'s scale, ${scale(k)} (${k.unit})` : parsed.error.issues[0]!.message
        continue
      }
      target = parsed.data
      if (parsed.data !== k.defaultTarget) targetOverrides[k.id] = parsed.data
    }
    if (on) {
      if (target === null) errors[`target-${k.id}`] = 'is required to put this KPI on the scorecard (it has no default target)'
      else selected.push(k.id)
    }
  }
  if (selected.length === 0 && !Object.keys(errors).some((e) => e.startsWith('target-'))) errors.selection = 'must include at least one KPI'
  return Object.keys(errors).length ? { ok: false, values, errors } : { ok: true, value: { selected, targetOverrides } }
}

export const CUSTOM_KPI_FIELDS = ['id', 'name', 'definition', 'unit', 'kind', 'direction', 'perspective', 'timing', 'default_target', 'min', 'max'] as const

const requiredText = (max: number) => z.string({ error: 'is required' }).trim().min(1, 'is required').max(max, `is longer than ${max} characters`)
const choice = <T extends string>(options: readonly T[]) => z.enum(options as [T, ...T[]], { error: `must be one of ${options.join(', ')}` })

const customKpiSchema = z.object({
  id: requiredText(40)
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]*$/, 'must start with a letter and hold only lower-case letters, digits and hyphens (it is the kpi column of the CSV)'),
  name: requiredText(80),
  definition: requiredText(300),
  unit: requiredText(40),
  kind: choice(['proportion', 'mean', 'count', 'rate'] as const),
  direction: choice(['higher', 'lower'] as const),
  perspective: choice(PERSPECTIVES),
  timing: choice(['leading', 'lagging'] as const),
  default_target: optionalNumberField({ min: -1e15, max: 1e15 }),
  min: optionalNumberField({ min: -1e15, max: 1e15 }),
  max: optionalNumberField({ min: -1e15, max: 1e15 }),
})

/** The add-a-KPI form. A proportion is a share 0–1 whatever min and max say; the id must be new. */
export function readCustomKpiForm(body: Record<string, unknown>, existing: readonly Kpi[]): Reading<Kpi> {
  const values: FormValues = Object.fromEntries(CUSTOM_KPI_FIELDS.map((f) => [f, text(body, f)]))
  const parsed = customKpiSchema.safeParse(values)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)
  if (!parsed.success) return { ok: false, values, errors }
  const d = parsed.data
  const min = d.kind === 'proportion' ? 0 : (d.min ?? 0)
  const max = d.kind === 'proportion' ? 1 : (d.max ?? Infinity)
  if (existing.some((k) => k.id === d.id)) errors.id = `'${d.id}' is already a KPI${KPI_CATALOGUE.some((k) => k.id === d.id) ? ' of the catalogue' : ''}; choose another id`
  if (!(max > min)) errors.max = `must be above the minimum, ${min}`
  if (d.default_target !== undefined && (d.default_target < min || d.default_target > max)) errors.default_target = `must be within the scale, ${min} to ${max === Infinity ? 'no maximum' : max}`
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return {
    ok: true,
    value: { id: d.id, name: d.name, definition: d.definition, unit: d.unit, kind: d.kind, direction: d.direction, perspective: d.perspective, timing: d.timing, defaultTarget: d.default_target ?? null, min, max },
  }
}

export const VALUE_FIELDS = ['option', 'period', 'kpi', 'value', 'sample_size', 'sd'] as const

/** One value typed in: the same checks as a CSV row (period format, KPI scale, sd only on means), the option chosen by id. */
export function readValueForm(
  body: Record<string, unknown>,
  options: ReadonlyArray<{ id: number; name: string }>,
  kpis: readonly Kpi[],
): Reading<{ optionId: number; optionName: string; period: string; kpi: string; value: number; sampleSize?: number | undefined; sd?: number | undefined }> {
  const values: FormValues = Object.fromEntries(VALUE_FIELDS.map((f) => [f, text(body, f)]))
  const errors: FieldErrors = {}
  const option = options.find((o) => String(o.id) === values.option)
  if (!option) errors.option = 'must be one of the workspace’s options'
  const byId = new Map(kpis.map((k) => [k.id, k]))
  const checked = checkScorecardRows([{ partner: option ? String(option.id) : 'none', period: values.period, kpi: values.kpi, value: values.value, sample_size: values.sample_size, sd: values.sd }], () => 'this value', {
    lookup: (id) => byId.get(id),
    ids: kpis.map((k) => k.id),
  })
  if (!checked.ok) {
    const field: Record<string, string> = { sampleSize: 'sample_size' }
    for (const issue of checked.issues) if (issue.field !== 'partner') errors[field[issue.field] ?? issue.field] ??= issue.message
  }
  if (Object.keys(errors).length || !checked.ok || !option) return { ok: false, values, errors }
  const row = checked.rows[0]!
  return { ok: true, value: { optionId: option.id, optionName: option.name, period: row.period, kpi: row.kpi, value: row.value, sampleSize: row.sampleSize, sd: row.sd } }
}
