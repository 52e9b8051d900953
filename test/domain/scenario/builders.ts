/** Small, valid domain values for tests: options, scenarios and forecasts, each overridable field by field. */
import type { ChannelKind, Forecast, IntervalMinutes } from '../../../src/domain/forecast/forecast.ts'
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/schemas/scenario.ts'
import { sourcingOptionSchema, type SourcingOption, type SourcingOptionInput } from '../../../src/schemas/sourcing-option.ts'

export const OPEN_ALL_WEEK: SourcingOptionInput['hours'] = Array.from({ length: 7 }, () => ({ open: '00:00', close: '24:00' }))
export const WEEKDAYS_8_TO_18: SourcingOptionInput['hours'] = [
  ...Array.from({ length: 5 }, () => ({ open: '08:00', close: '18:00' })),
  null,
  null,
]

export const COST_STACK = {
  hourlyWage: 18,
  benefitsLoad: 0.3,
  paidHoursPerFteYear: 2080,
  supervisorSpan: 15,
  supervisorSalary: 62_000,
  qaSpan: 40,
  qaSalary: 52_000,
  wfmSpan: 100,
  wfmSalary: 65_000,
  facilitiesPerSeatMonthly: 450,
  technologyPerSeatMonthly: 150,
  recruitingCostPerHire: 3_400,
  trainingCostPerHire: 4_000,
  attritionAnnualRate: 0.35,
}

/** A partner billing per productive hour, open around the clock, serving voice. */
export function partnerInput(overrides: Partial<SourcingOptionInput> = {}): SourcingOptionInput {
  return {
    name: 'Partner',
    kind: 'partner',
    shore: 'nearshore',
    timeZone: 'America/New_York',
    hours: OPEN_ALL_WEEK,
    channels: ['voice'],
    capacityAgents: null,
    shrinkage: 0.3,
    occupancyCap: 0.85,
    ahtFactor: {},
    fcr: 0.75,
    escalationRate: 0,
    currency: 'USD',
    exchangeRate: 1,
    terms: { pricing: { model: 'per-productive-hour', rate: 30 } },
    ...overrides,
  }
}

/** An in-house team with a cost stack, open around the clock, serving voice. */
export function inHouseInput(overrides: Partial<SourcingOptionInput> = {}): SourcingOptionInput {
  return partnerInput({ name: 'In-house', kind: 'in-house', shore: 'onshore', terms: null, costStack: COST_STACK, ...overrides })
}

export const partner = (overrides: Partial<SourcingOptionInput> = {}): SourcingOption => sourcingOptionSchema.parse(partnerInput(overrides))
export const inHouse = (overrides: Partial<SourcingOptionInput> = {}): SourcingOption => sourcingOptionSchema.parse(inHouseInput(overrides))

export const VOICE_TARGETS = { serviceLevel: 0.8, answerWithinSeconds: 20 }

/** A scenario with one voice channel split by shares between the given options (equal shares unless given). */
export function scenarioInput(forecastId: number, optionIds: number[], overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  const share = 1 / optionIds.length
  return {
    name: 'Scenario',
    forecastId,
    currency: 'USD',
    options: optionIds.map((optionId) => ({ optionId, staffing: { mode: 'requirement' as const } })),
    channels: [
      {
        channel: 'voice',
        allocation: { mode: 'shares', shares: optionIds.map((optionId) => ({ optionId, share })) },
        targets: VOICE_TARGETS,
      },
    ],
    ...overrides,
  }
}

export const scenario = (forecastId: number, optionIds: number[], overrides: Partial<ScenarioInput> = {}): Scenario =>
  scenarioSchema.parse(scenarioInput(forecastId, optionIds, overrides))

export interface SeriesSpec {
  channel: string
  kind?: ChannelKind
  /** One value for every interval, or one per interval. */
  volume: number | readonly number[]
  ahtSeconds?: number | readonly number[]
}

/** A forecast from per-channel values; `start` defaults to Monday 2026-01-05 00:00. */
export function forecastOf(
  channels: readonly SeriesSpec[],
  { intervalMinutes = 60, intervalCount = 24, start = '2026-01-05T00:00' }: { intervalMinutes?: IntervalMinutes; intervalCount?: number; start?: string } = {},
): Forecast {
  const series = (v: number | readonly number[]) => (typeof v === 'number' ? new Float64Array(intervalCount).fill(v) : Float64Array.from(v))
  return {
    intervalMinutes,
    start,
    intervalCount,
    channels: channels.map((c) => ({
      channel: c.channel,
      kind: c.kind ?? (c.channel === 'voice' ? 'voice' : c.channel === 'chat' ? 'chat' : 'deferred'),
      volume: series(c.volume),
      ahtSeconds: series(c.ahtSeconds ?? 300),
    })),
  }
}

export const sum = (values: ArrayLike<number>): number => {
  let total = 0
  for (let i = 0; i < values.length; i++) total += values[i]!
  return total
}
