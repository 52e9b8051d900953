/**
 * Derives Shoreline's shipped arrival curves from the North American bank's
 * five-minute call counts (2003). Run by hand when the shared data is present:
 *   npx tsx data/derive/na-bank-curves.ts ../shared/data/real/na-bank-calls-2003/bank_calls.csv
 * It writes data/curves/na-bank-2003.json. The app reads only that output.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const source = process.argv[2]
if (!source) {
  console.error('usage: npx tsx data/derive/na-bank-curves.ts PATH/TO/bank_calls.csv')
  process.exit(2)
}

const SLOT_MINUTES = 15
const OPEN_MINUTE = 7 * 60
const SLOTS = (14 * 60) / SLOT_MINUTES // 07:00–21:00; the lone 21:00 bin joins 20:45
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const

const byDay = new Map<string, Float64Array>()
const lines = readFileSync(source, 'utf8').trim().split(/\r?\n/).slice(1)
for (const line of lines) {
  const [, stamp, calls] = line.split(',')
  const date = stamp!.slice(0, 10)
  const minute = Number(stamp!.slice(11, 13)) * 60 + Number(stamp!.slice(14, 16))
  const slot = Math.min(SLOTS - 1, Math.floor((minute - OPEN_MINUTE) / SLOT_MINUTES))
  let day = byDay.get(date)
  if (!day) byDay.set(date, (day = new Float64Array(SLOTS)))
  day[slot]! += Number(calls)
}

// Intraday curve per weekday: the mean of each day's shares, so busy days do not dominate.
const curves = WEEKDAYS.map(() => new Float64Array(SLOTS))
const dayCounts = new Array<number>(5).fill(0)
const dayTotals = new Array<number>(5).fill(0)
for (const [date, slots] of byDay) {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() - 1
  const total = slots.reduce((a, b) => a + b, 0)
  dayCounts[weekday]! += 1
  dayTotals[weekday]! += total
  slots.forEach((v, i) => (curves[weekday]![i]! += v / total))
}
const round = (x: number) => Math.round(x * 1e6) / 1e6
const meanDaily = dayTotals.map((t, i) => t / dayCounts[i]!)
const weekTotal = meanDaily.reduce((a, b) => a + b, 0)

const out = {
  source:
    'North American commercial bank, five-minute call counts, 2003-03-03 to 2003-10-24 (164 weekdays). ' +
    'R package fpp3 dataset bank_calls (Hyndman & Athanasopoulos, GPL-3), via Rdatasets csv/fpp3/bank_calls.csv; ' +
    'credited to Jonathan Weinberg; Weinberg, Brown & Stroud (2007), JASA 102(480):1185–1198. ' +
    'Derived by data/derive/na-bank-curves.ts: 15-minute shares of each day (the 21:00 bin joins 20:45), averaged per weekday.',
  licence: 'GPL-3 (derived data, redistributed with attribution)',
  intervalMinutes: SLOT_MINUTES,
  opensAt: '07:00',
  closesAt: '21:00',
  weekdays: WEEKDAYS,
  daysObserved: Object.fromEntries(WEEKDAYS.map((d, i) => [d, dayCounts[i]])),
  meanCallsPerDay: Object.fromEntries(WEEKDAYS.map((d, i) => [d, Math.round(meanDaily[i]!)])),
  dayOfWeekShares: Object.fromEntries(WEEKDAYS.map((d, i) => [d, round(meanDaily[i]! / weekTotal)])),
  intradayShares: Object.fromEntries(
    WEEKDAYS.map((d, w) => {
      const shares = Array.from(curves[w]!, (v) => v / dayCounts[w]!)
      return [d, shares.map(round)]
    }),
  ),
}
const target = fileURLToPath(new URL('../curves/na-bank-2003.json', import.meta.url))
writeFileSync(target, JSON.stringify(out, null, 2) + '\n')
console.log(`wrote ${target}`)
