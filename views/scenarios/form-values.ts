/** The scenario form as typed (all strings): its field names, its defaults, and how a stored scenario or a new forecast fills it. */
import type { ChannelKind } from '../../src/domain/forecast/forecast.ts'
import type { Scenario } from '../../src/schemas/scenario.ts'

export type StaffingModeValue = 'requirement' | 'schedule' | 'headcount'
export type AllocationModeValue = 'shares' | 'overflow'

export interface ShiftValues {
  channel: string
  /** Checked weekdays, "0" (Monday) … "6". */
  days: string[]
  start: string
  end: string
  agents: string
}

export interface OptionStaffingValues {
  mode: StaffingModeValue
  shifts: ShiftValues[]
}

export interface ChannelValues {
  channel: string
  kind: ChannelKind
  include: boolean
  mode: AllocationModeValue
  /** Percent per option id. */
  shares: Record<string, string>
  /** Option ids by rank ('' = no option at that rank). */
  order: string[]
  serviceLevel: string
  answerWithin: string
  maxAsa: string
  maxAbandon: string
  patience: string
  concurrency: string
  deadlineHours: string
}

export interface ScenarioFormValues {
  name: string
  forecastId: string
  currency: string
  timeZone: string
  optionIds: string[]
  /** By option id, for the checked options. */
  staffing: Record<string, OptionStaffingValues>
  channels: ChannelValues[]
  growthVolume: string
  growthAht: string
  /** FCR the forecast's contacts were made at, percent; blank = contacts taken as forecast. */
  forecastFcr: string
  /** Self-service deflection; blank events = none. */
  deflectionEvents: string
  deflectionSuccess: string
  deflectionIntent: string
  deflectionNoFurther: string
  dailyCv: string
  weeklyCv: string
  ahtCv: string
  correlation: string
  trials: string
  seed: string
  poissonNoise: boolean
  /**
   * The forecast and options the channel sections were drawn for. When it differs
   * from what is chosen now (changed without JavaScript), the sections are redrawn
   * before anything is saved.
   */
  drawnFor: string
}

/** Messages by field name; `form` holds one for the whole form. */
export type ScenarioFormErrors = Record<string, string>

/** What the form needs from the workspace: forecasts, the chosen forecast's channels, options. */
export interface FormContext {
  forecasts: ReadonlyArray<{ id: number; name: string }>
  /** Channels of the chosen forecast (none until one is chosen). */
  channels: ReadonlyArray<{ channel: string; kind: ChannelKind }>
  options: ReadonlyArray<{ id: number; name: string; channels: readonly string[] }>
  /** The stored scenario being edited: a headcount per interval (only a file can carry one) and deflection are kept from it. */
  existing?: Scenario
}

/** Every field name in one place, so the reader, the views and the tests cannot drift. */
export const FIELD = {
  name: 'name',
  forecastId: 'forecastId',
  currency: 'currency',
  timeZone: 'timeZone',
  optionIds: 'optionIds',
  intent: 'intent',
  drawnFor: 'drawnFor',
  channels: 'channels',
  form: 'form',
  growthVolume: 'growth.volume',
  growthAht: 'growth.aht',
  forecastFcr: 'quality.forecastFcr',
  deflectionEvents: 'deflection.selfHelpEvents',
  deflectionSuccess: 'deflection.successRate',
  deflectionIntent: 'deflection.intentRate',
  deflectionNoFurther: 'deflection.noFurtherActionRate',
  dailyCv: 'uncertainty.dailyCv',
  weeklyCv: 'uncertainty.weeklyCv',
  ahtCv: 'uncertainty.ahtCv',
  correlation: 'uncertainty.correlation',
  trials: 'uncertainty.trials',
  seed: 'uncertainty.seed',
  poissonNoise: 'uncertainty.poissonNoise',
  staffingMode: (optionId: string) => `staffing.${optionId}.mode`,
  shiftCount: (optionId: string) => `staffing.${optionId}.shifts`,
  shift: (optionId: string, k: number, key: keyof ShiftValues) => `staffing.${optionId}.shift.${k}.${key}`,
  channel: (k: number, key: 'name' | 'include' | 'mode' | 'allocation' | TargetKey) => `channel.${k}.${key}`,
  share: (k: number, optionId: string) => `channel.${k}.share.${optionId}`,
  order: (k: number, rank: number) => `channel.${k}.order.${rank}`,
} as const

export type TargetKey = 'serviceLevel' | 'answerWithin' | 'maxAsa' | 'maxAbandon' | 'patience' | 'concurrency' | 'deadlineHours'

