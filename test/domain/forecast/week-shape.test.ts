import { describe, expect, it } from 'vitest'
import { weekShapeFromCurves, type CurveFile } from '../../../src/domain/forecast/week-shape.ts'
import { sum } from '../scenario/builders.ts'
import { NA_BANK } from './curves.ts'

const SEVEN_AM = 28 // quarter-hour slot of 07:00
const NINE_PM = 84 // quarter-hour slot of 21:00

describe('weekShapeFromCurves', () => {
  it.each([0, 0.1, 0.35])('weekShapeFromCurves(curves, %d) gives day shares summing to 1', (weekendShare) => {
    const shape = weekShapeFromCurves(NA_BANK, weekendShare)
    expect(shape.dayShares).toHaveLength(7)
    expect(sum(shape.dayShares)).toBeCloseTo(1, 12)
  })

  it('weekShapeFromCurves(curves, w) gives Saturday and Sunday w/2 each', () => {
    const shape = weekShapeFromCurves(NA_BANK, 0.1)
    expect(shape.dayShares[5]).toBe(0.05)
    expect(shape.dayShares[6]).toBe(0.05)
  })

  it('weekShapeFromCurves(curves) defaults to no weekend volume', () => {
    const shape = weekShapeFromCurves(NA_BANK)
    expect(shape.dayShares.slice(5)).toEqual([0, 0])
  })

  it('weekShapeFromCurves(curves, w) keeps the weekdays in the proportions of the file', () => {
    const shape = weekShapeFromCurves(NA_BANK, 0.2)
    const file = NA_BANK.weekdays.map((d) => NA_BANK.dayOfWeekShares[d]!)
    shape.dayShares.slice(0, 5).forEach((s, k) => expect(s / shape.dayShares[0]!).toBeCloseTo(file[k]! / file[0]!, 12))
    expect(sum(shape.dayShares.slice(0, 5))).toBeCloseTo(0.8, 12)
  })

  it('each open day’s quarter-hour curve has 96 slots summing to 1', () => {
    const shape = weekShapeFromCurves(NA_BANK, 0.1)
    expect(shape.quarterHourShares).toHaveLength(7)
    for (const day of shape.quarterHourShares) {
      expect(day).toHaveLength(96)
      expect(sum(day)).toBeCloseTo(1, 12)
    }
  })

  it('each day’s curve is zero before the file opens (07:00) and from when it closes (21:00)', () => {
    for (const day of weekShapeFromCurves(NA_BANK, 0.1).quarterHourShares) {
      expect(day.slice(0, SEVEN_AM).every((s) => s === 0)).toBe(true)
      expect(day.slice(NINE_PM).every((s) => s === 0)).toBe(true)
      expect(day[SEVEN_AM]).toBeGreaterThan(0)
      expect(day[NINE_PM - 1]).toBeGreaterThan(0)
    }
  })

  it('Monday’s curve is the file’s Monday curve placed from 07:00', () => {
    const monday = weekShapeFromCurves(NA_BANK).quarterHourShares[0]!
    const file = NA_BANK.intradayShares.monday!
    const total = sum(file)
    file.forEach((s, i) => expect(monday[SEVEN_AM + i]).toBeCloseTo(s / total, 15))
  })

  it('the weekend gets the mean weekday curve', () => {
    const shape = weekShapeFromCurves(NA_BANK, 0.1)
    for (let slot = 0; slot < 96; slot++) {
      const mean = sum(shape.quarterHourShares.slice(0, 5).map((d) => d[slot]!)) / 5
      expect(shape.quarterHourShares[5]![slot]).toBeCloseTo(mean, 15)
      expect(shape.quarterHourShares[6]![slot]).toBe(shape.quarterHourShares[5]![slot])
    }
  })

  it('weekShapeFromCurves(file) normalises day shares and curves that do not sum to 1', () => {
    const file: CurveFile = {
      source: 'test',
      intervalMinutes: 15,
      opensAt: '09:00',
      weekdays: ['monday', 'tuesday'],
      dayOfWeekShares: { monday: 3, tuesday: 1 },
      intradayShares: { monday: [1, 1], tuesday: [2, 6] },
    }
    const shape = weekShapeFromCurves(file, 0)
    expect(shape.dayShares.slice(0, 2)).toEqual([0.75, 0.25])
    expect(shape.quarterHourShares[1]!.slice(36, 38)).toEqual([0.25, 0.75])
  })

  it('weekShapeFromCurves(file) with 30-minute curves spreads each half-hour’s share over its two quarter-hours', () => {
    const file: CurveFile = {
      source: 'test',
      intervalMinutes: 30,
      opensAt: '09:00',
      weekdays: ['monday'],
      dayOfWeekShares: { monday: 1 },
      intradayShares: { monday: [0.25, 0.75] },
    }
    const monday = weekShapeFromCurves(file).quarterHourShares[0]!
    expect(monday.slice(36, 40)).toEqual([0.125, 0.125, 0.375, 0.375]) // 09:00–10:00
    expect(sum(monday)).toBeCloseTo(1, 15)
  })
})
