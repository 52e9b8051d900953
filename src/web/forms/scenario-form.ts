/** Scenario form post → typed values echoed back, and values → a valid Scenario or messages beside the fields that need fixing. */
import type { z } from 'zod'
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts'
import {
  FIELD,
  drawnForOf,
  eligible,
  parseIntent,
  type ChannelValues,
  type FormContext,
  type FormIntent,
  type ScenarioFormErrors,
  type ScenarioFormValues,
  type ShiftValues,
  type TargetKey,
} from '../../../views/scenarios/form-values.ts'

type Body = Record<string, string | File | (string | File)[]>

/** Longer input is no number or name anyone means; cap what is echoed back. */
const MAX_ECHO_LENGTH = 120
const MAX_CHANNELS = 12
const MAX_SHIFTS = 500

/** Reads a posted form (urlencoded, `parseBody({ all: true })`): every field as typed, and which button was pressed. */
export function readScenarioForm(body: Body): { values: ScenarioFormValues; intent: FormIntent } {
  const all = (name: string) => [body[name] ?? []].flat().filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, MAX_ECHO_LENGTH))
  const text = (name: string) => all(name)[0] ?? ''
  const optionIds = [...new Set(all(FIELD.optionIds).filter((id) => /^\d{1,9}$/.test(id)))]
  const staffing: ScenarioFormValues['staffing'] = {}
  for (const id of optionIds) {
    const mode = text(FIELD.staffingMode(id))
    const count = Math.min(MAX_SHIFTS, Number(text(FIELD.shiftCount(id))) || 0)
    const shifts: ShiftValues[] = Array.from({ length: count }, (_, k) => ({
      channel: text(FIELD.shift(id, k, 'channel')),
      days: all(FIELD.shift(id, k, 'days')),
      start: text(FIELD.shift(id, k, 'start')),
      end: text(FIELD.shift(id, k, 'end')),
      agents: text(FIELD.shift(id, k, 'agents')),
    }))
    staffing[id] = { mode: mode === 'schedule' || mode === 'headcount' ? mode : 'requirement', shifts }
  }
  const channels: ChannelValues[] = []
  for (let k = 0; k < MAX_CHANNELS && body[FIELD.channel(k, 'name')] !== undefined; k++) {
    const target = (key: TargetKey) => text(FIELD.channel(k, key))
    channels.push({
      channel: text(FIELD.channel(k, 'name')),
      // The kind is the forecast's; alignValues sets it from there.
      kind: 'voice',
      include: text(FIELD.channel(k, 'include')) === 'on',
      mode: text(FIELD.channel(k, 'mode')) === 'overflow' ? 'overflow' : 'shares',
      shares: Object.fromEntries(optionIds.map((id) => [id, text(FIELD.share(k, id))])),
      order: Array.from({ length: optionIds.length }, (_, r) => text(FIELD.order(k, r))),
      serviceLevel: target('serviceLevel'),
      answerWithin: target('answerWithin'),
      maxAsa: target('maxAsa'),
      maxAbandon: target('maxAbandon'),
      patience: target('patience'),
      concurrency: target('concurrency'),
      deadlineHours: target('deadlineHours'),
    })
  }
  const values: ScenarioFormValues = {
    name: text(FIELD.name),
    forecastId: text(FIELD.forecastId),
    currency: text(FIELD.currency),
    timeZone: text(FIELD.timeZone),
    optionIds,
    staffing,
    channels,
    growthVolume: text(FIELD.growthVolume),
    growthAht: text(FIELD.growthAht),
    forecastFcr: text(FIELD.forecastFcr),
    deflectionEvents: text(FIELD.deflectionEvents),
    deflectionSuccess: text(FIELD.deflectionSuccess),
    deflectionIntent: text(FIELD.deflectionIntent),
    deflectionNoFurther: text(FIELD.deflectionNoFurther),
    dailyCv: text(FIELD.dailyCv),
    weeklyCv: text(FIELD.weeklyCv),
    ahtCv: text(FIELD.ahtCv),
    correlation: text(FIELD.correlation),
    trials: text(FIELD.trials),
    seed: text(FIELD.seed),
    poissonNoise: text(FIELD.poissonNoise) === 'on',
    drawnFor: text(FIELD.drawnFor),
  }
  return { values, intent: parseIntent(text(FIELD.intent)) }
}

/**
 * Without JavaScript, a person can change the forecast or tick options and press
 * Save before the channel sections are redrawn for them; saving then would use
 * sections drawn for something else. Returns the message to show instead, if so.
 */
export function staleFormMessage(posted: ScenarioFormValues): string | undefined {
  if (posted.drawnFor === drawnForOf(posted.forecastId, posted.optionIds)) return undefined
  return 'The forecast or the options changed since the form was drawn: check the channel and staffing settings below, then save again.'
}

