import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadForecast } from '../../../src/db/forecasts.ts'
import { listScenarios } from '../../../src/db/scenarios.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { listOptions } from '../../../src/db/sourcing-options.ts'
import type { Forecast } from '../../../src/domain/forecast/forecast.ts'
import { maxTrafficMeeting } from '../../../src/domain/scenario/capacity.ts'
import { planScenarioStaffing, type ChannelPlan, type ScenarioStaffing } from '../../../src/domain/scenario/staffing-plan.ts'
import { agentsRequired } from '../../../src/domain/staffing/agents-required.ts'
import { scheduledAgents } from '../../../src/domain/staffing/shrinkage.ts'
import type { Scenario, ScenarioInput } from '../../../src/schemas/scenario.ts'
import type { SourcingOption } from '../../../src/schemas/sourcing-option.ts'
import { forecastOf, inHouse, partner, scenario, sum, VOICE_TARGETS, WEEKDAYS_8_TO_18 } from './builders.ts'

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b))

/** Asserts that a channel's lines plus its unserved volume add up to `expected`, interval by interval. */
function expectConserved(plan: ChannelPlan, expected: ArrayLike<number>): void {
  for (let i = 0; i < expected.length; i++) {
    const given = plan.lines.reduce((s, l) => s + l.volume[i]!, 0) + plan.unserved[i]!
    expect(relative(given, expected[i]!)).toBeLessThan(1e-9)
  }
}

/** Contacts the lines pass on as escalations: handled × the option's escalation rate (demo rates). */
const DEMO_ESCALATION: Record<string, number> = { 'In-house': 0.02, Onshore: 0.05, Nearshore: 0.06, Offshore: 0.08 }
function escalatedBy(lines: readonly ChannelPlan['lines'][number][]): number {
  return lines.reduce((s, l) => {
    const rate = Object.entries(DEMO_ESCALATION).find(([k]) => l.optionName.startsWith(k))![1]
    // In-house escalates to nobody in the demo.
    if (l.optionName.startsWith('In-house')) return s
    return s + sum(l.volume.map((v, i) => v * (1 - l.probAbandon[i]!))) * rate
  }, 0)
}

