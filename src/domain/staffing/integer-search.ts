/** Smallest integer at which a monotone test passes, found with few probes. */

/** One probe: whether the count passes, and a slack that grows with the count (≥ 0 roughly where it passes). */
export interface Probe {
  passes: boolean
  slack: number
}

/**
 * The smallest n in [1, ceiling] for which `probe(n).passes`, given that passing is
 * monotone in n, or undefined when even `ceiling` fails (n = 0 is taken to fail).
 * Starting from `guess`, it extrapolates the slack by secant steps until it brackets
 * the answer (doubling the step where the slope is uninformative), then closes the bracket by interpolation with a bisection safeguard.
 * Each probe is expensive (an Erlang A evaluation), so probes are what it saves.
 */
export function smallestPassing(guess: number, ceiling: number, probe: (n: number) => Probe): number | undefined {
  let n = Math.min(Math.max(1, guess), ceiling)
  let p = probe(n)
  let passN: number, passSlack: number, failN: number, failSlack: number
  let step = 1
  if (p.passes) {
    ;[passN, passSlack] = [n, p.slack]
    for (;;) {
      const next = passN - step
      if (next < 1) {
        ;[failN, failSlack] = [0, -Infinity]
        break
      }
      const q = probe(next)
      if (!q.passes) {
        ;[failN, failSlack] = [next, q.slack]
        break
      }
      step = secantStep(passSlack - q.slack, passN - next, q.slack, step)
      ;[passN, passSlack] = [next, q.slack]
    }
  } else {
    ;[failN, failSlack] = [n, p.slack]
    for (;;) {
      if (failN >= ceiling) return undefined
      const next = Math.min(ceiling, failN + step)
      const q = probe(next)
      if (q.passes) {
        ;[passN, passSlack] = [next, q.slack]
        break
      }
      step = secantStep(q.slack - failSlack, next - failN, -q.slack, step)
      ;[failN, failSlack] = [next, q.slack]
    }
  }
  let interpolate = true
  let checkBelow = false
  while (passN - failN > 1) {
    const width = passN - failN
    let mid = Math.floor((failN + passN) / 2)
    if (checkBelow) {
      // An interpolated probe just passed: if the slack is as straight as it looks,
      // the one below it fails and the search is over.
      mid = passN - 1
    } else if (interpolate && Number.isFinite(failSlack) && passSlack > failSlack) {
      const estimate = failN + Math.ceil((-failSlack / (passSlack - failSlack)) * width)
      mid = Math.min(passN - 1, Math.max(failN + 1, estimate))
    }
    const q = probe(mid)
    const wasInterpolated: boolean = interpolate && !checkBelow
    if (q.passes) [passN, passSlack] = [mid, q.slack]
    else [failN, failSlack] = [mid, q.slack]
    checkBelow = wasInterpolated && q.passes
    // Alternate with plain bisection whenever interpolation did not halve the bracket.
    interpolate = passN - failN <= width / 2
  }
  return passN
}

/**
 * Steps to cover `distance` of slack at `rise` per `run`, plus one so the next
 * probe lands just across the answer and brackets it tightly. When the slope
 * says nothing useful, double the previous step.
 */
function secantStep(rise: number, run: number, distance: number, previous: number): number {
  const step = Math.ceil((distance * run) / rise) + 1
  return rise > 0 && Number.isFinite(step) ? Math.max(1, step) : previous * 2
}
