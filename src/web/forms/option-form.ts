/** Posted option form → the nested sourcing option, checked by sourcingOptionSchema, each issue mapped back to its form field. */
// Percents become shares here and blanks "not given"; while the nested input is built, every path it
// fills (terms.pricing.rate, hours.2.close…) records the field that fed it, so zod's paths map back.
import type { z } from 'zod'
import { sourcingOptionSchema, type SourcingOption } from '../../schemas/sourcing-option.ts'
import {
  FIXED_INPUT_NAMES,
  isPercentField,
  MAX_ROWS,
  PRICING_MODELS,
  RATE_MODELS,
  USUAL_CHANNELS,
  WEEKDAYS,
  type OptionFormErrors,
  type OptionFormValues,
} from '../../../views/options/form-fields.ts'

/** Longer text is nothing anyone meant; cap what is echoed back. */
const MAX_ECHO_LENGTH = 200
const ROW = `[0-${MAX_ROWS - 1}]`
const SLOT = `(?:voice|chat|email|other(?:[1-9]|10))`

/** Every name the form can post; anything else in a body is ignored. */
const FIELD_NAME = new RegExp(
  [
    `(?:${FIXED_INPUT_NAMES.map((n) => n.replace('.', '\\.')).join('|')})`,
    'hours\\.[0-6]\\.(?:open|close|closed)',
    `(?:channels|ahtFactor|price)\\.${SLOT}`,
    `rate\\.(?:${RATE_MODELS.join('|')})`,
    `tier\\.${ROW}\\.(?:channel|upTo|price)`,
    `sla\\.kpi\\.${ROW}\\.(?:kpi|target|weightPercent)`,
    `bonus\\.${ROW}\\.(?:kpi|target|sharePercent)`,
  ]
    .map((p) => `^${p}$`)
    .join('|'),
)

export type OptionFormReading =
  | { ok: true; values: OptionFormValues; option: SourcingOption }
  | { ok: false; values: OptionFormValues; errors: OptionFormErrors }

export interface OptionFormContext {
  /** Options this one may escalate to (every saved option but itself). */
  escalationTargets: readonly number[]
}

type Path = ReadonlyArray<string | number>

/** The nested input under construction, and which form field fed each path. */
class Builder {
  readonly input: Record<string, unknown> = {}
  readonly fieldOf = new Map<string, string>()
  readonly errors: OptionFormErrors = {}
  constructor(readonly values: OptionFormValues) {}

  text(name: string): string {
    return (this.values[name] ?? '').trim()
  }
  checked(name: string): boolean {
    return this.values[name] === 'on'
  }
  /** Registers `field` as the source of `path` (and of issues under it) and stores the value there. */
  put(path: Path, field: string, value: unknown): void {
    this.fieldOf.set(path.join('.'), field)
    if (value === undefined) return
    let node = this.input as Record<string | number, unknown>
    path.slice(0, -1).forEach((key, i) => {
      node[key] ??= typeof path[i + 1] === 'number' ? [] : {}
      node = node[key] as Record<string | number, unknown>
    })
    node[path.at(-1)!] = value
  }
  /** A number typed as text ("1,200", "35 %"); blank → undefined; anything else is this field's error. */
  num(name: string): number | undefined {
    const percent = isPercentField(name)
    let t = this.text(name).replace(/[,\s]/g, '')
    if (percent) t = t.replace(/%$/, '')
    if (t === '') return undefined
    const v = Number(t)
    if (!Number.isFinite(v)) {
      this.errors[name] ??= 'must be a number'
      return undefined
    }
    return percent ? v / 100 : v
  }
  fail(field: string, message: string): void {
    this.errors[field] ??= message
  }
}

