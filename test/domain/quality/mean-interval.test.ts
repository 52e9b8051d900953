import { describe, expect, it } from 'vitest'
import { meanInterval } from '../../../src/domain/quality/mean-interval.ts'
import { combineSummaries, summariseSample } from '../../../src/domain/quality/mean-summary.ts'

describe('meanInterval', () => {
  it('reproduces NIST/SEMATECH e-Handbook §1.3.5.2 (ZARR13.DAT: n 195, mean 9.261460, sd 0.022789): 95 % limits 9.258242 to 9.264679', () => {
    const i = meanInterval({ mean: 9.26146, sd: 0.022789, n: 195 })!
    expect(i.low).toBeCloseTo(9.258242, 5)
    expect(i.high).toBeCloseTo(9.264679, 5)
    expect(i.confidenceLevel).toBe(0.95)
  })

  it('uses t(0.975, n − 1) from the t table: n = 10, sd = 2 gives ± 2.262 × 2/√10', () => {
    const i = meanInterval({ mean: 10, sd: 2, n: 10 })!
    expect(i.high - 10).toBeCloseTo((2.262157 * 2) / Math.sqrt(10), 5)
  })

  it('has no interval below 2 measures', () => {
    expect(meanInterval({ mean: 3, sd: 0, n: 1 })).toBeUndefined()
  })
})

describe('summaries of measures', () => {
  it('combines groups exactly as if their measures were pooled', () => {
    const a = [3, 5, 8, 2]
    const b = [10, 12, 9]
    const combined = combineSummaries([summariseSample(a), summariseSample(b)])
    const pooled = summariseSample([...a, ...b])
    expect(combined.mean).toBeCloseTo(pooled.mean, 12)
    expect(combined.sd).toBeCloseTo(pooled.sd, 12)
    expect(combined.n).toBe(7)
  })
})