export type ScenarioFormResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioFormErrors }

/**
 * Turns the typed values into a scenario: text → numbers, percents → shares,
 * blanks → "not given"; every business rule is the scenario schema's, its
 * messages restated in the units the person typed (percent, not share).
 * Call after `alignValues`, so channel sections match the chosen forecast,
 * and after `staleFormMessage`.
 */
export function parseScenarioForm(values: ScenarioFormValues, ctx: FormContext): ScenarioFormResult {
  const errors: ScenarioFormErrors = {}
  const labels = new Labels(values, ctx)
  const fail = (field: string, message: string) => {
    errors[field] ??= `${labels.of(field)} ${message}.`
  }
  const number = (field: string, raw: string, { percent = false, required = true } = {}): number | undefined => {
    const text = raw.trim().replace(/,/g, '')
    if (text === '') {
      if (required) fail(field, 'is required')
      return undefined
    }
    const n = Number(text)
    if (!Number.isFinite(n)) return void fail(field, 'must be a number')
    return percent ? n / 100 : n
  }

  const forecastId = /^\d+$/.test(values.forecastId) ? Number(values.forecastId) : undefined
  if (forecastId === undefined || !ctx.forecasts.some((f) => f.id === forecastId)) fail(FIELD.forecastId, 'must be chosen from the list')
  // The stored scenario's options keep their order (an edit that changes nothing changes nothing); new ones follow.
  const kept = ctx.existing?.options.map((o) => o.optionId) ?? []
  const optionIds = values.optionIds
    .map(Number)
    .filter((id) => ctx.options.some((o) => o.id === id))
    .sort((a, b) => rank(kept, a) - rank(kept, b))

  // Scenario channel i ↔ form section k (excluded sections leave gaps), and the options its shares list.
  const sectionOf: number[] = []
  const shareIds: string[][] = []
  const shareTotal: number[] = []
  const channels = values.channels.flatMap((c, k) => {
    if (!c.include) return []
    sectionOf.push(k)
    return [{ channel: c.channel, allocation: allocation(c, k), targets: targets(c, k) }]
  })

  function allocation(c: ChannelValues, k: number) {
    // Options the stored channel already split between keep their places.
    const stored = ctx.existing?.channels.find((x) => x.channel === c.channel)?.allocation
    const storedOrder = stored ? (stored.mode === 'shares' ? stored.shares.map((x) => x.optionId) : stored.order) : kept
    const ids = eligible(c.channel, values.optionIds, ctx).sort((a, b) => rank(storedOrder, Number(a)) - rank(storedOrder, Number(b)))
    if (ids.length === 0) fail(FIELD.channel(k, 'allocation'), `has no option that serves ${c.channel}: tick one above, or leave the channel out`)
    if (c.mode === 'shares') {
      const shares = ids.map((id) => ({ optionId: Number(id), share: number(FIELD.share(k, id), c.shares[id] ?? '', { percent: true, required: false }) ?? 0 }))
      // A 0 % share sends no contacts: leave it out, so an option that only serves other channels is not listed here.
      const kept = shares.filter((s) => s.share !== 0)
      shareIds[k] = kept.map((s) => String(s.optionId))
      shareTotal[k] = shares.reduce((sum, s) => sum + s.share, 0)
      return { mode: 'shares' as const, shares: kept }
    }
    const order = c.order.filter((id) => id !== '').map(Number)
    if (new Set(order).size !== order.length) fail(FIELD.channel(k, 'allocation'), 'overflow order lists an option more than once')
    return { mode: 'overflow' as const, order }
  }

  function targets(c: ChannelValues, k: number) {
    const f = (key: TargetKey) => FIELD.channel(k, key)
    const deadlineHours = c.kind === 'deferred' ? number(f('deadlineHours'), c.deadlineHours) : undefined
    return {
      serviceLevel: number(f('serviceLevel'), c.serviceLevel, { percent: true }),
      // Deferred work has a deadline, not an answer time; the schema still wants one, so it mirrors the deadline (capped at a day).
      answerWithinSeconds: c.kind === 'deferred' ? Math.min(86_400, (deadlineHours ?? 24) * 3600) : number(f('answerWithin'), c.answerWithin),
      maxAsaSeconds: c.kind === 'deferred' ? undefined : number(f('maxAsa'), c.maxAsa, { required: false }),
      maxAbandon: c.kind === 'deferred' ? undefined : number(f('maxAbandon'), c.maxAbandon, { percent: true, required: false }),
      patienceSeconds: c.kind === 'deferred' ? undefined : number(f('patience'), c.patience, { required: false }),
      concurrency: c.kind === 'chat' ? number(f('concurrency'), c.concurrency) : undefined,
      deadlineHours,
    }
  }

  const options = optionIds.map((optionId) => {
    const id = String(optionId)
    const v = values.staffing[id] ?? { mode: 'requirement', shifts: [] }
    if (v.mode === 'schedule') {
      const shifts = v.shifts.map((s, k) => ({
        channel: s.channel,
        days: s.days.map(Number),
        start: s.start.trim(),
        end: s.end.trim(),
        agents: number(FIELD.shift(id, k, 'agents'), s.agents),
      }))
      return { optionId, staffing: { mode: 'schedule' as const, shifts } }
    }
    if (v.mode === 'headcount') {
      const kept = ctx.existing?.options.find((o) => o.optionId === optionId)?.staffing
      if (kept?.mode === 'headcount') return { optionId, staffing: kept }
      fail(FIELD.staffingMode(id), 'can only use a headcount per interval that came with an imported file')
    }
    return { optionId, staffing: { mode: 'requirement' as const } }
  })

  const input = {
    name: values.name,
    forecastId,
    currency: values.currency.trim().toUpperCase(),
    timeZone: values.timeZone.trim(),
    options,
    channels,
    growth: { volume: number(FIELD.growthVolume, values.growthVolume, { percent: true }), aht: number(FIELD.growthAht, values.growthAht, { percent: true }) },
    quality: { forecastFcr: number(FIELD.forecastFcr, values.forecastFcr, { percent: true, required: false }) ?? null },
    // Blank self-help events means no deflection; otherwise every rate is needed.
    deflection:
      values.deflectionEvents.trim() === ''
        ? null
        : {
            selfHelpEvents: number(FIELD.deflectionEvents, values.deflectionEvents),
            successRate: number(FIELD.deflectionSuccess, values.deflectionSuccess, { percent: true }),
            intentRate: number(FIELD.deflectionIntent, values.deflectionIntent, { percent: true }),
            noFurtherActionRate: number(FIELD.deflectionNoFurther, values.deflectionNoFurther, { percent: true }),
          },
    uncertainty: {
      dailyCv: number(FIELD.dailyCv, values.dailyCv, { percent: true }),
      weeklyCv: number(FIELD.weeklyCv, values.weeklyCv, { percent: true }),
      ahtCv: number(FIELD.ahtCv, values.ahtCv, { percent: true }),
      channelCorrelation: number(FIELD.correlation, values.correlation),
      poissonNoise: values.poissonNoise,
      trials: number(FIELD.trials, values.trials),
      seed: number(FIELD.seed, values.seed),
    },
  }
  const parsed = scenarioSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path, sectionOf, shareIds, optionIds)
      const k = sectionOf[Number(issue.path[1])]
      const sumsWrong = issue.code === 'custom' && field.endsWith('.allocation') && k !== undefined && shareTotal[k] !== undefined
      fail(field, sumsWrong ? `shares add up to ${Number((shareTotal[k]! * 100).toPrecision(12))}%; they must total 100%` : messageOf(issue, field))
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors }
  return { ok: true, scenario: parsed.data }
}

