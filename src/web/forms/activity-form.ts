/** Posted activity forms → checked input: the point weights, and one option's day typed in. Messages name the field. */
import { ACTIVITIES, DEFAULT_ACTIVITY_WEIGHTS, type ActivityDay, type ActivityWeights } from '../../domain/quality/activity-points.ts'
import { ACTIVITY_COLUMNS, ACTIVITY_FIELD, activityDayFieldsSchema, activityWeightsSchema, countsOf, OPTION_FIELD } from '../../schemas/activity.ts'
import { fieldErrors, type FieldErrors } from '../../schemas/fields.ts'

/** Longer input is nothing anyone meant; cap what is echoed back into the form. */
const MAX_ECHO_LENGTH = 100

/** What the form's fields hold, as typed (snake_case names, as in the CSV). */
export type FormValues = Record<string, string>

export type WeightsReading = { ok: true; weights: ActivityWeights } | { ok: false; values: FormValues; errors: FieldErrors }
export type DayReading = { ok: true; day: ActivityDay; optionName: string } | { ok: false; values: FormValues; errors: FieldErrors }

const echo = (body: Record<string, unknown>, names: readonly string[]): FormValues =>
  Object.fromEntries(names.map((n) => [n, typeof body[n] === 'string' ? (body[n] as string).slice(0, MAX_ECHO_LENGTH) : '']))

/** The weights form's values for stored weights (what the form shows before anything is typed). */
export function weightValues(weights: ActivityWeights): FormValues {
  return Object.fromEntries(ACTIVITIES.map((a) => [ACTIVITY_FIELD[a], String(weights[a])]))
}

/** Reads the weights form; `intent=defaults` asks for the default weights whatever was typed. */
export function readWeightsForm(body: Record<string, unknown>): WeightsReading {
  if (body.intent === 'defaults') return { ok: true, weights: { ...DEFAULT_ACTIVITY_WEIGHTS } }
  const values = echo(body, ACTIVITIES.map((a) => ACTIVITY_FIELD[a]))
  const parsed = activityWeightsSchema.safeParse(values)
  return parsed.success ? { ok: true, weights: parsed.data } : { ok: false, values, errors: fieldErrors(parsed.error) }
}

/** Reads the one-day form; the option is chosen from the workspace's options by id. */
export function readDayForm(body: Record<string, unknown>, options: ReadonlyArray<{ id: number; name: string }>): DayReading {
  const values = echo(body, ACTIVITY_COLUMNS)
  const parsed = activityDayFieldsSchema.safeParse(values)
  const errors = parsed.success ? {} : fieldErrors(parsed.error)
  const option = options.find((o) => String(o.id) === values[OPTION_FIELD])
  if (!option && !errors[OPTION_FIELD]) errors[OPTION_FIELD] = 'must be one of the workspace’s options'
  if (!parsed.success || !option) return { ok: false, values, errors }
  return { ok: true, optionName: option.name, day: { optionId: option.id, date: parsed.data.date, paidHours: parsed.data.paid_hours, ...countsOf(parsed.data) } }
}
