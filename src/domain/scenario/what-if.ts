/**
 * A what-if: the assumptions a planner moves on the compare page, read from a
 * scenario model, applied to a copy of it (nothing is saved), and listed where they
 * differ from the model they came from.
 */
import { scalePricing } from '../evaluation/break-even.ts'
import type { ScenarioModel } from '../evaluation/evaluate-model.ts'
import type { Scenario, StaffingMode } from '../../schemas/scenario.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'

export interface WhatIfChannel {
  channel: string
  /** Share answered within `answerWithinSeconds` (for deferred work: done within the deadline). */
  serviceLevel: number
  answerWithinSeconds: number
  /** The share of each option, for a channel split by shares; null for an overflow order. */
  shares: { optionId: number; share: number }[] | null
}

export interface WhatIfOption {
  optionId: number
  shrinkage: number
  /** Every price (or the in-house wage) moved by this share: 0.05 = 5 % dearer. */
  priceChange: number
  /** Every shift's (or interval's) agents moved by this share; null when staffed to the requirement. */
  headcountChange: number | null
}

export interface WhatIf {
  volumeGrowth: number
  ahtChange: number
  deflection: Scenario['deflection']
  channels: WhatIfChannel[]
  options: WhatIfOption[]
  uncertainty: { dailyCv: number; weeklyCv: number; ahtCv: number; seed: number }
}

/** The model's own values: applying it gives the model back. */
export function whatIfOf(model: ScenarioModel): WhatIf {
  const s = model.scenario
  return {
    volumeGrowth: s.growth.volume,
    ahtChange: s.growth.aht,
    deflection: s.deflection,
    channels: s.channels.map((c) => ({
      channel: c.channel,
      serviceLevel: c.targets.serviceLevel,
      answerWithinSeconds: c.targets.answerWithinSeconds,
      shares: c.allocation.mode === 'shares' ? c.allocation.shares.map((x) => ({ ...x })) : null,
    })),
    options: s.options.map((o) => ({
      optionId: o.optionId,
      shrinkage: model.options.get(o.optionId)!.shrinkage,
      priceChange: 0,
      headcountChange: o.staffing.mode === 'requirement' ? null : 0,
    })),
    uncertainty: { dailyCv: s.uncertainty.dailyCv, weeklyCv: s.uncertainty.weeklyCv, ahtCv: s.uncertainty.ahtCv, seed: s.uncertainty.seed },
  }
}

/** Rates are stored to a hundredth of a cent, so a saved what-if prices like the live one. */
const toRate = (x: number) => Math.round(x * 10_000) / 10_000

/**
 * The model with the what-if's values. Channels and options the what-if does not
 * name keep theirs; prices and headcounts scale from the model's own (agents round
 * to whole people). Pure: the model passed in is not changed.
 */
export function applyWhatIf(model: ScenarioModel, w: WhatIf): ScenarioModel {
  const s = model.scenario
  const channelOf = new Map(w.channels.map((c) => [c.channel, c]))
  const optionOf = new Map(w.options.map((o) => [o.optionId, o]))
  const scenario: Scenario = {
    ...s,
    growth: { volume: w.volumeGrowth, aht: w.ahtChange },
    deflection: w.deflection,
    uncertainty: { ...s.uncertainty, ...w.uncertainty },
    channels: s.channels.map((c) => {
      const x = channelOf.get(c.channel)
      if (!x) return c
      const allocation = x.shares && c.allocation.mode === 'shares' ? { mode: 'shares' as const, shares: x.shares.map((y) => ({ ...y })) } : c.allocation
      return { ...c, allocation, targets: { ...c.targets, serviceLevel: x.serviceLevel, answerWithinSeconds: x.answerWithinSeconds } }
    }),
    options: s.options.map((o) => {
      const change = optionOf.get(o.optionId)?.headcountChange
      return change ? { ...o, staffing: scaledStaffing(o.staffing, 1 + change) } : o
    }),
  }
  const options = new Map(model.options)
  for (const [id, o] of model.options) {
    const x = optionOf.get(id)
    if (!x) continue
    options.set(id, withPrice({ ...o, shrinkage: x.shrinkage }, 1 + x.priceChange))
  }
  return { ...model, scenario, options }
}

function withPrice(o: SourcingOption, k: number): SourcingOption {
  if (k === 1) return o
  if (o.kind === 'in-house') return { ...o, costStack: { ...o.costStack!, hourlyWage: toRate(o.costStack!.hourlyWage * k) } }
  return { ...o, terms: { ...o.terms!, pricing: roundPricing(scalePricing(o.terms!.pricing, k)) } }
}

