/** A partner's KPI observations turned into the measured quality the comparison scores it by: pooled over a window, its service level harmonised to the scenario's definition. */
import type { Scenario } from '../../schemas/scenario.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import { harmoniseServiceLevel, shorelineDefinition } from '../quality/harmonise.ts'
import { DEFAULT_MEASURED_WINDOW, measuredQuality, type MeasuredWindow } from '../quality/measured-quality.ts'
import type { ScorecardRow } from '../quality/scorecard-row.ts'
import type { MeasuredQualityInputs } from './quality-score.ts'

const pct = (x: number) => `${(100 * x).toFixed(1)} %`

/**
 * The answer-within T the scenario holds this option's live channels (voice, chat) to, when
 * they share one; null when it serves no live channel here or its live channels differ.
 */
export function scenarioAnswerWithin(option: Pick<SourcingOption, 'channels'>, scenario: Pick<Scenario, 'channels'>): number | null {
  const ts = new Set(scenario.channels.filter((c) => option.channels.includes(c.channel) && c.targets.deadlineHours === undefined).map((c) => c.targets.answerWithinSeconds))
  return ts.size === 1 ? [...ts][0]! : null
}

/**
 * Measured inputs for one option from its observations (any order), or null when it lacks a
 * measured FCR or escalation rate over the window (the score then stays modelled). The measured
 * service level is used only when it can be put in the scenario's terms: answered within the
 * scenario's T over every offered contact (model.md §3), converted from the partner's stated
 * definition with harmoniseServiceLevel. Its T must be the scenario's for the option's live
 * channels, or stated as "each channel's T" (null), a blend the scenario's targets fit.
 * Otherwise the plan's achieved level is used and the note says why.
 */
export function measuredQualityInputs(
  rows: readonly ScorecardRow[],
  option: Pick<SourcingOption, 'channels' | 'serviceLevelReporting'>,
  scenario: Pick<Scenario, 'channels'>,
  window: MeasuredWindow = DEFAULT_MEASURED_WINDOW,
): MeasuredQualityInputs | null {
  const m = measuredQuality(rows, window)
  if (!m || !m.fcr || !m.escalationRate) return null
  const base = {
    fcr: m.fcr.value,
    escalationRate: m.escalationRate.value,
    period: m.period,
    sampleSizes: { fcr: m.fcr.sampleSize, escalationRate: m.escalationRate.sampleSize },
  }
  const planned = 'the plan’s achieved level is used instead'
  if (!m.serviceLevel) return { ...base, serviceLevel: null, serviceLevelNote: `No service level reported over ${m.period.from} to ${m.period.to}: ${planned}.` }
  const reported = m.serviceLevel.value
  const stated = option.serviceLevelReporting
  if (!stated) return { ...base, serviceLevel: null, serviceLevelNote: `Reported ${pct(reported)} not used: the partner has not stated how it counts its service level (short abandons, T), so ${planned}.` }
  // A partner counting to each channel's own T (as the scenario sets it) reports a blend the scenario's targets can be held to.
  const scenarioT = scenarioAnswerWithin(option, scenario)
  if (stated.answerWithinSeconds !== null && stated.answerWithinSeconds !== scenarioT) {
    const why =
      scenarioT !== null
        ? `answered within ${stated.answerWithinSeconds} s cannot be converted to within ${scenarioT} s without the distribution of waits`
        : `it counts to ${stated.answerWithinSeconds} s, and the scenario holds this option’s live channels to different answer-within times (or none)`
    return { ...base, serviceLevel: null, serviceLevelNote: `Reported ${pct(reported)} not used: ${why}; ${planned}.` }
  }
  const t = scenarioT ?? 'each channel’s T'
  const T = typeof t === 'number' ? t : 0
  const h = harmoniseServiceLevel(reported, { ...stated, answerWithinSeconds: T }, shorelineDefinition(T), stated.shortAbandonShare ?? undefined)
  if (!h.ok) return { ...base, serviceLevel: null, serviceLevelNote: `Reported ${pct(reported)} not used: ${h.reason}; ${planned}.` }
  const how = h.converted ? `converted from short abandons within ${stated.shortAbandonSeconds} s excluded: ${h.formula}` : 'already in the scenario’s definition'
  return { ...base, serviceLevel: h.value, serviceLevelNote: `Reported ${pct(reported)} answered within ${typeof t === 'number' ? `${t} s` : t}, ${how}.` }
}