describe('planScenarioStaffing on the seeded demo', () => {
  let forecast: Forecast
  let demo: Scenario
  let options: Map<number, SourcingOption>
  let staffing: ScenarioStaffing
  let problems: string[] = []

  beforeAll(() => {
    const db = openMemoryDb()
    seedDemoIfEmpty(db)
    demo = listScenarios(db)[0]!
    forecast = loadForecast(db, demo.forecastId)!.forecast
    options = new Map(listOptions(db).map((o) => [o.id, o]))
    const result = planScenarioStaffing(forecast, demo, options)
    if (result.ok) staffing = result.staffing
    else problems = result.problems
  })

  const lines = () => staffing.channels.flatMap((c) => c.lines)
  const onshore = (channel: string) => staffing.channels.find((c) => c.channel === channel)!.lines.find((l) => l.optionName.startsWith('Onshore'))!

  it('plans the demo without problems', () => {
    expect(problems).toEqual([])
    expect(staffing).toMatchObject({ start: '2026-01-05T00:00', intervalMinutes: 30, intervalCount: 17_472 })
  })

  it('plans every channel with one line per option it allocates to, plus the tier that receives escalations', () => {
    // Chat is shared by the three partners; all of them escalate to the in-house team, which gets a chat line.
    expect(staffing.channels.map((c) => [c.channel, c.kind, c.lines.length])).toEqual([['voice', 'voice', 4], ['chat', 'chat', 4], ['email', 'deferred', 2]])
  })

  it('every line’s requirement is a count of agents (≥ 0), none above the solver’s ceiling', () => {
    for (const line of lines()) {
      expect(Math.min(...line.required)).toBeGreaterThanOrEqual(0)
      expect(line.aboveCeiling).toBe(0)
    }
  })

  it('options staffed to the requirement supply exactly the requirement', () => {
    const requirementLines = lines().filter((l) => l.staffingMode === 'requirement')
    expect(requirementLines).toHaveLength(8)
    for (const line of requirementLines) {
      expect([...line.supplied]).toEqual([...line.required])
      expect([...line.scheduledSupplied]).toEqual([...line.scheduledRequired])
    }
  })

  it('scheduled agents are the productive agents grossed up for each option’s shrinkage', () => {
    for (const line of lines()) {
      const shrinkage = options.get(line.optionId)!.shrinkage
      for (let i = 0; i < line.required.length; i += 97) expect(line.scheduledRequired[i]).toBe(scheduledAgents(line.required[i]!, shrinkage))
    }
  })

  it('conserves each channel’s volume: the lines less the escalations they pass on, plus unserved, equal the forecast grown by 3 %', () => {
    for (const plan of staffing.channels) {
      const forecastTotal = sum(forecast.channels.find((c) => c.channel === plan.channel)!.volume) * 1.03
      const given = plan.lines.reduce((s, l) => s + sum(l.volume), 0) + sum(plan.unserved) - escalatedBy(plan.lines)
      expect(relative(given, forecastTotal)).toBeLessThan(1e-9)
    }
  })

  it('gives no volume to an option while it is closed', () => {
    for (const line of lines()) for (let i = 0; i < line.open.length; i++) if (!line.open[i]) expect(line.volume[i]).toBe(0)
  })

  it('options staffed to the requirement meet each live channel’s service-level target over the period', () => {
    for (const plan of staffing.channels.filter((c) => c.kind !== 'deferred')) {
      for (const line of plan.lines.filter((l) => l.staffingMode === 'requirement')) expect(line.periodServiceLevel).toBeGreaterThanOrEqual(plan.targets.serviceLevel)
    }
  })

  it('the onshore partner, staffed to a fixed schedule, is short in some intervals, over in others, and below the requirement-staffed level', () => {
    for (const channel of ['voice', 'chat']) {
      const line = onshore(channel)
      expect(line.staffingMode).toBe('schedule')
      let short = 0
      let over = 0
      for (let i = 0; i < line.required.length; i++) {
        if (line.supplied[i]! < line.required[i]!) short++
        if (line.supplied[i]! > line.required[i]!) over++
      }
      expect(short).toBeGreaterThan(0)
      expect(over).toBeGreaterThan(0)
      const staffedToRequirement = staffing.channels.find((c) => c.channel === channel)!.lines.find((l) => l.staffingMode === 'requirement')!
      expect(line.periodServiceLevel).toBeLessThan(staffedToRequirement.periodServiceLevel)
    }
  })

  it('the onshore partner’s schedule is read on Chicago time (all three voice shifts, 145 agents, at 11:00 Chicago = 12:00 New York)', () => {
    const voice = onshore('voice')
    expect(voice.supplied[24]).toBe(145) // Monday 12:00 New York
    expect(voice.supplied[16]).toBe(60) // Monday 08:00 New York = 07:00 Chicago
    expect(voice.supplied[15]).toBe(0)
  })

  it('the email overflow sends every new email to the offshore team first (it has room around the clock); in-house gets only its escalations', () => {
    const email = staffing.channels.find((c) => c.channel === 'email')!
    const offshore = email.lines[0]!
    expect(sum(offshore.volume)).toBeGreaterThan(0)
    // 8 % of what offshore handles, moved to in-house's next open interval.
    expect(sum(email.lines[1]!.volume)).toBeCloseTo(sum(offshore.volume.map((v, i) => v * (1 - offshore.probAbandon[i]!))) * 0.08, 3)
    expect(sum(email.unserved)).toBe(0)
  })

  it('hands each partner’s escalations (a share of what it handles) to the in-house team, on top of its own share', () => {
    const voice = staffing.channels.find((c) => c.channel === 'voice')!
    const inHouse = voice.lines.find((l) => l.optionName.startsWith('In-house'))!
    const partners = voice.lines.filter((l) => l !== inHouse)
    const ownShare = sum(forecast.channels.find((c) => c.channel === 'voice')!.volume) * 1.03 - partners.reduce((s, l) => s + sum(l.volume), 0)
    expect(relative(sum(inHouse.volume), ownShare + escalatedBy(partners))).toBeLessThan(1e-9)
    expect(escalatedBy(partners)).toBeGreaterThan(0)
  })
})

