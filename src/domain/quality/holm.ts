/** Holm's step-down adjustment of p-values for many comparisons. */

/**
 * Holm-adjusted p-values, as R's `p.adjust(p, method = "holm")`: sort ascending,
 * multiply the i-th smallest by (m − i + 1), take the running maximum so the
 * adjusted values keep the raw order, cap at 1. Missing p-values (undefined, NaN)
 * stay missing and are left out of m. It controls the family-wise error rate
 * at α for any dependence between the tests, and is uniformly more powerful than
 * Bonferroni. O(m log m).
 *
 * Source: Holm (1979) Scand. J. Statistics 6:65; R Core Team, `p.adjust`.
 * @example holmAdjust([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 */
export function holmAdjust(pValues: readonly (number | undefined)[]): (number | undefined)[] {
  const present = pValues.flatMap((p, index) => (p === undefined || Number.isNaN(p) ? [] : [{ p, index }]))
  present.sort((x, y) => x.p - y.p || x.index - y.index)
  const m = present.length
  const adjusted: (number | undefined)[] = pValues.map(() => undefined)
  let running = 0
  present.forEach(({ p, index }, i) => {
    running = Math.max(running, Math.min(1, (m - i) * p))
    adjusted[index] = running
  })
  return adjusted
}
