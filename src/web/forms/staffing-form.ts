/** Query string → staffing question: echoes what was typed, turns percents into shares, maps errors back to fields. */
import type { StaffingQuestion } from '../../domain/staffing/calculator.ts'
import { parseStaffingQuestion } from '../../schemas/staffing-question.ts'
import {
  STAFFING_FORM_FIELDS,
  type StaffingFormErrors,
  type StaffingFormValues,
} from '../../../views/staffing/form-fields.ts'

/** Longer input is no number anyone means; cap it so a pasted essay is not echoed back whole. */
const MAX_ECHO_LENGTH = 64

export type StaffingFormReading =
  | { ok: true; values: StaffingFormValues; question: StaffingQuestion }
  | { ok: false; values: StaffingFormValues; errors: StaffingFormErrors }

/** Reads the form from query parameters; fields the URL leaves out take their defaults. */
export function readStaffingForm(query: Record<string, string | undefined>): StaffingFormReading {
  const values = {} as StaffingFormValues
  const input: Record<string, unknown> = {}
  for (const field of STAFFING_FORM_FIELDS) {
    const raw = (query[field.name] ?? field.defaultValue).slice(0, MAX_ECHO_LENGTH)
    values[field.name] = raw
    input[field.questionKey] = field.percent ? percentToShare(raw) : raw
  }
  const parsed = parseStaffingQuestion(input)
  if (parsed.ok) return { ok: true, values, question: parsed.question }
  return { ok: false, values, errors: errorsByField(parsed.errors) }
}

/** "80" → 0.8; text that is not a number passes through for the schema to refuse with its own message. */
function percentToShare(raw: string): unknown {
  const text = raw.trim().replace(/,/g, '')
  if (text === '') return raw
  const n = Number(text)
  return Number.isFinite(n) ? n / 100 : raw
}

function errorsByField(errors: Record<string, string>): StaffingFormErrors {
  const byField: StaffingFormErrors = {}
  for (const [key, message] of Object.entries(errors)) {
    const field = STAFFING_FORM_FIELDS.find((f) => f.questionKey === key)
    if (field) byField[field.name] = field.percent ? inPercent(message) : message
    else byField.form = message
  }
  return byField
}

/**
 * The schema states bounds in shares ("must be at most 1"); a person typed a
 * percent, so restate the trailing bound in percent ("must be at most 100%").
 * The schema's messages end in the bound by construction (src/schemas/fields.ts).
 */
function inPercent(message: string): string {
  return message.replace(/(-?\d[\d,]*(?:\.\d+)?)$/, (bound) => `${Number(bound.replace(/,/g, '')) * 100}%`)
}
