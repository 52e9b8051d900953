import { describe, expect, it } from 'vitest'
import { deflectedShare } from '../../../src/domain/scenario/deflection.ts'

describe('deflectedShare', () => {
  it('is events × success × intent × no further action over the weekly assisted contacts', () => {
    // 10,000 × 0.5 × 0.4 × 0.5 = 1,000 deflected of 20,000 assisted a week = 5 %.
    expect(deflectedShare({ selfHelpEvents: 10_000, successRate: 0.5, intentRate: 0.4, noFurtherActionRate: 0.5 }, 20_000)).toBeCloseTo(0.05, 15)
  })

  it('never removes more than every contact', () => {
    expect(deflectedShare({ selfHelpEvents: 1e9, successRate: 1, intentRate: 1, noFurtherActionRate: 1 }, 100)).toBe(1)
  })

  it('is 0 when nothing is assisted', () => {
    expect(deflectedShare({ selfHelpEvents: 10, successRate: 1, intentRate: 1, noFurtherActionRate: 1 }, 0)).toBe(0)
  })
})
