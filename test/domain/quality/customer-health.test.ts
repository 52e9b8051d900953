import { describe, expect, it } from 'vitest'
import { customerHealth } from '../../../src/domain/quality/customer-health.ts'

describe('customerHealth', () => {
  it('averages the components with equal weights by default, counting revenue growth at most 1', () => {
    // (0.8 + 0.6 + 0.9 + min(1, 1.2)) / 4 × 100 = 82.5
    expect(customerHealth({ adoption: 0.8, success: 0.6, retention: 0.9, recurringRevenueRate: 1.2 })).toBeCloseTo(82.5, 12)
  })

  it('uses the weights the user gives', () => {
    expect(customerHealth({ adoption: 1, success: 0, retention: 0, recurringRevenueRate: 0 }, { adoption: 3, success: 1, retention: 0, recurringRevenueRate: 0 })).toBeCloseTo(75, 12)
  })

  it('refuses all-zero weights', () => {
    expect(() => customerHealth({ adoption: 1, success: 1, retention: 1, recurringRevenueRate: 1 }, { adoption: 0, success: 0, retention: 0, recurringRevenueRate: 0 })).toThrow(RangeError)
  })
})
