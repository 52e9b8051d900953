/** The staffing question as typed by a person or a program: parsed and bounded once for every entry point. */
import { z } from 'zod'
import { trafficErlangs, type StaffingQuestion } from '../domain/staffing/calculator.ts'
import { fieldErrors, numberField, optionalNumberField, type FieldErrors } from './fields.ts'

/** Loads beyond this many Erlangs are outside what any single queue plan means (and any test covers). */
export const MAX_TRAFFIC_ERLANGS = 50_000
/** Patience beyond this many handle times changes no figure a planner reads, and keeps Erlang A's series short. */
export const MAX_PATIENCE_IN_AHT = 1_000

const shape = z.object({
  channel: z.preprocess((v) => (v === undefined || v === '' ? 'voice' : v), z.enum(['voice', 'chat'], { error: 'must be voice or chat' })),
  contacts: numberField({ min: 0, max: 10_000_000 }),
  intervalSeconds: numberField({ min: 60, max: 86_400, integer: true }),
  ahtSeconds: numberField({ min: 0, max: 86_400, minExclusive: true }),
  answerWithinSeconds: numberField({ min: 0, max: 86_400 }),
  targetServiceLevel: numberField({ min: 0, max: 1 }),
  patienceSeconds: optionalNumberField({ min: 0, max: 1e7, minExclusive: true }),
  maxOccupancy: optionalNumberField({ min: 0, max: 1, minExclusive: true }),
  maxAsaSeconds: optionalNumberField({ min: 0, max: 86_400, minExclusive: true }),
  maxAbandon: optionalNumberField({ min: 0, max: 1 }),
  shrinkage: optionalNumberField({ min: 0, max: 1, maxExclusive: true }),
  concurrency: optionalNumberField({ min: 1, max: 20, integer: true }),
  agents: optionalNumberField({ min: 0, max: 200_000, integer: true }),
})

export const staffingQuestionSchema = shape.superRefine((q, ctx) => {
  if (q.patienceSeconds !== undefined && q.patienceSeconds > MAX_PATIENCE_IN_AHT * q.ahtSeconds) {
    ctx.addIssue({
      code: 'custom',
      path: ['patienceSeconds'],
      message: `must be at most ${MAX_PATIENCE_IN_AHT.toLocaleString('en-US')} × AHT; callers that patient are Erlang C (leave it blank)`,
    })
  }
  if (trafficErlangs(q.contacts, q.intervalSeconds, q.ahtSeconds) > MAX_TRAFFIC_ERLANGS) {
    ctx.addIssue({
      code: 'custom',
      path: ['contacts'],
      message: `gives more than ${MAX_TRAFFIC_ERLANGS.toLocaleString('en-US')} Erlangs of load in one interval`,
    })
  }
})

/** Field names as people see them, for messages. */
export const STAFFING_FIELD_LABELS: Record<keyof StaffingQuestion, string> = {
  channel: 'channel',
  contacts: 'contacts',
  intervalSeconds: 'interval length',
  ahtSeconds: 'AHT',
  answerWithinSeconds: 'answer within',
  targetServiceLevel: 'target service level',
  patienceSeconds: 'patience',
  maxOccupancy: 'max occupancy',
  maxAsaSeconds: 'max ASA',
  maxAbandon: 'max abandon',
  shrinkage: 'shrinkage',
  concurrency: 'concurrency',
  agents: 'agents',
}

export type ParsedStaffingQuestion = { ok: true; question: StaffingQuestion } | { ok: false; errors: FieldErrors }

/** Parses raw input (form fields, JSON or CLI flags already mapped to these names). */
export function parseStaffingQuestion(input: unknown): ParsedStaffingQuestion {
  const result = staffingQuestionSchema.safeParse(input)
  if (!result.success) return { ok: false, errors: fieldErrors(result.error) }
  const q = result.data
  const question: StaffingQuestion = { ...q, concurrency: q.channel === 'chat' ? (q.concurrency ?? 2) : undefined }
  return { ok: true, question }
}
