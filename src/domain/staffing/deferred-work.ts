/** Email, tickets and back-office work: nobody waits on a line, work must be done by a deadline (model.md §5). */
import { ceilTolerant } from '../tolerance.ts'

/** The deferred-work question for a series of equal intervals. */
export interface DeferredWorkPlanInput {
  /** Items arriving in each interval. */
  items: ArrayLike<number>
  /** Whether the team works in each interval (closed hours and weekends are false). */
  open: ArrayLike<boolean>
  intervalSeconds: number
  /** Handling time per item: one value, or one per interval. */
  ahtSeconds: number | ArrayLike<number>
  /** Each item must be finished within this time of its arrival. */
  deadlineSeconds: number
  /** Share of an agent's time spent on items; the rest is the slack a plan keeps (default 0.9). */
  maxOccupancy?: number
}

/** What a staffing plan does to the work, interval by interval. */
export interface DeferredWorkOutcome {
  /** Productive agents in each interval. */
  agents: Int32Array
  /** Agent-seconds of work waiting at the end of each interval. */
  backlogSeconds: Float64Array
  /**
   * Share of the work due within the horizon that was finished by its deadline
   * (1 when none was due). Work still inside its window at the end is not yet late.
   */
  onTimeShare: number
  /** Agent-seconds of work still unfinished after the last interval. */
  unfinishedSeconds: number
}

export const DEFAULT_DEFERRED_MAX_OCCUPANCY = 0.9

/**
 * Intervals an item may be worked in: an item counts as arriving at the start
 * of its interval, so it may be worked in that interval and the following ones
 * that end by its deadline (at least its own interval).
 */
export function deadlineWindow(deadlineSeconds: number, intervalSeconds: number): number {
  return Math.max(1, Math.floor(deadlineSeconds / intervalSeconds + 1e-9))
}

/**
 * Agents required for deferred work: each interval's workload (items × AHT) is
 * spread evenly over the open intervals inside its deadline window, so staffing is
 * level rather than spiky and every item is planned to finish on time. Work whose
 * window holds no open interval (it arrives too long before opening) goes to the
 * first open interval after it and is reported late. Each interval then needs
 * ceil(planned work / (L × max occupancy)) agents. The plan is checked by
 * {@link deferredWorkOutcome}, which carries the backlog across intervals.
 * O(intervals).
 */
export function deferredWorkRequired(input: DeferredWorkPlanInput): DeferredWorkOutcome {
  const n = input.items.length
  const window = deadlineWindow(input.deadlineSeconds, input.intervalSeconds)
  const occupancy = input.maxOccupancy ?? DEFAULT_DEFERRED_MAX_OCCUPANCY
  // openBefore[i] = open intervals among 0..i−1, so any window's open count is one subtraction.
  const openBefore = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) openBefore[i + 1] = openBefore[i]! + (input.open[i] ? 1 : 0)
  const nextOpen = new Int32Array(n + 1).fill(-1)
  for (let i = n - 1; i >= 0; i--) nextOpen[i] = input.open[i] ? i : nextOpen[i + 1]!
  // Difference array of planned work per open interval: adding a share to a whole window is O(1).
  const rateChange = new Float64Array(n + 1)
  const lumps = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const work = input.items[i]! * ahtAt(input.ahtSeconds, i)
    if (work === 0) continue
    const end = Math.min(n, i + window)
    const openCount = openBefore[end]! - openBefore[i]!
    if (openCount > 0) {
      rateChange[i]! += work / openCount
      rateChange[end]! -= work / openCount
    } else if (nextOpen[i]! >= 0) {
      lumps[nextOpen[i]!]! += work
    }
  }
  const agents = new Int32Array(n)
  const capacityPerAgent = input.intervalSeconds * occupancy
  let share = 0
  for (let i = 0; i < n; i++) {
    share += rateChange[i]!
    if (!input.open[i]) continue
    agents[i] = ceilTolerant(Math.max(0, share + lumps[i]!) / capacityPerAgent)
  }
  return deferredWorkOutcome({ ...input, agents })
}

/**
 * What a given headcount does to deferred work: items are worked oldest first
 * (with a fixed deadline per item this is also earliest-deadline-first, the
 * optimal order), each agent doing at most L × max occupancy seconds of work per
 * interval; what is not done is still there in the next interval, overnight and
 * over weekends included. O(intervals).
 */
export function deferredWorkOutcome(input: DeferredWorkPlanInput & { agents: ArrayLike<number> }): DeferredWorkOutcome {
  const n = input.items.length
  const window = deadlineWindow(input.deadlineSeconds, input.intervalSeconds)
  const capacityPerAgent = input.intervalSeconds * (input.maxOccupancy ?? DEFAULT_DEFERRED_MAX_OCCUPANCY)
  // The backlog is a queue of (arrival interval, remaining work), at most one entry per interval.
  const remaining = new Float64Array(n)
  let head = 0
  let total = 0
  let onTime = 0
  let backlog = 0
  const backlogSeconds = new Float64Array(n)
  const agents = Int32Array.from(input.agents)
  for (let i = 0; i < n; i++) {
    const work = input.items[i]! * ahtAt(input.ahtSeconds, i)
    remaining[i] = work
    total += work
    backlog += work
    let capacity = input.open[i] ? agents[i]! * capacityPerAgent : 0
    while (capacity > 0 && head <= i) {
      const done = Math.min(capacity, remaining[head]!)
      remaining[head]! -= done
      capacity -= done
      backlog -= done
      if (i < head + window) onTime += done
      if (remaining[head]! <= 1e-9 * Math.max(1, capacityPerAgent)) {
        backlog -= remaining[head]!
        remaining[head] = 0
        head++
      }
    }
    backlogSeconds[i] = Math.max(0, backlog)
  }
  let notYetDue = 0
  for (let j = Math.max(head, n - window + 1); j < n; j++) notYetDue += remaining[j]!
  const due = total - notYetDue
  return {
    agents,
    backlogSeconds,
    onTimeShare: due <= 0 ? 1 : Math.min(1, onTime / due),
    unfinishedSeconds: Math.max(0, backlog),
  }
}

const ahtAt = (aht: number | ArrayLike<number>, i: number) => (typeof aht === 'number' ? aht : aht[i]!)
