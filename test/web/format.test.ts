// Tests views/format.ts (kept under test/web with the other view tests this package owns).
import { describe, expect, it } from 'vitest'
import { formatCount, formatErlangs, formatHours, formatNumber, formatPercent, formatSeconds } from '../../views/format.ts'

describe('format', () => {
  it('formatCount(…) separates thousands the en-US way', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(0)).toBe('0')
  })

  it('formatPercent(…) turns a 0–1 share into a percent with one decimal', () => {
    expect(formatPercent(0.8)).toBe('80.0%')
    expect(formatPercent(0.88794)).toBe('88.8%')
    expect(formatPercent(12.345)).toBe('1,234.5%')
  })

  it('formatSeconds(…) gives one decimal and calls an infinite wait unstable', () => {
    expect(formatSeconds(7.84)).toBe('7.8 s')
    expect(formatSeconds(8)).toBe('8.0 s')
    expect(formatSeconds(1234.5)).toBe('1,234.5 s')
    expect(formatSeconds(Infinity)).toBe('unstable')
  })

  it('formatErlangs(…) gives two decimals', () => {
    expect(formatErlangs(10.000000000000002)).toBe('10.00 Erlangs')
    expect(formatErlangs(3000)).toBe('3,000.00 Erlangs')
  })

  it('formatHours(…) and formatNumber(…) print what was meant, without forced decimals', () => {
    expect(formatHours(34.5)).toBe('34.5 h')
    expect(formatNumber(20)).toBe('20')
  })

  it.each([NaN, -Infinity])('every formatter prints a dash for %s', (n) => {
    for (const format of [formatCount, formatPercent, formatSeconds, formatErlangs, formatHours, formatNumber]) {
      expect(format(n)).toBe('—')
    }
  })
})
