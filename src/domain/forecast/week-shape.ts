/** Week shapes built from the shipped arrival curves (data/curves), plus the weekend as an assumption. */
import type { WeekShape } from './generate.ts'

/** The shipped curve file's shape (data/curves/na-bank-2003.json). */
export interface CurveFile {
  source: string
  intervalMinutes: number
  opensAt: string
  weekdays: readonly string[]
  dayOfWeekShares: Record<string, number>
  intradayShares: Record<string, number[]>
}

/**
 * A 7-day shape from a weekday-only curve file: Monday–Friday from the data;
 * Saturday and Sunday get `weekendShare` of the week between them (the data has
 * no weekends, so this is a labelled assumption) with the mean weekday curve.
 */
export function weekShapeFromCurves(file: CurveFile, weekendShare = 0): WeekShape {
  const firstSlot = (Number(file.opensAt.slice(0, 2)) * 60 + Number(file.opensAt.slice(3, 5))) / 15
  // A share of a longer interval is spread evenly over its quarter-hours.
  const quarters = file.intervalMinutes / 15
  const toDay = (shares: readonly number[]) => {
    const day = new Array<number>(96).fill(0)
    shares.forEach((s, i) => {
      for (let q = 0; q < quarters; q++) day[firstSlot + i * quarters + q] = s / quarters
    })
    return normalise(day)
  }
  const weekdays = file.weekdays.map((d) => toDay(file.intradayShares[d]!))
  const mean = normalise(weekdays[0]!.map((_, i) => weekdays.reduce((sum, day) => sum + day[i]!, 0)))
  const weekdayShares = normalise(file.weekdays.map((d) => file.dayOfWeekShares[d]!)).map((s) => s * (1 - weekendShare))
  return {
    dayShares: [...weekdayShares, weekendShare / 2, weekendShare / 2],
    quarterHourShares: [...weekdays, mean, mean],
  }
}

function normalise(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0)
  return total === 0 ? values : values.map((v) => v / total)
}
