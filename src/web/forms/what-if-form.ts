/** Query string or form body → a what-if on a scenario model: echoes what was typed, turns percents into shares, names the field of every problem. */
import type { ScenarioModel } from '../../domain/evaluation/evaluate-model.ts'
import { applyWhatIf, whatIfOf, type WhatIf } from '../../domain/scenario/what-if.ts'
import { scenarioSchema } from '../../schemas/scenario.ts'
import { sourcingOptionSchema } from '../../schemas/sourcing-option.ts'
import { TRIALS_FIELD, sharesErrorKey, whatIfGroups, type WhatIfField, type WhatIfGroup } from '../../../views/compare/what-if-fields.ts'

/** No number anyone means is longer; a pasted essay is not echoed back whole. */
const MAX_ECHO_LENGTH = 32

export type WhatIfValues = Record<string, string>
export type WhatIfErrors = Record<string, string>

/** `groups` are the form's fields for this scenario, as read: the page draws the same ones. */
export type WhatIfReading =
  | { ok: true; groups: WhatIfGroup[]; values: WhatIfValues; whatIf: WhatIf; model: ScenarioModel; trials: number }
  | { ok: false; groups: WhatIfGroup[]; values: WhatIfValues; errors: WhatIfErrors }

/** A value as it is typed back into its input: no separators, at most four decimals. */
export const typedValue = (n: number) => String(Math.round(n * 1e4) / 1e4)

/**
 * Reads every field of the scenario's what-if; a field the request leaves out keeps
 * today's value, so the bare compare URL is the saved scenario. The model returned has
 * the what-if applied and has passed the same schemas a save does.
 */
export function readWhatIf(input: Record<string, unknown>, model: ScenarioModel): WhatIfReading {
  const values: WhatIfValues = {}
  const errors: WhatIfErrors = {}
  const number: Record<string, number> = {}
  const groups = whatIfGroups(model)
  for (const group of groups) {
    for (const field of group.fields) {
      const given = input[field.name]
      const raw = typeof given === 'string' ? given.slice(0, MAX_ECHO_LENGTH) : typedValue(field.today)
      values[field.name] = raw
      const read = readNumber(raw, field)
      if (typeof read === 'string') errors[field.name] = read
      else number[field.name] = field.percent ? read / 100 : read
    }
  }
  const w = whatIfOf(model)
  w.channels.forEach((c, i) => {
    if (!c.shares) return
    const names = c.shares.map((x) => `channel-${i}-share-${x.optionId}`)
    if (names.some((n) => errors[n])) return
    const total = names.reduce((s, n) => s + number[n]!, 0)
    if (Math.abs(total - 1) > 1e-6) errors[sharesErrorKey(i)] = `The shares of ${c.channel} add up to ${typedValue(total * 100)} %; they must add up to 100 %.`
  })
  if (Object.keys(errors).length > 0) return { ok: false, groups, values, errors }

  const v = (name: string) => number[name]!
  const whatIf: WhatIf = {
    volumeGrowth: v('growth'),
    ahtChange: v('aht'),
    deflection: w.deflection && {
      selfHelpEvents: v('deflection-events'),
      successRate: v('deflection-success'),
      intentRate: v('deflection-intent'),
      noFurtherActionRate: v('deflection-no-further'),
    },
    channels: w.channels.map((c, i) => ({
      channel: c.channel,
      serviceLevel: v(`channel-${i}-sl`),
      answerWithinSeconds: v(`channel-${i}-within`),
      shares: c.shares && c.shares.map((x) => ({ optionId: x.optionId, share: v(`channel-${i}-share-${x.optionId}`) })),
    })),
    options: w.options.map((o) => ({
      optionId: o.optionId,
      shrinkage: v(`option-${o.optionId}-shrinkage`),
      priceChange: v(`option-${o.optionId}-price`),
      headcountChange: o.headcountChange === null ? null : v(`option-${o.optionId}-headcount`),
    })),
    uncertainty: { dailyCv: v('daily-cv'), weeklyCv: v('weekly-cv'), ahtCv: v('aht-cv'), seed: v('seed') },
  }
  const applied = applyWhatIf(model, whatIf)
  const problem = schemaProblem(applied)
  if (problem) return { ok: false, groups, values, errors: { form: problem } }
  return { ok: true, groups, values, whatIf, model: applied, trials: v(TRIALS_FIELD) }
}

/** A number in the field's bounds, or the sentence saying what is wrong. Accepts "1,200", "5 %" and "−3". */
function readNumber(raw: string, field: WhatIfField): number | string {
  const text = raw.trim().replace(/,/g, '').replace(/%$/, '').replace(/^\u2212/, '-').trim()
  const n = text === '' ? NaN : Number(text)
  if (!Number.isFinite(n)) return `${field.label} must be a number${field.unit ? ` (${unitWord(field)})` : ''}.`
  if (field.integer && !Number.isInteger(n)) return `${field.label} must be a whole number.`
  if (n < field.min || n > field.max) return `${field.label} must be from ${bound(field.min, field)} to ${bound(field.max, field)}.`
  return n
}

const unitWord = (f: WhatIfField) => (f.unit === '%' ? 'a percent' : f.unit === 's' ? 'in seconds' : f.unit)
const bound = (n: number, f: WhatIfField) => `${n.toLocaleString('en-US')}${f.unit === '%' ? ' %' : f.unit === 's' ? ' s' : ''}`

/** The what-if's scenario and options must still be ones a save would accept; the bounds above keep them so, this says so if not. */
function schemaProblem(model: ScenarioModel): string | undefined {
  const scenario = scenarioSchema.safeParse(model.scenario)
  if (!scenario.success) return `The scenario would not be valid: ${scenario.error.issues[0]!.path.join('.')} ${scenario.error.issues[0]!.message}.`
  for (const { optionId } of model.scenario.options) {
    const option = sourcingOptionSchema.safeParse(model.options.get(optionId))
    if (!option.success) return `${model.options.get(optionId)!.name} would not be valid: ${option.error.issues[0]!.path.join('.')} ${option.error.issues[0]!.message}.`
  }
  return undefined
}

/** Every field's today value (the form of the saved scenario). */
export function todayValues(model: ScenarioModel): WhatIfValues {
  return Object.fromEntries(whatIfGroups(model).flatMap((g) => g.fields.map((f) => [f.name, typedValue(f.today)])))
}
