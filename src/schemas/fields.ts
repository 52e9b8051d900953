/** Field parsers shared by every entry point (forms, JSON API, CLI): one set of rules, one set of messages. */
import { z } from 'zod'

/** Blank strings (an empty form field or CSV cell) mean "not given". */
function blankToUndefined(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() === '') return undefined
  return value
}

/**
 * Numbers typed as text ("1,200" or " 80 ") become numbers; anything else is left for zod to refuse.
 * Hex, binary and octal ("0x10") are not numbers anyone types into a form or a CSV: Number() reads
 * "0x10" as 16, so they are left as text (the forecast CSV refuses them the same way).
 */
function textToNumber(value: unknown): unknown {
  const v = blankToUndefined(value)
  if (typeof v !== 'string') return v
  const text = v.trim().replace(/,/g, '')
  if (/^[+-]?0[xob]/i.test(text)) return v
  const n = Number(text)
  return Number.isNaN(n) ? v : n
}

interface Bounds {
  min: number
  max: number
  /** The minimum itself is not allowed (e.g. patience must be above 0). */
  minExclusive?: boolean
  maxExclusive?: boolean
  integer?: boolean
}

/** A finite number within bounds, accepting numeric text; messages say what is allowed. */
export function numberField(bounds: Bounds) {
  let n = z.number({
    error: (issue) =>
      issue.input === undefined ? 'is required' : typeof issue.input === 'number' ? 'must be a finite number' : 'must be a number',
  })
  if (bounds.integer) n = n.refine(Number.isInteger, 'must be a whole number')
  n = bounds.minExclusive
    ? n.refine((x) => x > bounds.min, `must be more than ${bounds.min}`)
    : n.refine((x) => x >= bounds.min, `must be at least ${bounds.min}`)
  n = bounds.maxExclusive
    ? n.refine((x) => x < bounds.max, `must be less than ${bounds.max}`)
    : n.refine((x) => x <= bounds.max, `must be at most ${bounds.max.toLocaleString('en-US')}`)
  return z.preprocess(textToNumber, n)
}

/** The same field, optional: absent, null or blank mean "not given". */
export function optionalNumberField(bounds: Bounds) {
  return z.preprocess((v) => (v === null ? undefined : blankToUndefined(v)), numberField(bounds).optional())
}

/** Field → message map for a failed parse: what forms show beside fields and APIs return. */
export type FieldErrors = Record<string, string>

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'input'
    errors[field] ??= issue.message
  }
  return errors
}