function roundPricing<P>(p: P): P {
  return JSON.parse(JSON.stringify(p), (key, v) => (typeof v === 'number' && key !== 'upTo' && key !== 'baselineVolume' && key !== 'bandShare' ? toRate(v) : v)) as P
}

function scaledStaffing(m: StaffingMode, k: number): StaffingMode {
  const agents = (n: number) => Math.max(0, Math.round(n * k))
  if (m.mode === 'schedule') return { ...m, shifts: m.shifts.map((sh) => ({ ...sh, agents: agents(sh.agents) })) }
  if (m.mode === 'headcount') return { ...m, byChannel: Object.fromEntries(Object.entries(m.byChannel).map(([ch, xs]) => [ch, xs.map(agents)])) }
  return m
}

export type ChangeUnit = 'percent' | 'seconds' | 'count' | 'seed'

/** One assumption the what-if moves away from the model's value. */
export interface WhatIfChange {
  /** The form field it came from, so the page can point at it. */
  field: string
  label: string
  before: number
  after: number
  unit: ChangeUnit
  /** Set when saving changes a sourcing option other scenarios may use too. */
  optionId?: number
}

/**
 * What differs between the what-if and the model's own values, in the form's
 * order. Numbers within 1e-9 count as equal (a percent typed back as a share).
 */
export function whatIfChanges(model: ScenarioModel, w: WhatIf): WhatIfChange[] {
  const base = whatIfOf(model)
  const out: WhatIfChange[] = []
  const add = (field: string, label: string, before: number, after: number, unit: ChangeUnit, optionId?: number) => {
    if (Math.abs(before - after) > 1e-9) out.push({ field, label, before, after, unit, ...(optionId === undefined ? {} : { optionId }) })
  }
  add('growth', 'Volume growth', base.volumeGrowth, w.volumeGrowth, 'percent')
  add('aht', 'AHT change', base.ahtChange, w.ahtChange, 'percent')
  if (base.deflection && w.deflection) {
    add('deflection-events', 'Self-help events per week', base.deflection.selfHelpEvents, w.deflection.selfHelpEvents, 'count')
    add('deflection-success', 'Self-help success rate', base.deflection.successRate, w.deflection.successRate, 'percent')
    add('deflection-intent', 'Share of self-help with contact intent', base.deflection.intentRate, w.deflection.intentRate, 'percent')
    add('deflection-no-further', 'Share needing no further action', base.deflection.noFurtherActionRate, w.deflection.noFurtherActionRate, 'percent')
  }
  base.channels.forEach((b, i) => {
    const x = w.channels.find((c) => c.channel === b.channel)
    if (!x) return
    add(`channel-${i}-sl`, `${b.channel}: service-level target`, b.serviceLevel, x.serviceLevel, 'percent')
    add(`channel-${i}-within`, `${b.channel}: answered within`, b.answerWithinSeconds, x.answerWithinSeconds, 'seconds')
    for (const share of b.shares ?? []) {
      const after = x.shares?.find((y) => y.optionId === share.optionId)?.share
      if (after !== undefined) add(`channel-${i}-share-${share.optionId}`, `${b.channel}: share of ${model.options.get(share.optionId)?.name ?? `option ${share.optionId}`}`, share.share, after, 'percent')
    }
  })
  for (const b of base.options) {
    const x = w.options.find((o) => o.optionId === b.optionId)
    if (!x) continue
    const name = model.options.get(b.optionId)!.name
    add(`option-${b.optionId}-shrinkage`, `${name}: shrinkage`, b.shrinkage, x.shrinkage, 'percent', b.optionId)
    add(`option-${b.optionId}-price`, `${name}: ${model.options.get(b.optionId)!.kind === 'in-house' ? 'hourly wage' : 'prices'}`, 0, x.priceChange, 'percent', b.optionId)
    if (b.headcountChange !== null && x.headcountChange !== null) add(`option-${b.optionId}-headcount`, `${name}: agents on shift`, 0, x.headcountChange, 'percent')
  }
  add('daily-cv', 'Daily forecast error (CV)', base.uncertainty.dailyCv, w.uncertainty.dailyCv, 'percent')
  add('weekly-cv', 'Weekly forecast error (CV)', base.uncertainty.weeklyCv, w.uncertainty.weeklyCv, 'percent')
  add('aht-cv', 'AHT error (CV)', base.uncertainty.ahtCv, w.uncertainty.ahtCv, 'percent')
  add('seed', 'Random seed', base.uncertainty.seed, w.uncertainty.seed, 'seed')
  return out
}