const TARGET_FIELDS: Record<string, TargetKey> = {
  serviceLevel: 'serviceLevel',
  answerWithinSeconds: 'answerWithin',
  maxAsaSeconds: 'maxAsa',
  maxAbandon: 'maxAbandon',
  patienceSeconds: 'patience',
  concurrency: 'concurrency',
  deadlineHours: 'deadlineHours',
}
const UNCERTAINTY_FIELDS: Record<string, string> = {
  dailyCv: FIELD.dailyCv,
  weeklyCv: FIELD.weeklyCv,
  ahtCv: FIELD.ahtCv,
  channelCorrelation: FIELD.correlation,
  trials: FIELD.trials,
  seed: FIELD.seed,
}

const DEFLECTION_FIELDS: Record<string, string> = {
  selfHelpEvents: FIELD.deflectionEvents,
  successRate: FIELD.deflectionSuccess,
  intentRate: FIELD.deflectionIntent,
  noFurtherActionRate: FIELD.deflectionNoFurther,
}

/** The form field a schema issue belongs beside; `form` when none fits. */
function fieldOf(path: readonly PropertyKey[], sectionOf: number[], shareIds: string[][], optionIds: number[]): string {
  const [head, a, b, c, d, e] = path
  if (head === 'name' || head === 'forecastId' || head === 'currency' || head === 'timeZone') return head
  if (head === 'growth') return a === 'aht' ? FIELD.growthAht : FIELD.growthVolume
  if (head === 'deflection') return DEFLECTION_FIELDS[String(a)] ?? FIELD.deflectionEvents
  if (head === 'quality') return FIELD.forecastFcr
  if (head === 'uncertainty') return UNCERTAINTY_FIELDS[String(a)] ?? FIELD.form
  if (head === 'options') {
    const id = typeof a === 'number' ? String(optionIds[a]) : undefined
    if (id === undefined) return FIELD.optionIds
    if (c === 'shifts' && typeof d === 'number' && typeof e === 'string') return FIELD.shift(id, d, e as keyof ShiftValues)
    return FIELD.staffingMode(id)
  }
  if (head === 'channels') {
    const k = typeof a === 'number' ? sectionOf[a] : undefined
    if (k === undefined) return FIELD.channels
    if (b === 'targets') return FIELD.channel(k, TARGET_FIELDS[String(c)] ?? 'serviceLevel')
    if (b === 'allocation' && c === 'shares' && typeof d === 'number') {
      const id = shareIds[k]?.[d]
      if (id) return FIELD.share(k, id)
    }
    return FIELD.channel(k, 'allocation')
  }
  return FIELD.form
}