/** Reads and validates a posted option form. */
export function readOptionForm(body: Record<string, unknown>, ctx: OptionFormContext): OptionFormReading {
  const values = collectValues(body)
  const b = new Builder(values)
  readGeneral(b, ctx)
  const channels = readChannels(b)
  if (b.text('kind') === 'partner') {
    readTerms(b, channels)
    b.put(['costStack'], 'kind', null)
  } else if (b.text('kind') === 'in-house') {
    readCostStack(b)
    b.put(['terms'], 'kind', null)
  }
  const parsed = sourcingOptionSchema.safeParse(b.input)
  const errors: OptionFormErrors = { ...b.errors }
  if (!parsed.success) {
    for (const issue of flattenIssues(parsed.error.issues)) {
      const field = fieldFor(b.fieldOf, issue.path)
      errors[field] ??= messageFor(issue, isPercentField(field))
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, values, errors }
  return { ok: true, values, option: parsed.data }
}

/** Known fields only, as strings, capped; checkboxes and files that are not text read as blank. */
function collectValues(body: Record<string, unknown>): OptionFormValues {
  const values: OptionFormValues = {}
  for (const [name, raw] of Object.entries(body)) {
    if (!FIELD_NAME.test(name)) continue
    const value = Array.isArray(raw) ? raw.at(-1) : raw
    values[name] = typeof value === 'string' ? value.slice(0, MAX_ECHO_LENGTH) : ''
  }
  return values
}

function readGeneral(b: Builder, ctx: OptionFormContext): void {
  b.put(['name'], 'name', b.values.name ?? '')
  b.put(['kind'], 'kind', b.text('kind'))
  b.put(['shore'], 'shore', b.text('shore'))
  const otherZone = b.text('timeZoneOther')
  b.put(['timeZone'], otherZone ? 'timeZoneOther' : 'timeZone', otherZone || b.text('timeZone'))
  b.put(['hours'], 'hours', [])
  WEEKDAYS.forEach((_, d) => {
    if (b.checked(`hours.${d}.closed`)) return b.put(['hours', d], `hours.${d}.closed`, null)
    b.put(['hours', d], `hours.${d}.close`, {})
    b.put(['hours', d, 'open'], `hours.${d}.open`, clock(b.text(`hours.${d}.open`)))
    b.put(['hours', d, 'close'], `hours.${d}.close`, clock(b.text(`hours.${d}.close`)))
  })
  const capacity = b.num('capacityAgents')
  b.put(['capacityAgents'], 'capacityAgents', capacity ?? (b.errors.capacityAgents ? undefined : null))
  b.put(['shrinkage'], 'shrinkagePercent', b.num('shrinkagePercent'))
  b.put(['occupancyCap'], 'occupancyCapPercent', b.num('occupancyCapPercent'))
  b.put(['fcr'], 'fcrPercent', b.num('fcrPercent'))
  b.put(['escalationRate'], 'escalationRatePercent', b.num('escalationRatePercent'))
  const target = b.text('escalatesToOptionId')
  if (target !== '' && !ctx.escalationTargets.includes(Number(target))) b.fail('escalatesToOptionId', 'must be another saved option')
  b.put(['escalatesToOptionId'], 'escalatesToOptionId', target === '' || b.errors.escalatesToOptionId ? null : Number(target))
  b.put(['currency'], 'currency', b.text('currency').toUpperCase())
  b.put(['exchangeRate'], 'exchangeRate', b.num('exchangeRate'))
  b.put(['hoursPerFteWeek'], 'hoursPerFteWeek', b.num('hoursPerFteWeek'))
  // Blank: exponential handle times (Erlang's assumption).
  const cv = b.num('handleTimeCv')
  b.put(['handleTimeCv'], 'handleTimeCv', cv ?? (b.errors.handleTimeCv ? undefined : null))
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** "8:00" → "08:00", so a missing leading zero is not an error. */
const clock = (text: string) => (/^\d:\d\d$/.test(text) ? `0${text}` : text)

/** Served channels in form order, each with the slot that typed it. */
function readChannels(b: Builder): Array<{ slot: string; channel: string }> {
  const served: Array<{ slot: string; channel: string }> = []
  for (const usual of USUAL_CHANNELS) if (b.checked(`channels.${usual}`)) served.push({ slot: usual, channel: usual })
  for (let k = 1; k <= MAX_ROWS; k++) {
    const slot = `other${k}`
    const channel = b.text(`channels.${slot}`)
    if (channel === '') continue
    // Channel names become object keys (ahtFactor, prices); these would reach the prototype instead.
    if (RESERVED_KEYS.has(channel)) b.fail(`channels.${slot}`, 'is a reserved word; choose another name')
    else if (served.some((s) => s.channel.toLowerCase() === channel.toLowerCase())) b.fail(`channels.${slot}`, `repeats ${channel}, already served`)
    else served.push({ slot, channel })
  }
  b.put(['channels'], 'channels', [])
  b.put(['ahtFactor'], 'channels', {})
  served.forEach(({ slot, channel }, i) => {
    b.put(['channels', i], `channels.${slot}`, channel)
    b.put(['ahtFactor', channel], `ahtFactor.${slot}`, b.num(`ahtFactor.${slot}`))
  })
  return served
}

function readTerms(b: Builder, channels: Array<{ slot: string; channel: string }>): void {
  const model = b.text('pricingModel')
  if (!PRICING_MODELS.some((m) => m.value === model)) b.fail('pricingModel', 'must be one of the models listed')
  // A fixed fee turns any model into a hybrid: the fee plus that model as its variable part.
  const fee = b.num('fixedMonthlyFee')
  const base: Path = fee === undefined ? ['terms', 'pricing'] : ['terms', 'pricing', 'variable']
  b.put(['terms'], 'pricingModel', {})
  if (fee !== undefined) {
    b.put(['terms', 'pricing'], 'pricingModel', { model: 'hybrid' })
    b.put(['terms', 'pricing', 'fixedMonthlyFee'], 'fixedMonthlyFee', fee)
  }
  b.put(base, 'pricingModel', { model })
  if ((RATE_MODELS as readonly string[]).includes(model)) b.put([...base, 'rate'], `rate.${model}`, b.num(`rate.${model}`))
  if (model === 'per-interaction') readPerInteraction(b, base, channels)
  if (model === 'banded') {
    for (const key of ['baseCharge', 'baselineVolume', 'additionalPerUnit', 'reducedPerUnit']) b.put([...base, key], `banded.${key}`, b.num(`banded.${key}`))
    b.put([...base, 'bandShare'], 'banded.bandPercent', b.num('banded.bandPercent'))
  }
  const optional: Array<[key: string, field: string]> = [
    ['minimumMonthlyCommitment', 'minimumMonthlyCommitment'],
    ['transitionFee', 'transitionFee'],
    ['trainingPerNewAgent', 'trainingPerNewAgent'],
    ['attritionAnnualRate', 'attritionPercent'],
    ['replacementCostPerAgent', 'replacementCostPerAgent'],
    ['managementFeeShare', 'managementFeePercent'],
    ['technologyPerSeatMonthly', 'technologyPerSeatMonthly'],
  ]
  for (const [key, field] of optional) b.put(['terms', key], field, b.num(field))
  readSlaCredits(b)
  readBonuses(b)
}

function readPerInteraction(b: Builder, base: Path, channels: Array<{ slot: string; channel: string }>): void {
  b.put([...base, 'prices'], 'pricingModel', {})
  for (const { slot, channel } of channels) {
    const price = b.num(`price.${slot}`)
    if (price === undefined && !b.errors[`price.${slot}`]) b.fail(`price.${slot}`, `is required: the option serves ${channel}`)
    b.put([...base, 'prices', channel], `price.${slot}`, price)
  }
  const byChannel: Record<string, Array<{ row: number; upTo: number | null; price: number | undefined }>> = {}
  for (let row = 0; row < MAX_ROWS; row++) {
    const typed = b.text(`tier.${row}.channel`)
    const upTo = b.num(`tier.${row}.upTo`)
    const price = b.num(`tier.${row}.price`)
    if (typed === '' && upTo === undefined && price === undefined) continue
    const channel = channels.find((c) => c.channel.toLowerCase() === typed.toLowerCase())?.channel
    if (!channel) {
      b.fail(`tier.${row}.channel`, `must be a channel the option serves (${channels.map((c) => c.channel).join(', ') || 'none yet'})`)
      continue
    }
    const list = (byChannel[channel] ??= [])
    const previous = list.at(-1)
    // Tiers are read in order; a bound must rise, and only the last tier of a channel may be open-ended.
    if (previous && (previous.upTo === null || (upTo !== undefined && upTo <= previous.upTo))) b.fail(`tier.${row}.upTo`, 'must be above the previous tier of this channel')
    list.push({ row, upTo: upTo ?? null, price })
  }
  if (Object.keys(byChannel).length === 0) return
  b.put([...base, 'tiers'], 'tierStyle', { style: b.text('tierStyle'), byChannel: {} })
  b.put([...base, 'tiers', 'style'], 'tierStyle', b.text('tierStyle'))
  for (const [channel, tiers] of Object.entries(byChannel)) {
    b.put([...base, 'tiers', 'byChannel', channel], `tier.${tiers[0]!.row}.channel`, [])
    tiers.forEach((t, j) => {
      b.put([...base, 'tiers', 'byChannel', channel, j], `tier.${t.row}.price`, {})
      b.put([...base, 'tiers', 'byChannel', channel, j, 'upTo'], `tier.${t.row}.upTo`, t.upTo)
      b.put([...base, 'tiers', 'byChannel', channel, j, 'price'], `tier.${t.row}.price`, t.price)
    })
  }
}

/** A KPI target is a percent except ASA, which is seconds. */
function kpiTarget(b: Builder, kpi: string, field: string): number | undefined {
  const v = b.num(field)
  return v === undefined || kpi === 'asa' ? v : v / 100
}

function readSlaCredits(b: Builder): void {
  const rows = rowsWithValues(b, (i) => [`sla.kpi.${i}.kpi`, `sla.kpi.${i}.target`, `sla.kpi.${i}.weightPercent`])
  const atRisk = b.num('sla.atRiskPercent')
  if (rows.length === 0 && atRisk === undefined && b.text('sla.capPercent') === '') return
  const sla: Path = ['terms', 'slaCredits']
  b.put(sla, 'sla.atRiskPercent', { kpis: [] })
  b.put([...sla, 'atRiskShare'], 'sla.atRiskPercent', atRisk)
  b.put([...sla, 'capShare'], 'sla.capPercent', b.num('sla.capPercent'))
  b.put([...sla, 'earnBackTarget'], 'sla.earnBackTargetPercent', b.num('sla.earnBackTargetPercent'))
  // Both blank: the schema's default band (90–110 %) applies.
  if (b.text('sla.validityLowPercent') !== '' || b.text('sla.validityHighPercent') !== '') {
    b.put([...sla, 'validityBand'], 'sla.validityLowPercent', {})
    b.put([...sla, 'validityBand', 'low'], 'sla.validityLowPercent', b.num('sla.validityLowPercent'))
    b.put([...sla, 'validityBand', 'high'], 'sla.validityHighPercent', b.num('sla.validityHighPercent'))
  }
  b.put([...sla, 'kpis'], 'sla.kpis', [])
  rows.forEach((i, j) => {
    const kpi = b.text(`sla.kpi.${i}.kpi`)
    b.put([...sla, 'kpis', j], `sla.kpi.${i}.kpi`, {})
    b.put([...sla, 'kpis', j, 'kpi'], `sla.kpi.${i}.kpi`, kpi)
    b.put([...sla, 'kpis', j, 'target'], `sla.kpi.${i}.target`, kpiTarget(b, kpi, `sla.kpi.${i}.target`))
    b.put([...sla, 'kpis', j, 'weight'], `sla.kpi.${i}.weightPercent`, b.num(`sla.kpi.${i}.weightPercent`))
  })
}

function readBonuses(b: Builder): void {
  const rows = rowsWithValues(b, (i) => [`bonus.${i}.kpi`, `bonus.${i}.target`, `bonus.${i}.sharePercent`])
  if (rows.length === 0) return
  b.put(['terms', 'bonuses'], 'bonuses', [])
  rows.forEach((i, j) => {
    const kpi = b.text(`bonus.${i}.kpi`)
    b.put(['terms', 'bonuses', j], `bonus.${i}.kpi`, {})
    b.put(['terms', 'bonuses', j, 'kpi'], `bonus.${i}.kpi`, kpi)
    b.put(['terms', 'bonuses', j, 'target'], `bonus.${i}.target`, kpiTarget(b, kpi, `bonus.${i}.target`))
    b.put(['terms', 'bonuses', j, 'share'], `bonus.${i}.sharePercent`, b.num(`bonus.${i}.sharePercent`))
  })
}

function rowsWithValues(b: Builder, fields: (i: number) => string[]): number[] {
  return Array.from({ length: MAX_ROWS }, (_, i) => i).filter((i) => fields(i).some((f) => b.text(f) !== ''))
}

const COST_FIELDS: Array<[key: string, field: string]> = [
  ['hourlyWage', 'cost.hourlyWage'],
  ['benefitsLoad', 'cost.benefitsLoadPercent'],
  ['paidHoursPerFteYear', 'cost.paidHoursPerFteYear'],
  ['supervisorSpan', 'cost.supervisorSpan'],
  ['supervisorSalary', 'cost.supervisorSalary'],
  ['qaSpan', 'cost.qaSpan'],
  ['qaSalary', 'cost.qaSalary'],
  ['wfmSpan', 'cost.wfmSpan'],
  ['wfmSalary', 'cost.wfmSalary'],
  ['facilitiesPerSeatMonthly', 'cost.facilitiesPerSeatMonthly'],
  ['technologyPerSeatMonthly', 'cost.technologyPerSeatMonthly'],
  ['recruitingCostPerHire', 'cost.recruitingCostPerHire'],
  ['trainingCostPerHire', 'cost.trainingCostPerHire'],
  ['attritionAnnualRate', 'cost.attritionPercent'],
]

function readCostStack(b: Builder): void {
  b.put(['costStack'], 'cost.hourlyWage', {})
  for (const [key, field] of COST_FIELDS) b.put(['costStack', key], field, b.num(field))
}

type Issue = z.core.$ZodIssue

/**
 * A union reports every branch's issues. The branch to believe is the one whose
 * discriminator matched (no complaint about `model`); its issues are lifted to
 * the union's path. Other issues pass through.
 */
function flattenIssues(issues: readonly Issue[], prefix: Path = []): Array<Issue & { path: Path }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path] as Array<string | number>
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path }]
    const branches = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 1 && i.path[0] === 'model'))
    const chosen = (branches.length ? branches : issue.errors).reduce((a, c) => (c.length < a.length ? c : a))
    return flattenIssues(chosen, path)
  })
}

