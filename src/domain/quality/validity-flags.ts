/** A partner's handled volume per scorecard period against the volume its contract was staffed to, judged by the contract's validity band. */
import { validityFlags, type ValidityFlag } from './harmonise.ts'
import { parsePeriod } from './periods.ts'

const DAY = 86_400_000

const daysInMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()

/** "2026-03" of a UTC epoch-ms day. */
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7)

/**
 * The planned volume of a scorecard period from monthly plan figures: a month's own figure; an
 * ISO week's seven days each taking 1/(days in its month) of that month's figure. Undefined
 * when the plan does not cover every day of the period.
 * @example periodPlan('2026-W10', new Map([['2026-03', 31_000]])) // 7,000
 */
export function periodPlan(period: string, monthlyPlan: ReadonlyMap<string, number>): number | undefined {
  const p = parsePeriod(period)
  if (!p) return undefined
  if (p.kind === 'month') return monthlyPlan.get(p.label)
  // periods.ts rounds (Monday in epoch ms) / one week; epoch Mondays fall 4 days into a week, so Monday = index weeks − 3 days.
  const monday = p.index * 7 * DAY - 3 * DAY
  let sum = 0
  for (let d = 0; d < 7; d++) {
    const month = monthOf(monday + d * DAY)
    const plan = monthlyPlan.get(month)
    if (plan === undefined) return undefined
    sum += plan / daysInMonth(month)
  }
  return sum
}

export interface VolumeCheck extends ValidityFlag {
  volume: number
  /** Undefined when the plan does not cover the period. */
  plan: number | undefined
  /** The finding in words: "volume 132 % of plan: outside the 90–110 % band, SLAs do not bind". */
  text: string
}

const pct = (x: number) => `${Math.round(100 * x)} %`

/**
 * Each period's volume against its plan (periodPlan) and the band (shares of plan, edges inside),
 * as validityFlags judges it, with the finding in words.
 */
export function volumeChecks(volumes: ReadonlyArray<{ period: string; volume: number }>, monthlyPlan: ReadonlyMap<string, number>, band: { low: number; high: number }): VolumeCheck[] {
  const withPlan = volumes.map((v) => ({ ...v, forecast: periodPlan(v.period, monthlyPlan) ?? 0 }))
  const bandText = `${Math.round(100 * band.low)}–${Math.round(100 * band.high)} % band`
  return validityFlags(withPlan, band).map((f, i) => {
    const { volume, forecast } = withPlan[i]!
    const plan = forecast > 0 ? forecast : undefined
    const text =
      f.status === 'no-forecast'
        ? 'no plan for this period: the band cannot be checked'
        : f.status === 'inside'
          ? `volume ${pct(f.ratio)} of plan: inside the ${bandText}, SLAs bind`
          : `volume ${pct(f.ratio)} of plan: outside the ${bandText}, SLAs do not bind`
    return { ...f, volume, plan, text }
  })
}