/** Element ids from field names (dots would need escaping in CSS selectors and hx-target). */
export const fieldId = (name: string) => `field-${name.replace(/\./g, '-')}`
export const errorId = (name: string) => `error-${name.replace(/\./g, '-')}`

/** The buttons that redraw the form instead of saving it. */
export type FormIntent = { kind: 'save' } | { kind: 'refresh' } | { kind: 'add-shift'; optionId: string } | { kind: 'remove-shift'; optionId: string; index: number }

export const intentValue = {
  save: 'save',
  refresh: 'refresh',
  addShift: (optionId: string) => `add-shift:${optionId}`,
  removeShift: (optionId: string, k: number) => `remove-shift:${optionId}:${k}`,
}

export function parseIntent(raw: string): FormIntent {
  const [kind, optionId = '', index = ''] = raw.split(':')
  if (kind === 'refresh') return { kind: 'refresh' }
  if (kind === 'add-shift' && /^\d+$/.test(optionId)) return { kind: 'add-shift', optionId }
  if (kind === 'remove-shift' && /^\d+$/.test(optionId) && /^\d+$/.test(index)) return { kind: 'remove-shift', optionId, index: Number(index) }
  return { kind: 'save' }
}

/** Applies a redraw button: add or remove a shift row (refresh changes nothing itself). */
export function applyIntent(values: ScenarioFormValues, intent: FormIntent): ScenarioFormValues {
  if (intent.kind !== 'add-shift' && intent.kind !== 'remove-shift') return values
  const current = values.staffing[intent.optionId]
  if (!current) return values
  const shifts =
    intent.kind === 'add-shift'
      ? [...current.shifts, blankShift(values.channels.find((c) => c.include)?.channel ?? values.channels[0]?.channel ?? '')]
      : current.shifts.filter((_, k) => k !== intent.index)
  // Adding a shift only makes sense on a schedule, so the click also picks that mode.
  const mode = intent.kind === 'add-shift' ? 'schedule' : current.mode
  return { ...values, staffing: { ...values.staffing, [intent.optionId]: { mode, shifts } } }
}

const blankShift = (channel: string): ShiftValues => ({ channel, days: ['0', '1', '2', '3', '4'], start: '09:00', end: '17:00', agents: '' })

/** The signature `drawnFor` records. */
export const drawnForOf = (forecastId: string, optionIds: readonly string[]) => `${forecastId}|${[...optionIds].sort().join(',')}`

const DEFAULT_TARGETS: Record<ChannelKind, Pick<ChannelValues, TargetKey>> = {
  voice: { serviceLevel: '80', answerWithin: '20', maxAsa: '', maxAbandon: '', patience: '', concurrency: '', deadlineHours: '' },
  chat: { serviceLevel: '80', answerWithin: '60', maxAsa: '', maxAbandon: '', patience: '', concurrency: '2', deadlineHours: '' },
  deferred: { serviceLevel: '90', answerWithin: '', maxAsa: '', maxAbandon: '', patience: '', concurrency: '', deadlineHours: '24' },
}

/** A blank form for a new scenario (defaults match the scenario schema's). */
export function newScenarioValues(): ScenarioFormValues {
  return {
    name: '',
    forecastId: '',
    currency: 'USD',
    timeZone: 'America/New_York',
    optionIds: [],
    staffing: {},
    channels: [],
    growthVolume: '0',
    growthAht: '0',
    forecastFcr: '',
    deflectionEvents: '',
    deflectionSuccess: '',
    deflectionIntent: '',
    deflectionNoFurther: '',
    dailyCv: '8',
    weeklyCv: '5',
    ahtCv: '5',
    correlation: '0.5',
    trials: '1000',
    seed: '42',
    poissonNoise: true,
    drawnFor: drawnForOf('', []),
  }
}