/** The field that fed `path`, or of its nearest registered parent; `form` when none did. */
function fieldFor(fieldOf: Map<string, string>, path: Path): string {
  for (let k = path.length; k > 0; k--) {
    const field = fieldOf.get(path.slice(0, k).join('.'))
    if (field) return field
  }
  return 'form'
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })

/**
 * Messages in the house style ("must be at least 0"), built from the issue's own
 * bounds so a percent field states them in percent ("must be less than 100%").
 * Messages a schema wrote itself (formats, refinements) pass through.
 */
function messageFor(issue: Issue, percent: boolean): string {
  const bound = (v: number | bigint) => (percent ? `${plain.format(Number((Number(v) * 100).toPrecision(12)))}%` : plain.format(Number(v)))
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return `${issue.inclusive ? 'must be at least' : 'must be more than'} ${bound(issue.minimum)}`
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is required' : `must be at least ${issue.minimum} characters`
      if (issue.origin === 'array') return isDefault(issue.message) ? `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'row' : 'rows'}` : issue.message
      return issue.message
    case 'too_big':
      if (issue.origin === 'number') return `${issue.inclusive ? 'must be at most' : 'must be less than'} ${bound(issue.maximum)}`
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`
      if (issue.origin === 'array') return `has too many rows (at most ${issue.maximum})`
      return issue.message
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : 'is required'
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`
    default:
      return isDefault(issue.message) ? 'is not valid' : issue.message
  }
}

/** zod's own English ("Too small: expected …"), as opposed to a message a schema wrote. */
const isDefault = (message: string) => /^(Too small|Too big|Invalid)/.test(message)
