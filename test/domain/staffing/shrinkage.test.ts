import { describe, expect, it } from 'vitest'
import { DEFAULT_HOURS_PER_FTE_WEEK, fullTimeEquivalents, paidHours, scheduledAgents } from '../../../src/domain/staffing/shrinkage.ts'

describe('scheduledAgents', () => {
  it('schedules 30 people for 21 productive agents at 30 % shrinkage, although 21 / 0.7 is 30.000000000000004 in binary', () => {
    expect(21 / (1 - 0.3)).toBeGreaterThan(30)
    expect(scheduledAgents(21, 0.3)).toBe(30)
  })

  it('rounds any real fraction of a person up', () => {
    expect(scheduledAgents(21, 0.35)).toBe(33) // 32.31
    expect(scheduledAgents(14, 0.3)).toBe(20) // exactly 20
    expect(scheduledAgents(15, 0.3)).toBe(22) // 21.43
    expect(scheduledAgents(1, 0.01)).toBe(2) // 1.0101
  })

  it('leaves productive agents as they are without shrinkage', () => {
    expect(scheduledAgents(17, 0)).toBe(17)
    expect(scheduledAgents(30, 0)).toBe(30)
  })

  it('schedules +0 people for no productive agents (−0 would print as "-0" through Intl.NumberFormat)', () => {
    expect(new Intl.NumberFormat('en-US').format(-0)).toBe('-0')
    expect(Object.is(scheduledAgents(0, 0), 0)).toBe(true)
    expect(Object.is(scheduledAgents(0, 0.35), 0)).toBe(true)
  })

  it('agrees with integer arithmetic for every headcount to 300 and every shrinkage in tenths of a percent to 95 %', () => {
    // ceil(p / (1 − m/1000)) = ceil(1000·p / (1000 − m)), computed without floating point.
    for (let permille = 0; permille <= 950; permille++) {
      const shrinkage = permille / 1000
      const denominator = 1000 - permille
      for (let productive = 0; productive <= 300; productive++) {
        const expected = Math.floor((1000 * productive + denominator - 1) / denominator)
        const got = scheduledAgents(productive, shrinkage)
        // (=== on purpose: the sign of zero has its own test above.)
        if (got !== expected) expect(`${productive} at ${shrinkage}: ${got}`).toBe(`${productive} at ${shrinkage}: ${expected}`)
      }
    }
  })

  it.each([1, 1.5, -0.01, NaN])('refuses a shrinkage of %s (0 ≤ s < 1)', (shrinkage) => {
    expect(() => scheduledAgents(10, shrinkage)).toThrow(RangeError)
  })
})

describe('paidHours', () => {
  it('is scheduled agents × interval length in hours', () => {
    expect(paidHours(30, 1800)).toBe(15)
    expect(paidHours(7, 900)).toBe(1.75)
    expect(paidHours(0, 3600)).toBe(0)
  })
})

describe('fullTimeEquivalents', () => {
  it('divides paid hours by 40 h a week by default', () => {
    expect(DEFAULT_HOURS_PER_FTE_WEEK).toBe(40)
    expect(fullTimeEquivalents(80, 1)).toBe(2)
    expect(fullTimeEquivalents(400, 4)).toBe(2.5)
  })

  it('takes the hours per FTE week an option states', () => {
    expect(fullTimeEquivalents(75, 2, 37.5)).toBe(1)
  })

  it('counts an FTE month of 520/3 paid hours as one FTE over 52/12 weeks', () => {
    expect(fullTimeEquivalents(520 / 3, 52 / 12)).toBeCloseTo(1, 14)
  })
})
