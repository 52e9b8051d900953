/**
 * Where Erlang's exponential handle times do not hold (an option states a lognormal cv),
 * the option's busiest week is replayed by discrete-event simulation with its supplied
 * agents, and the simulated service level is shown beside Erlang's.
 */
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { ScenarioStaffing } from '../scenario/staffing-plan.ts'
import { simulatedServiceLevel } from '../simulation/check-service-level.ts'

export interface SimulationCheck {
  optionId: number
  optionName: string
  channel: string
  /** First day of the week replayed (the week with the most contacts for this line). */
  weekFrom: string
  handleTimeCv: number
  /** Contact-weighted Erlang service level of that week. */
  erlangServiceLevel: number
  /** Simulated service level of all that week's contacts, mean over replications, and its standard error. */
  simulatedServiceLevel: number
  standardError: number
  replications: number
  seed: number
}

const REPLICATIONS = 5

/** Checks every live-channel line of an option with a handle-time cv. O(contacts of one week × replications) per line. */
export function simulationChecks(staffing: ScenarioStaffing, options: ReadonlyMap<number, SourcingOption>, seed: number): SimulationCheck[] {
  const perWeek = Math.round((7 * 1440) / staffing.intervalMinutes)
  const checks: SimulationCheck[] = []
  for (const channel of staffing.channels) {
    if (channel.kind === 'deferred') continue
    const concurrency = channel.kind === 'chat' ? (channel.targets.concurrency ?? 1) : 1
    for (const line of channel.lines) {
      const cv = options.get(line.optionId)?.handleTimeCv
      if (!cv) continue
      let bestWeek = 0
      let bestVolume = -1
      for (let w = 0; w * perWeek < line.volume.length; w++) {
        let v = 0
        for (let i = w * perWeek; i < Math.min(line.volume.length, (w + 1) * perWeek); i++) v += line.volume[i]!
        if (v > bestVolume) [bestWeek, bestVolume] = [w, v]
      }
      if (bestVolume <= 0) continue
      const from = bestWeek * perWeek
      const to = Math.min(line.volume.length, from + perWeek)
      const intervals = []
      const agents = []
      let erlang = 0
      for (let i = from; i < to; i++) {
        intervals.push({ offered: line.volume[i]!, ahtSeconds: line.ahtSeconds[i]! })
        agents.push(Math.max(0, line.supplied[i]!) * concurrency)
        erlang += line.volume[i]! * line.serviceLevel[i]!
      }
      const sim = simulatedServiceLevel(
        intervals,
        agents,
        { intervalSeconds: staffing.intervalMinutes * 60, answerWithinSeconds: channel.targets.answerWithinSeconds, patienceSeconds: channel.targets.patienceSeconds, handleTime: { distribution: 'lognormal', cv } },
        seed,
        REPLICATIONS,
      )
      const weekFrom = new Date(Date.parse(`${staffing.start}Z`) + from * staffing.intervalMinutes * 60_000).toISOString().slice(0, 10)
      checks.push({
        optionId: line.optionId,
        optionName: line.optionName,
        channel: channel.channel,
        weekFrom,
        handleTimeCv: cv,
        erlangServiceLevel: erlang / bestVolume,
        simulatedServiceLevel: sim.overall.serviceLevel,
        standardError: sim.overall.standardError,
        replications: REPLICATIONS,
        seed,
      })
    }
  }
  return checks
}

/** The check in words, for notes on pages and in the API. */
export function describeCheck(c: SimulationCheck): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`
  return (
    `${c.optionName}, ${c.channel}: handle times vary more or less than Erlang assumes (lognormal, cv ${c.handleTimeCv}), ` +
    `so the week of ${c.weekFrom} was checked by simulation (${c.replications} replications, seed ${c.seed}): ` +
    `service level ${pct(c.simulatedServiceLevel)} ± ${pct(c.standardError)} against Erlang's ${pct(c.erlangServiceLevel)}.`
  )
}