describe('planScenarioStaffing on small cases', () => {
  const IN_HOUSE = 1
  const PARTNER = 2
  const VOLUME = 100 // contacts an hour
  const AHT = 300
  const forecast = forecastOf([
    { channel: 'voice', volume: VOLUME, ahtSeconds: AHT },
    { channel: 'email', volume: 20, ahtSeconds: 300 },
  ])

  const plan = (ids: number[], overrides: Partial<ScenarioInput>, optionList: [number, SourcingOption][]) =>
    planScenarioStaffing(forecast, scenario(1, ids, overrides), new Map(optionList))
  const ok = (result: ReturnType<typeof planScenarioStaffing>): ScenarioStaffing => {
    if (!result.ok) throw new Error(result.problems.join('; '))
    return result.staffing
  }
  const problemsOf = (result: ReturnType<typeof planScenarioStaffing>) => (result.ok ? [] : result.problems)

  it('staffs a single option to the requirement: the same agents as the single-interval solver, the target met', () => {
    const line = ok(plan([IN_HOUSE], {}, [[IN_HOUSE, inHouse({ occupancyCap: 1 })]])).channels[0]!.lines[0]!
    const solo = agentsRequired({ trafficErlangs: (VOLUME * AHT) / 3600, ahtSeconds: AHT }, VOICE_TARGETS)
    expect(solo.ok && [...line.required]).toEqual(new Array(24).fill(solo.ok && solo.agents))
    expect([...line.supplied]).toEqual([...line.required])
    expect(line.periodServiceLevel).toBeGreaterThanOrEqual(0.8)
  })

  it('applies the scenario’s growth and the option’s AHT factor', () => {
    const option = inHouse({ ahtFactor: { voice: 1.5 } })
    const line = ok(plan([IN_HOUSE], { growth: { volume: 0.1, aht: 0.2 } }, [[IN_HOUSE, option]])).channels[0]!.lines[0]!
    expect(line.volume[0]).toBeCloseTo(110, 12)
    expect(line.ahtSeconds[0]).toBeCloseTo(300 * 1.5 * 1.2, 9)
  })

  it('splits by shares among the options open, and gives a closed option’s share to the others', () => {
    const result = ok(plan([IN_HOUSE, PARTNER], {}, [[IN_HOUSE, inHouse()], [PARTNER, partner({ hours: WEEKDAYS_8_TO_18 })]]))
    const [team, vendor] = result.channels[0]!.lines
    expect([team!.volume[3], vendor!.volume[3]]).toEqual([100, 0]) // 03:00: partner closed
    expect([team!.volume[10], vendor!.volume[10]]).toEqual([50, 50])
    expect(vendor!.required[3]).toBe(0)
  })

  it('returns volume no option is open for as unserved', () => {
    const result = ok(plan([PARTNER], {}, [[PARTNER, partner({ hours: WEEKDAYS_8_TO_18 })]]))
    const voice = result.channels[0]!
    expect(voice.unserved[7]).toBe(100)
    expect(voice.unserved[8]).toBe(0)
    expect(sum(voice.unserved)).toBe(14 * 100)
    expectConserved(voice, forecast.channels[0]!.volume)
  })

  it('overflows to the next option what the first cannot take at target with its capacity', () => {
    const small = partner({ capacityAgents: 10, shrinkage: 0.3 }) // 7 productive agents
    const overrides: Partial<ScenarioInput> = { channels: [{ channel: 'voice', allocation: { mode: 'overflow', order: [PARTNER, IN_HOUSE] }, targets: VOICE_TARGETS }] }
    const voice = ok(plan([IN_HOUSE, PARTNER], overrides, [[IN_HOUSE, inHouse()], [PARTNER, small]])).channels[0]!
    const [first, next] = voice.lines
    const capacity = (maxTrafficMeeting(7, AHT, { ...VOICE_TARGETS, maxOccupancy: 0.85 }) * 3600) / AHT
    expect(first!.optionId).toBe(PARTNER)
    expect(first!.volume[0]).toBeCloseTo(capacity, 9)
    expect(next!.volume[0]).toBeCloseTo(VOLUME - capacity, 9)
    expect(Math.max(...first!.required)).toBeLessThanOrEqual(7)
    expectConserved(voice, forecast.channels[0]!.volume)
  })

  it('measures a short headcount: supplied is the headcount, and the service level falls below target', () => {
    const overrides: Partial<ScenarioInput> = { options: [{ optionId: IN_HOUSE, staffing: { mode: 'headcount', byChannel: { voice: new Array(24).fill(8) } } }] }
    const line = ok(plan([IN_HOUSE], overrides, [[IN_HOUSE, inHouse()]])).channels[0]!.lines[0]!
    expect(line.staffingMode).toBe('headcount')
    expect([...line.supplied]).toEqual(new Array(24).fill(8))
    expect(line.required[0]).toBeGreaterThan(8)
    expect(line.periodServiceLevel).toBeLessThan(0.8)
    expect(line.scheduledSupplied[0]).toBe(scheduledAgents(8, 0.3))
  })

  it('measures a generous schedule: the service level beats the target', () => {
    const shifts = [{ channel: 'voice', days: [0], start: '00:00', end: '24:00', agents: 30 }]
    const line = ok(plan([IN_HOUSE], { options: [{ optionId: IN_HOUSE, staffing: { mode: 'schedule', shifts } }] }, [[IN_HOUSE, inHouse()]])).channels[0]!.lines[0]!
    expect([...line.supplied]).toEqual(new Array(24).fill(30))
    expect(line.periodServiceLevel).toBeGreaterThan(0.99)
  })

  it('staffs chat in whole agents of `concurrency` sessions', () => {
    const chatForecast = forecastOf([{ channel: 'chat', volume: 60, ahtSeconds: 600 }])
    const overrides: Partial<ScenarioInput> = { channels: [{ channel: 'chat', allocation: { mode: 'shares', shares: [{ optionId: IN_HOUSE, share: 1 }] }, targets: { serviceLevel: 0.8, answerWithinSeconds: 60, concurrency: 2 } }] }
    const result = planScenarioStaffing(chatForecast, scenario(1, [IN_HOUSE], overrides), new Map([[IN_HOUSE, inHouse({ channels: ['chat'], occupancyCap: 1 })]]))
    const line = ok(result).channels[0]!.lines[0]!
    const slots = agentsRequired({ trafficErlangs: 10, ahtSeconds: 600 }, { serviceLevel: 0.8, answerWithinSeconds: 60 })
    expect(line.kind).toBe('chat')
    expect(line.required[0]).toBe(Math.ceil((slots.ok ? slots.agents : NaN) / 2))
  })

  it('staffs deferred work to its deadline and reports the on-time share as its service level', () => {
    const overrides: Partial<ScenarioInput> = { channels: [{ channel: 'email', allocation: { mode: 'shares', shares: [{ optionId: IN_HOUSE, share: 1 }] }, targets: { serviceLevel: 0.9, answerWithinSeconds: 86_400, deadlineHours: 4 } }] }
    const line = ok(plan([IN_HOUSE], overrides, [[IN_HOUSE, inHouse({ channels: ['email'] })]])).channels[0]!.lines[0]!
    expect(line.kind).toBe('deferred')
    expect(sum(line.required)).toBeGreaterThan(0)
    expect([...line.supplied]).toEqual([...line.required])
    expect(line.periodServiceLevel).toBe(1)
  })

  it('leaves the forecast, the scenario and the options it is given unchanged', () => {
    const input = scenario(1, [IN_HOUSE, PARTNER], { growth: { volume: 0.5, aht: 0.5 } })
    const option = inHouse({ ahtFactor: { voice: 2 } })
    const snapshot = JSON.stringify([forecast.channels.map((c) => [[...c.volume], [...c.ahtSeconds]]), input, option])
    ok(planScenarioStaffing(forecast, Object.freeze(input), new Map([[IN_HOUSE, Object.freeze(option)], [PARTNER, partner()]])))
    expect(JSON.stringify([forecast.channels.map((c) => [[...c.volume], [...c.ahtSeconds]]), input, option])).toBe(snapshot)
  })

  describe('problems', () => {
    it('a channel missing from the forecast gives a problem message', () => {
      const overrides: Partial<ScenarioInput> = { channels: [{ channel: 'chat', allocation: { mode: 'shares', shares: [{ optionId: IN_HOUSE, share: 1 }] }, targets: VOICE_TARGETS }] }
      expect(problemsOf(plan([IN_HOUSE], overrides, [[IN_HOUSE, inHouse({ channels: ['chat'] })]]))).toEqual(["channel 'chat' is not in the forecast"])
    })

    it('an option that does not serve the channel gives a problem message', () => {
      const result = plan([IN_HOUSE, PARTNER], {}, [[IN_HOUSE, inHouse()], [PARTNER, partner({ name: 'Email desk', channels: ['email'] })]])
      expect(problemsOf(result)).toEqual(['Email desk does not serve voice'])
    })

    it('a headcount of the wrong length gives a problem message', () => {
      const overrides: Partial<ScenarioInput> = { options: [{ optionId: IN_HOUSE, staffing: { mode: 'headcount', byChannel: { voice: [5, 5, 5] } } }] }
      expect(problemsOf(plan([IN_HOUSE], overrides, [[IN_HOUSE, inHouse({ name: 'Team' })]]))).toEqual(['Team: the headcount for voice must list 24 intervals'])
    })

    it('a headcount that does not list the channel gives a problem message', () => {
      const overrides: Partial<ScenarioInput> = { options: [{ optionId: IN_HOUSE, staffing: { mode: 'headcount', byChannel: { chat: new Array(24).fill(5) } } }] }
      expect(problemsOf(plan([IN_HOUSE], overrides, [[IN_HOUSE, inHouse({ name: 'Team' })]]))).toEqual(['Team: the headcount for voice must list 24 intervals'])
    })

    it('an option missing from the options given gives a problem message', () => {
      expect(problemsOf(plan([IN_HOUSE, PARTNER], {}, [[IN_HOUSE, inHouse()]]))).toEqual([`option ${PARTNER} does not exist`])
    })

    it('problems on several channels are all reported', () => {
      const desk = partner({ name: 'Desk', channels: ['chat'] })
      const overrides: Partial<ScenarioInput> = {
        channels: [
          { channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: PARTNER, share: 1 }] }, targets: VOICE_TARGETS },
          { channel: 'fax', allocation: { mode: 'shares', shares: [{ optionId: PARTNER, share: 1 }] }, targets: VOICE_TARGETS },
          { channel: 'email', allocation: { mode: 'overflow', order: [PARTNER] }, targets: VOICE_TARGETS },
        ],
      }
      expect(problemsOf(plan([PARTNER], overrides, [[PARTNER, desk]]))).toEqual(['Desk does not serve voice', "channel 'fax' is not in the forecast", 'Desk does not serve email'])
    })

    it('the same problem on several channels is reported once', () => {
      const overrides: Partial<ScenarioInput> = {
        channels: [
          { channel: 'voice', allocation: { mode: 'shares', shares: [{ optionId: PARTNER, share: 1 }] }, targets: VOICE_TARGETS },
          { channel: 'email', allocation: { mode: 'overflow', order: [PARTNER] }, targets: VOICE_TARGETS },
        ],
      }
      expect(problemsOf(plan([PARTNER], overrides, []))).toEqual([`option ${PARTNER} does not exist`])
    })
  })
})

