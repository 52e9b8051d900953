/** The staffing form's fields: names in the URL, labels, units and defaults, and which question field each feeds. */
import type { StaffingQuestion } from '../../src/domain/staffing/calculator.ts'

export interface FormFieldSpec {
  /** Query-string name; shared URLs carry these. */
  name: string
  label: string
  /** Unit shown after the input. */
  unit?: string
  /** Value when the URL does not mention the field at all (a blank value stays blank). */
  defaultValue: string
  hint?: string
  /** The question field it fills. */
  questionKey: keyof StaffingQuestion
  /** Typed as a percent, stored as a 0–1 share. */
  percent?: boolean
  /** Fixed choices (a select) instead of free text. */
  options?: ReadonlyArray<{ value: string; label: string }>
}

/** Keeps each field's literal name in the type, so a misspelt field name fails to compile. */
const field = <const N extends string>(spec: FormFieldSpec & { name: N }) => spec

export const STAFFING_FORM_FIELDS = [
  field({
    name: 'channel',
    label: 'Channel',
    defaultValue: 'voice',
    questionKey: 'channel',
    options: [
      { value: 'voice', label: 'Voice' },
      { value: 'chat', label: 'Chat' },
    ],
  }),
  field({
    name: 'concurrency',
    label: 'Concurrency',
    unit: 'chats per agent',
    defaultValue: '2',
    questionKey: 'concurrency',
    hint: 'Chat only: sessions one agent works at once.',
  }),
  field({ name: 'contacts', label: 'Contacts per interval', unit: 'contacts', defaultValue: '100', questionKey: 'contacts' }),
  field({
    name: 'intervalSeconds',
    label: 'Interval length',
    defaultValue: '1800',
    questionKey: 'intervalSeconds',
    options: [
      { value: '900', label: '15 min (900 s)' },
      { value: '1800', label: '30 min (1,800 s)' },
      { value: '3600', label: '60 min (3,600 s)' },
    ],
  }),
  field({
    name: 'ahtSeconds',
    label: 'AHT',
    unit: 's',
    defaultValue: '180',
    questionKey: 'ahtSeconds',
    hint: 'Average handle time: talk, hold and after-contact work. For chat, one session at that concurrency.',
  }),
  field({ name: 'answerWithinSeconds', label: 'Answer within', unit: 's', defaultValue: '20', questionKey: 'answerWithinSeconds' }),
  field({
    name: 'targetServiceLevelPercent',
    label: 'Target service level',
    unit: '%',
    defaultValue: '80',
    questionKey: 'targetServiceLevel',
    percent: true,
    hint: 'Share of offered contacts answered within the time above.',
  }),
  field({
    name: 'patienceSeconds',
    label: 'Mean patience',
    unit: 's',
    defaultValue: '',
    questionKey: 'patienceSeconds',
    hint: 'Optional. Blank: nobody hangs up (Erlang C). Filled: callers hang up after this long on average (Erlang A).',
  }),
  field({ name: 'maxOccupancyPercent', label: 'Max occupancy', unit: '%', defaultValue: '85', questionKey: 'maxOccupancy', percent: true, hint: 'Optional.' }),
  field({ name: 'maxAsaSeconds', label: 'Max ASA', unit: 's', defaultValue: '', questionKey: 'maxAsaSeconds', hint: 'Optional. Average speed of answer.' }),
  field({ name: 'maxAbandonPercent', label: 'Max abandon', unit: '%', defaultValue: '', questionKey: 'maxAbandon', percent: true, hint: 'Optional; needs a patience.' }),
  field({
    name: 'shrinkagePercent',
    label: 'Shrinkage',
    unit: '%',
    defaultValue: '30',
    questionKey: 'shrinkage',
    percent: true,
    hint: 'Breaks, training, meetings, absence.',
  }),
  field({
    name: 'agents',
    label: 'Agents to evaluate',
    unit: 'agents',
    defaultValue: '',
    questionKey: 'agents',
    hint: 'Optional. Blank: find the fewest agents. Filled: show what this headcount delivers.',
  }),
] as const

export type StaffingFieldSpec = (typeof STAFFING_FORM_FIELDS)[number]
export type StaffingFieldName = StaffingFieldSpec['name']

/** What the person typed, field by field, echoed back into the form. */
export type StaffingFormValues = Record<StaffingFieldName, string>

/** Messages to show beside fields; `form` holds any that belong to no single field. */
export type StaffingFormErrors = Partial<Record<StaffingFieldName | 'form', string>>

/** The field spec by name. */
export function staffingField(name: StaffingFieldName): StaffingFieldSpec {
  return STAFFING_FORM_FIELDS.find((f) => f.name === name)!
}

export const DEFAULT_STAFFING_VALUES: StaffingFormValues = Object.fromEntries(
  STAFFING_FORM_FIELDS.map((f) => [f.name, f.defaultValue]),
) as StaffingFormValues