const PERCENT_FIELD = /(serviceLevel|maxAbandon|share\.\d+|^growth\.\w+|Cv|Rate|Fcr)$/

/** The schema's rule in the person's units: bounds of percent fields ×100, zod's default wording replaced. */
function messageOf(issue: z.core.$ZodIssue, field: string): string {
  const scale = (n: number | bigint) => {
    const v = Number(n)
    return PERCENT_FIELD.test(field) ? `${Number((v * 100).toPrecision(12))}%` : v.toLocaleString('en-US')
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' && field.endsWith('.allocation')) return 'needs at least one option with a share above 0%'
      if (issue.origin === 'array' && field === FIELD.channels) return 'must include at least one channel'
      if (issue.origin === 'array' && field.endsWith('.days')) return 'needs at least one day'
      if (issue.origin === 'string' && field === FIELD.name) return 'is required'
      if (issue.origin === 'number' || issue.origin === 'bigint') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${scale(issue.minimum)}`
      return issue.message
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'bigint') return `must be ${issue.inclusive ? 'at most' : 'less than'} ${scale(issue.maximum)}`
      return issue.message
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number'
      return issue.input === undefined ? 'is required' : 'must be a number'
    default:
      // The schema's own messages ("must end after it starts") already read as a rule.
      return issue.message
  }
}

/** Labels for messages: "voice service level", "Onshore partner shift 2 end". */
class Labels {
  constructor(
    private readonly values: ScenarioFormValues,
    private readonly ctx: FormContext,
  ) {}

  of(field: string): string {
    const fixed: Record<string, string> = {
      [FIELD.name]: 'Name',
      [FIELD.forecastId]: 'Forecast',
      [FIELD.currency]: 'Currency',
      [FIELD.timeZone]: 'Time zone',
      [FIELD.optionIds]: 'Options',
      [FIELD.channels]: 'The scenario',
      [FIELD.form]: 'The form',
      [FIELD.growthVolume]: 'Volume growth',
      [FIELD.growthAht]: 'AHT change',
      [FIELD.forecastFcr]: 'FCR of the forecast',
      [FIELD.deflectionEvents]: 'Self-help events per week',
      [FIELD.deflectionSuccess]: 'Success rate',
      [FIELD.deflectionIntent]: 'Intent rate',
      [FIELD.deflectionNoFurther]: 'No-further-action rate',
      [FIELD.dailyCv]: 'Daily volume CV',
      [FIELD.weeklyCv]: 'Weekly volume CV',
      [FIELD.ahtCv]: 'AHT CV',
      [FIELD.correlation]: 'Correlation between channels',
      [FIELD.trials]: 'Trials',
      [FIELD.seed]: 'Seed',
    }
    if (fixed[field]) return fixed[field]
    const channel = /^channel\.(\d+)\.(.+)$/.exec(field)
    if (channel) {
      const name = this.values.channels[Number(channel[1])]?.channel ?? 'channel'
      const key = channel[2]!
      if (key.startsWith('share.')) return `${capitalise(name)} share of ${this.optionName(key.slice(6))}`
      const words: Record<string, string> = {
        allocation: '',
        serviceLevel: 'service level target',
        answerWithin: 'answer-within time',
        maxAsa: 'max ASA',
        maxAbandon: 'max abandon',
        patience: 'patience',
        concurrency: 'concurrency',
        deadlineHours: 'deadline',
      }
      return [capitalise(name), words[key] ?? key].filter(Boolean).join(' ')
    }
    const staffing = /^staffing\.(\d+)\.(?:mode|shift\.(\d+)\.(\w+))$/.exec(field)
    if (staffing) {
      const option = this.optionName(staffing[1]!)
      return staffing[2] === undefined ? `${option} staffing` : `${option} shift ${Number(staffing[2]) + 1} ${staffing[3]}`
    }
    return 'This field'
  }

  private optionName(id: string): string {
    return this.ctx.options.find((o) => String(o.id) === id)?.name ?? `option ${id}`
  }
}

const rank = (order: number[], id: number) => (order.includes(id) ? order.indexOf(id) : order.length)
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