/** The form filled from a stored scenario; shares and other fractions shown as percents. */
export function valuesFromScenario(s: Scenario, ctx: FormContext): ScenarioFormValues {
  const optionIds = s.options.map((o) => String(o.optionId))
  const staffing: Record<string, OptionStaffingValues> = {}
  for (const o of s.options) {
    const shifts =
      o.staffing.mode === 'schedule'
        ? o.staffing.shifts.map((x) => ({ channel: x.channel, days: x.days.map(String), start: x.start, end: x.end, agents: String(x.agents) }))
        : []
    staffing[String(o.optionId)] = { mode: o.staffing.mode, shifts }
  }
  const channels = ctx.channels.map(({ channel, kind }): ChannelValues => {
    const sc = s.channels.find((c) => c.channel === channel)
    if (!sc) return { ...defaultChannel(channel, kind, eligible(channel, optionIds, ctx)), include: false }
    const t = sc.targets
    const a = sc.allocation
    return {
      channel,
      kind,
      include: true,
      mode: a.mode,
      shares: a.mode === 'shares' ? Object.fromEntries(a.shares.map((x) => [String(x.optionId), percent(x.share)])) : {},
      order: a.mode === 'overflow' ? a.order.map(String) : [],
      serviceLevel: percent(t.serviceLevel),
      answerWithin: kind === 'deferred' ? '' : plain(t.answerWithinSeconds),
      maxAsa: optional(t.maxAsaSeconds, plain),
      maxAbandon: optional(t.maxAbandon, percent),
      patience: optional(t.patienceSeconds, plain),
      concurrency: optional(t.concurrency, plain),
      deadlineHours: optional(t.deadlineHours, plain),
    }
  })
  const u = s.uncertainty
  const values: ScenarioFormValues = {
    name: s.name,
    forecastId: String(s.forecastId),
    currency: s.currency,
    timeZone: s.timeZone,
    optionIds,
    staffing,
    channels,
    growthVolume: percent(s.growth.volume),
    growthAht: percent(s.growth.aht),
    forecastFcr: s.quality.forecastFcr === null ? '' : percent(s.quality.forecastFcr),
    deflectionEvents: s.deflection ? plain(s.deflection.selfHelpEvents) : '',
    deflectionSuccess: s.deflection ? percent(s.deflection.successRate) : '',
    deflectionIntent: s.deflection ? percent(s.deflection.intentRate) : '',
    deflectionNoFurther: s.deflection ? percent(s.deflection.noFurtherActionRate) : '',
    dailyCv: percent(u.dailyCv),
    weeklyCv: percent(u.weeklyCv),
    ahtCv: percent(u.ahtCv),
    correlation: plain(u.channelCorrelation),
    trials: plain(u.trials),
    seed: plain(u.seed),
    poissonNoise: u.poissonNoise,
    drawnFor: drawnForOf(String(s.forecastId), optionIds),
  }
  return alignValues(values, ctx)
}

/**
 * Brings the form in line with the chosen forecast and options: one section per
 * forecast channel (keeping what was typed for a channel of the same name), one
 * staffing block per checked option, and share/order inputs for the checked
 * options that serve each channel. Shares left all blank get an even split.
 */
export function alignValues(values: ScenarioFormValues, ctx: FormContext): ScenarioFormValues {
  const staffing: Record<string, OptionStaffingValues> = {}
  for (const id of values.optionIds) staffing[id] = values.staffing[id] ?? { mode: 'requirement', shifts: [] }
  const channels = ctx.channels.map(({ channel, kind }) => {
    const ids = eligible(channel, values.optionIds, ctx)
    const typed = values.channels.find((c) => c.channel === channel)
    const c = typed ? { ...typed, kind } : defaultChannel(channel, kind, ids)
    const shares = Object.fromEntries(ids.map((id) => [id, c.shares[id] ?? '']))
    // One rank per serving option: keep the ranks chosen; ranks for newly ticked options start empty ("—"),
    // so ticking an option never silently adds it to an overflow order.
    const kept = c.order.filter((id) => id === '' || ids.includes(id)).slice(0, ids.length)
    const order = [...kept, ...new Array<string>(ids.length - kept.length).fill('')]
    return { ...c, shares: Object.values(shares).every((v) => v.trim() === '') ? evenSplit(ids) : shares, order }
  })
  return { ...values, staffing, channels, drawnFor: drawnForOf(values.forecastId, values.optionIds) }
}

/** Checked options that serve `channel`, in the order options are listed. */
export function eligible(channel: string, optionIds: readonly string[], ctx: FormContext): string[] {
  return ctx.options.filter((o) => optionIds.includes(String(o.id)) && o.channels.includes(channel)).map((o) => String(o.id))
}

function defaultChannel(channel: string, kind: ChannelKind, ids: string[]): ChannelValues {
  return { channel, kind, include: true, mode: 'shares', shares: evenSplit(ids), order: [...ids], ...DEFAULT_TARGETS[kind] }
}

/** Whole percents summing to 100, the remainder on the first options (3 options: 34, 33, 33). */
function evenSplit(ids: readonly string[]): Record<string, string> {
  const base = Math.floor(100 / Math.max(ids.length, 1))
  const extra = 100 - base * ids.length
  return Object.fromEntries(ids.map((id, k) => [id, String(base + (k < extra ? 1 : 0))]))
}

/** A share as a percent without float noise (0.07 → "7", not "7.000000000000001"). */
const percent = (share: number) => plain(Number((share * 100).toPrecision(12)))
const plain = (n: number) => String(n)
const optional = <T>(v: T | undefined, f: (x: T) => string) => (v === undefined ? '' : f(v))
