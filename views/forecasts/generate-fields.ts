/** The generate-from-totals form: field names, labels and defaults, shared by the page and the form reader. */

/** The usual channels have a row each; `extra` is the one channel a person may name. */
export const CHANNEL_ROWS = ['voice', 'chat', 'email', 'extra'] as const
export type ChannelRowKey = (typeof CHANNEL_ROWS)[number]

export const ROW_FIELDS = ['volume', 'per', 'ahtSeconds', 'kind'] as const
export type RowField = (typeof ROW_FIELDS)[number]

/** Every field name the form posts: top-level ones, then `<row>.<field>` per channel row and `extra.name`. */
export type GenerateFieldName =
  | 'name'
  | 'startDate'
  | 'weeks'
  | 'intervalMinutes'
  | 'weekendSharePercent'
  | `${ChannelRowKey}.${RowField}`
  | 'extra.name'

export type GenerateFormValues = Record<GenerateFieldName, string>
/** Messages beside fields; `channels` is the whole channel table's slot. */
export type GenerateFormErrors = Partial<Record<GenerateFieldName | 'channels', string>>

export const KIND_CHOICES = [
  { value: 'voice', label: 'Voice (answered live)' },
  { value: 'chat', label: 'Chat (concurrent sessions)' },
  { value: 'deferred', label: 'Deferred (email, back office)' },
] as const

export const INTERVAL_CHOICES = [
  { value: '15', label: '15 min' },
  { value: '30', label: '30 min' },
  { value: '60', label: '60 min' },
] as const

export const PER_CHOICES = [
  { value: 'week', label: 'per week' },
  { value: 'month', label: 'per month' },
] as const

/** The shipped curve file the generator spreads totals with (data/curves/<name>.json). */
export const CURVES_NAME = 'na-bank-2003'

const row = (key: ChannelRowKey, aht: string, kind: string, volume = '') => ({
  [`${key}.volume`]: volume,
  [`${key}.per`]: 'week',
  [`${key}.ahtSeconds`]: aht,
  [`${key}.kind`]: kind,
})

/** Defaults: a voice queue to start from (the demo's AHTs, industry-figures.md); the other rows wait for a volume. */
export function defaultGenerateValues(startDate: string): GenerateFormValues {
  return {
    name: '',
    startDate,
    weeks: '13',
    intervalMinutes: '30',
    weekendSharePercent: '0',
    ...row('voice', '450', 'voice', '10,000'),
    ...row('chat', '600', 'chat'),
    ...row('email', '300', 'deferred'),
    ...row('extra', '300', 'deferred'),
    'extra.name': '',
  } as GenerateFormValues
}

export const ROW_LABELS: Record<ChannelRowKey, string> = { voice: 'Voice', chat: 'Chat', email: 'Email', extra: 'Your channel' }