describe('planScenarioStaffing with self-service deflection', () => {
  it('takes the deflected share off every channel before allocation', async () => {
    const { openMemoryDb } = await import('../../../src/db/client.ts')
    const { seedDemoIfEmpty } = await import('../../../src/db/seed-demo.ts')
    const { loadScenarioModel } = await import('../../../src/db/scenario-model.ts')
    const { planScenarioStaffing } = await import('../../../src/domain/scenario/staffing-plan.ts')
    const db = openMemoryDb()
    seedDemoIfEmpty(db)
    const m = loadScenarioModel(db, 1)!
    const total = (s: ReturnType<typeof planScenarioStaffing>) => {
      if (!s.ok) throw new Error(s.problems.join())
      return s.staffing.channels.reduce((a, c) => a + c.lines.reduce((b, l) => b + l.volume.reduce((x, v) => x + v, 0), 0) + c.unserved.reduce((x, v) => x + v, 0), 0)
    }
    const without = total(planScenarioStaffing(m.forecast, m.scenario, m.options))
    // The demo has 212,307 contacts a week; 200,000 × 0.5 × 0.5 × 0.4242… deflects 10 % of them.
    const weekly = 212_307 * 1.03
    const deflection = { selfHelpEvents: 200_000, successRate: 0.5, intentRate: 0.5, noFurtherActionRate: (0.1 * weekly) / 50_000 }
    const withIt = total(planScenarioStaffing(m.forecast, { ...m.scenario, deflection }, m.options))
    // Escalations follow handled contacts, so the total moves by a hair more or less than 10 %.
    expect(withIt / without).toBeCloseTo(0.9, 3)
  })
})

