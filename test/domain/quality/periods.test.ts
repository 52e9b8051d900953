import { describe, expect, it } from 'vitest'
import { isoWeeksInYear, parsePeriod } from '../../../src/domain/quality/periods.ts'

describe('parsePeriod', () => {
  it('reads months, numbered so consecutive months differ by 1 across a year end', () => {
    expect(parsePeriod('2026-01')!.index - parsePeriod('2025-12')!.index).toBe(1)
    expect(parsePeriod('2026-03')!.kind).toBe('month')
  })

  it('reads ISO weeks, numbered so consecutive weeks differ by 1 across a year end', () => {
    // 2026 has 53 ISO weeks (1 January 2026 is a Thursday), so 2026-W53 is followed by 2027-W01.
    expect(isoWeeksInYear(2026)).toBe(53)
    expect(parsePeriod('2027-W01')!.index - parsePeriod('2026-W53')!.index).toBe(1)
    expect(parsePeriod('2026-w09')!.label).toBe('2026-W09')
  })

  it.each(['2026-13', '2026-1', '26-01', '2025-W53', '2026-W00', 'March', ''])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined()
  })
})
