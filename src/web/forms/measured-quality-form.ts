/** The two small forms of an option's "Use measured quality" panel: the period to apply, and how the option counts the service level it reports. */
import { z } from 'zod'
import { MEASURED_WINDOWS, type MeasuredWindow } from '../../domain/quality/measured-quality.ts'
import { fieldErrors, numberField, optionalNumberField, type FieldErrors } from '../../schemas/fields.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'

const windowField = z.enum(MEASURED_WINDOWS.map(String) as [string, ...string[]], { error: `must be ${MEASURED_WINDOWS.slice(0, -1).join(', ')} or ${MEASURED_WINDOWS.at(-1)} months` })

/** The period of an Apply: 3, 6 or 12 months, or the message naming the field. */
export function readMeasuredWindow(body: Record<string, unknown>): { ok: true; window: MeasuredWindow } | { ok: false; errors: FieldErrors } {
  const parsed = windowField.safeParse(body.window)
  return parsed.success ? { ok: true, window: Number(parsed.data) as MeasuredWindow } : { ok: false, errors: { window: `Period ${parsed.error.issues[0]!.message}` } }
}

/** The period in a page's query: a known window, else the default. */
export function queryWindow(value: string | undefined, fallback: MeasuredWindow): MeasuredWindow {
  return windowField.safeParse(value).success ? (Number(value) as MeasuredWindow) : fallback
}

const reportingSchema = z.object({
  slShortAbandons: z.enum(['unstated', 'included', 'excluded'], { error: 'choose whether short abandons are counted, left out, or not stated' }),
  slAnswerWithinSeconds: optionalNumberField({ min: 1, max: 86_400, integer: true }),
  slShortAbandonSeconds: numberField({ min: 0, max: 600, integer: true }),
  slShortAbandonSharePercent: optionalNumberField({ min: 0, max: 50, maxExclusive: true }),
})

export type ReportingReading =
  | { ok: true; reporting: SourcingOption['serviceLevelReporting'] }
  | { ok: false; values: Record<string, string>; errors: FieldErrors }

/**
 * The posted definition: "not stated" clears it (its reported service level is then not used);
 * otherwise T (blank: each channel's T, as the scenario sets it), the short-abandon threshold
 * and, optionally, the short-abandon share in percent.
 */
export function readReportingForm(body: Record<string, unknown>): ReportingReading {
  const values = Object.fromEntries(Object.keys(reportingSchema.shape).map((k) => [k, typeof body[k] === 'string' ? (body[k] as string) : '']))
  if (values.slShortAbandons === 'unstated') return { ok: true, reporting: undefined }
  const parsed = reportingSchema.safeParse(values)
  if (!parsed.success) return { ok: false, values, errors: fieldErrors(parsed.error) }
  const r = parsed.data
  return {
    ok: true,
    reporting: {
      shortAbandonsExcluded: r.slShortAbandons === 'excluded',
      shortAbandonSeconds: r.slShortAbandonSeconds,
      answerWithinSeconds: r.slAnswerWithinSeconds ?? null,
      shortAbandonShare: r.slShortAbandonSharePercent === undefined ? null : Number((r.slShortAbandonSharePercent / 100).toFixed(6)),
    },
  }
}