describe('planScenarioStaffing with escalations and repeat contacts', () => {
  const load = async () => {
    const { openMemoryDb } = await import('../../../src/db/client.ts')
    const { seedDemoIfEmpty } = await import('../../../src/db/seed-demo.ts')
    const { loadScenarioModel } = await import('../../../src/db/scenario-model.ts')
    const db = openMemoryDb()
    seedDemoIfEmpty(db)
    return loadScenarioModel(db, 1)!
  }

  it('refuses escalations that go round in a loop', async () => {
    const m = await load()
    const options = new Map(m.options).set(1, { ...m.options.get(1)!, escalatesToOptionId: 4, escalationRate: 0.01 })
    const r = planScenarioStaffing(m.forecast, m.scenario, options)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.join()).toMatch(/loop/)
  })

  it('leaves out, and says so, escalations to an option outside the scenario', async () => {
    const m = await load()
    const scenario = { ...m.scenario, options: m.scenario.options.filter((o) => o.optionId !== 1), channels: m.scenario.channels.filter((c) => c.channel === 'chat') }
    const r = planScenarioStaffing(m.forecast, scenario, m.options)
    if (!r.ok) throw new Error(r.problems.join())
    expect(r.staffing.notes.join()).toMatch(/not in this scenario/)
    expect(r.staffing.channels[0]!.lines).toHaveLength(3)
  })

  it('turns a forecast made at FCR f0 into new issues, each option handling them in volume × f0 / its FCR contacts', async () => {
    const m = await load()
    const chatOnly = { ...m.scenario, channels: m.scenario.channels.filter((c) => c.channel === 'chat') }
    const noEscalation = new Map([...m.options].map(([id, o]) => [id, { ...o, escalationRate: 0 }]))
    const plain = planScenarioStaffing(m.forecast, chatOnly, noEscalation)
    const withRepeats = planScenarioStaffing(m.forecast, { ...chatOnly, quality: { forecastFcr: 0.72 } }, noEscalation)
    if (!plain.ok || !withRepeats.ok) throw new Error('demo must plan')
    for (const [k, line] of withRepeats.staffing.channels[0]!.lines.entries()) {
      const fcr = noEscalation.get(line.optionId)!.fcr
      expect(relative(sum(line.volume), (sum(plain.staffing.channels[0]!.lines[k]!.volume) * 0.72) / fcr)).toBeLessThan(1e-9)
    }
  })
})
