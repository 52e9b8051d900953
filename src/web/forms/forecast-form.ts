/** Posted forecast forms → checked input: generate-from-totals (zod, messages per field) and the import's name. */
import { z } from 'zod'
import { MAX_FORECAST_INTERVALS, type ChannelKind, type IntervalMinutes } from '../../domain/forecast/forecast.ts'
import { weeklyFromMonthly, type ChannelTotals } from '../../domain/forecast/generate.ts'
import { fieldErrors, numberField } from '../../schemas/fields.ts'
import {
  CHANNEL_ROWS,
  ROW_FIELDS,
  type ChannelRowKey,
  type GenerateFieldName,
  type GenerateFormErrors,
  type GenerateFormValues,
} from '../../../views/forecasts/generate-fields.ts'

/** Longer input is nothing anyone meant; cap what is echoed back into the form. */
const MAX_ECHO_LENGTH = 100

export interface GenerateRequest {
  name: string
  startDate: string
  weeks: number
  intervalMinutes: IntervalMinutes
  /** 0–1: the weekend's share of each week (the curves have no weekend data). */
  weekendShare: number
  channels: ChannelTotals[]
  /** "voice: 43,333 a month → 10,000 a week", one per channel entered per month, for the saved source text. */
  conversions: string[]
}

export type GenerateReading =
  | { ok: true; values: GenerateFormValues; request: GenerateRequest }
  | { ok: false; values: GenerateFormValues; errors: GenerateFormErrors }

const name = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters')

const topSchema = z.object({
  name,
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-01-05')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00Z`)) && new Date(`${d}T00:00Z`).toISOString().startsWith(d), 'is not a calendar date'),
  weeks: numberField({ min: 1, max: 53, integer: true }),
  intervalMinutes: z.enum(['15', '30', '60'], { error: 'must be 15, 30 or 60 minutes' }),
  weekendSharePercent: numberField({ min: 0, max: 100 }),
})

const rowSchema = z.object({
  volume: numberField({ min: 0, max: 1e9 }),
  per: z.enum(['week', 'month'], { error: 'must be per week or per month' }),
  ahtSeconds: numberField({ min: 0, minExclusive: true, max: 86_400 }),
  kind: z.enum(['voice', 'chat', 'deferred'], { error: 'must be voice, chat or deferred' }),
})

/** The usual rows carry their own channel names; the extra row's name is typed. */
const ROW_CHANNEL: Record<Exclude<ChannelRowKey, 'extra'>, string> = { voice: 'voice', chat: 'chat', email: 'email' }

/** Reads the posted form; a channel row without a volume (and, for the extra row, without a name) is left out. */
export function readGenerateForm(body: Record<string, unknown>, defaults: GenerateFormValues): GenerateReading {
  const values = { ...defaults }
  for (const key of Object.keys(defaults) as GenerateFieldName[]) {
    const raw = body[key]
    values[key] = typeof raw === 'string' ? raw.slice(0, MAX_ECHO_LENGTH) : ''
  }
  const errors: GenerateFormErrors = {}
  const top = topSchema.safeParse(values)
  if (!top.success) Object.assign(errors, fieldErrors(top.error))

  const channels: ChannelTotals[] = []
  const conversions: string[] = []
  const seen = new Set<string>()
  for (const key of CHANNEL_ROWS) {
    const volumeText = values[`${key}.volume`].trim()
    const typedName = key === 'extra' ? values['extra.name'].trim() : ROW_CHANNEL[key]
    if (volumeText === '' && (key !== 'extra' || typedName === '')) continue
    const row = rowSchema.safeParse(Object.fromEntries(ROW_FIELDS.map((f) => [f, values[`${key}.${f}`]])))
    if (!row.success) for (const [field, message] of Object.entries(fieldErrors(row.error))) errors[`${key}.${field}` as GenerateFieldName] ??= message
    if (key === 'extra') {
      const problem = channelNameProblem(typedName, seen)
      if (problem) errors['extra.name'] = problem
    }
    seen.add(typedName.toLowerCase())
    if (!row.success || errors['extra.name']) continue
    const { volume, per, ahtSeconds, kind } = row.data
    const weeklyVolume = per === 'month' ? weeklyFromMonthly(volume) : volume
    if (per === 'month') conversions.push(`${typedName}: ${thousands(volume)} a month → ${thousands(weeklyVolume)} a week`)
    channels.push({ channel: typedName, kind: kind as ChannelKind, weeklyVolume, ahtSeconds })
  }
  if (channels.length === 0 && !Object.keys(errors).some((k) => k.includes('.'))) errors.channels = 'enter a volume for at least one channel'

  if (top.success) {
    const { weeks, intervalMinutes } = top.data
    if ((weeks * 7 * 1440) / Number(intervalMinutes) > MAX_FORECAST_INTERVALS) {
      errors.weeks = `must be at most 52 with 15-minute intervals (a forecast holds at most a year of them)`
    }
  }
  if (!top.success || Object.keys(errors).length > 0) return { ok: false, values, errors }
  const t = top.data
  return {
    ok: true,
    values,
    request: {
      name: t.name,
      startDate: t.startDate,
      weeks: t.weeks,
      intervalMinutes: Number(t.intervalMinutes) as IntervalMinutes,
      weekendShare: t.weekendSharePercent / 100,
      channels,
      conversions,
    },
  }
}

function channelNameProblem(typed: string, seen: Set<string>): string | undefined {
  if (typed === '') return 'is required when the row has a volume'
  if (typed.length > 40) return 'must be at most 40 characters'
  if (seen.has(typed.toLowerCase())) return `repeats the ${typed.toLowerCase()} row above; give it another name`
  return undefined
}

const thousands = (n: number) => Math.round(n).toLocaleString('en-US')

export type ImportNameReading = { ok: true; name: string } | { ok: false; message: string }

/** The import's name: as typed, else the file's name without its extension. */
export function readImportName(typed: unknown, fileName: string): ImportNameReading {
  const text = typeof typed === 'string' ? typed.trim() : ''
  const chosen = text || fileName.replace(/\.[^.]+$/, '').trim()
  const parsed = name.safeParse(chosen)
  return parsed.success ? { ok: true, name: parsed.data } : { ok: false, message: parsed.error.issues[0]!.message }
}

/** The Monday on or after `today` (a Monday start keeps the weeks on the chart calendar weeks). */
export function nextMonday(today: Date): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7))
  return d.toISOString().slice(0, 10)
}
