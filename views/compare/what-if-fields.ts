/**
 * The compare page's what-if inputs: one list of fields, built from the scenario,
 * that both draws the form and reads it back (names, units, bounds, today's values),
 * so the two cannot drift.
 */
import type { ScenarioModel } from '../../src/domain/evaluation/evaluate-model.ts'
import { whatIfOf } from '../../src/domain/scenario/what-if.ts'

export type FieldUnit = '%' | 's' | 'per week' | ''

export interface WhatIfField {
  name: string
  label: string
  unit: FieldUnit
  /** Typed as a percent and stored as a share. */
  percent: boolean
  integer: boolean
  /** Bounds in the typed unit. */
  min: number
  max: number
  /** Today's value in the typed unit. */
  today: number
  hint?: string
}

export interface WhatIfGroup {
  legend: string
  note?: string
  fields: WhatIfField[]
  /** Where a problem of the group as a whole (shares not adding up) is shown. */
  errorKey?: string
}

/** The live view simulates fewer futures than a full run: enough for a steady P10–P90, fast enough to follow typing. */
export const LIVE_TRIALS = { min: 100, max: 2_000, default: 200 } as const
export const TRIALS_FIELD = 'trials'
export const MONTH_FIELD = 'month'

const pct = (share: number) => Math.round(share * 1e6) / 1e4
const percent = (name: string, label: string, share: number, min: number, max: number, hint?: string): WhatIfField => ({
  name,
  label,
  unit: '%',
  percent: true,
  integer: false,
  min,
  max,
  today: pct(share),
  ...(hint ? { hint } : {}),
})
const whole = (name: string, label: string, today: number, min: number, max: number, unit: FieldUnit = '', hint?: string): WhatIfField => ({
  name,
  label,
  unit,
  percent: false,
  integer: true,
  min,
  max,
  today,
  ...(hint ? { hint } : {}),
})

export const sharesErrorKey = (channelIndex: number) => `channel-${channelIndex}-shares`

/** The groups of the what-if form for this scenario, in the order they are shown. */
export function whatIfGroups(model: ScenarioModel): WhatIfGroup[] {
  const w = whatIfOf(model)
  const nameOf = (id: number) => model.options.get(id)?.name ?? `option ${id}`
  const groups: WhatIfGroup[] = [
    {
      legend: 'Volume and handle time',
      fields: [
        percent('growth', 'Volume growth', w.volumeGrowth, -90, 1000, 'on every interval of the forecast'),
        percent('aht', 'AHT change', w.ahtChange, -90, 1000, '−10 = handle times 10 % shorter'),
      ],
    },
  ]
  if (w.deflection) {
    groups.push({
      legend: 'Self-service deflection',
      note: 'Deflected per week = events × success × intent × no further action.',
      fields: [
        whole('deflection-events', 'Self-help events', w.deflection.selfHelpEvents, 0, 1e9, 'per week'),
        percent('deflection-success', 'Success rate', w.deflection.successRate, 0, 100),
        percent('deflection-intent', 'With contact intent', w.deflection.intentRate, 0, 100),
        percent('deflection-no-further', 'Needing no further action', w.deflection.noFurtherActionRate, 0, 100),
      ],
    })
  }
  w.channels.forEach((c, i) => {
    groups.push({
      legend: `${c.channel}: targets${c.shares ? ' and split' : ''}`,
      ...(c.shares ? { note: 'Shares of the channel’s contacts; they must add up to 100 %.', errorKey: sharesErrorKey(i) } : { note: 'Split by overflow order (change it under Edit assumptions).' }),
      fields: [
        percent(`channel-${i}-sl`, 'Service-level target', c.serviceLevel, 0, 100),
        whole(`channel-${i}-within`, 'Answered within', c.answerWithinSeconds, 0, 86_400, 's'),
        ...(c.shares ?? []).map((x) => percent(`channel-${i}-share-${x.optionId}`, `Share to ${nameOf(x.optionId)}`, x.share, 0, 100)),
      ],
    })
  })
  for (const o of w.options) {
    const option = model.options.get(o.optionId)!
    groups.push({
      legend: option.name,
      note: `${option.kind === 'in-house' ? 'In-house team' : 'Partner'}; saving changes this option in every scenario that uses it.`,
      fields: [
        percent(`option-${o.optionId}-shrinkage`, 'Shrinkage', o.shrinkage, 0, 95),
        percent(`option-${o.optionId}-price`, option.kind === 'in-house' ? 'Hourly wage change' : 'Price change', 0, -90, 1000, 'on every rate and fee'),
        ...(o.headcountChange === null ? [] : [percent(`option-${o.optionId}-headcount`, 'Agents on shift change', 0, -100, 1000, 'rounded to whole agents')]),
      ],
    })
  }
  groups.push({
    legend: 'Uncertainty',
    note: 'Coefficients of variation of the forecast errors the simulation draws.',
    fields: [
      percent('daily-cv', 'Daily volume error', w.uncertainty.dailyCv, 0, 200),
      percent('weekly-cv', 'Weekly volume error', w.uncertainty.weeklyCv, 0, 200),
      percent('aht-cv', 'AHT error', w.uncertainty.ahtCv, 0, 200),
      whole(TRIALS_FIELD, 'Futures simulated', LIVE_TRIALS.default, LIVE_TRIALS.min, LIVE_TRIALS.max, '', 'live view only; use a full run for more'),
      whole('seed', 'Random seed', w.uncertainty.seed, 0, 2 ** 31 - 1, '', 'same seed, same futures'),
    ],
  })
  return groups
}
