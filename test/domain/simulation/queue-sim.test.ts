import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simulateQueue, type HandleTimeModel, type QueueSimResult } from '../../../src/domain/simulation/queue-sim.ts'
import { createRng } from '../../../src/domain/simulation/rng.ts'
import { erlangA } from '../../../src/domain/staffing/erlang-a.ts'
import { erlangC, type QueueMetrics } from '../../../src/domain/staffing/erlang-c.ts'
import { SE_MULTIPLE, batchMeans, expectWithinSe } from './statistics.ts'

const L = 1800
const AHT = 180
/** Intervals dropped before measuring: the run opens empty, and 2 h is > 30 AHT of transient. */
const WARM_UP = 4
/** Batches for the batch-means SE: 40 batches of ≥ 100 intervals (≥ 50 h) each, near independent. */
const BATCHES = 40

interface Stationary {
  /**
   * Largest acceptable batch-means SE of the service level (the test's power); 0.005 unless
   * given. Near 100 Erlangs and 95 % occupancy the queue forgets its state over about the
   * same clock time as at 10 Erlangs but sees 10× the contacts meanwhile, so the same number
   * of contacts buys about √10 × the SE; those cases get more contacts and 0.01.
   */
  maxSe?: number
  erlangs: number
  agents: number
  contacts: number
  answerWithin?: number
  patience?: number
  handleTime?: HandleTimeModel
  seed?: number
}

/** A long run at constant load: enough 30-minute intervals for about `contacts` contacts. */
function runStationary(c: Stationary): QueueSimResult {
  const offered = (c.erlangs * L) / AHT
  const n = Math.ceil(c.contacts / offered)
  return simulateQueue(
    Array.from({ length: n }, () => ({ offered, ahtSeconds: AHT })),
    new Array<number>(n).fill(c.agents),
    { intervalSeconds: L, answerWithinSeconds: c.answerWithin ?? 20, patienceSeconds: c.patience, handleTime: c.handleTime },
    createRng(c.seed ?? 2024),
  )
}

/** Batch-means estimates of the queue figures Erlang gives, from the per-interval counts. */
function estimates(result: QueueSimResult) {
  const column = (key: 'offered' | 'answered' | 'answeredWithinThreshold' | 'abandoned' | 'totalWaitSeconds' | 'busySeconds' | 'availableSeconds') =>
    result.intervals.map((r) => r[key])
  const offered = column('offered')
  return {
    serviceLevel: batchMeans(column('answeredWithinThreshold'), offered, BATCHES, WARM_UP),
    asaSeconds: batchMeans(column('totalWaitSeconds'), column('answered'), BATCHES, WARM_UP),
    probAbandon: batchMeans(column('abandoned'), offered, BATCHES, WARM_UP),
    occupancy: batchMeans(column('busySeconds'), column('availableSeconds'), BATCHES, WARM_UP),
  }
}

function expectMatches(result: QueueSimResult, erlang: QueueMetrics, maxSe = 0.005): void {
  const e = estimates(result)
  // Power: 4 SE of service level is under 0.02 (0.04), so a modelling slip that size shows.
  expect(e.serviceLevel.se).toBeLessThan(maxSe)
  for (const key of ['serviceLevel', 'asaSeconds', 'probAbandon', 'occupancy'] as const) {
    if (erlang[key] === 0) expect(e[key].mean, key).toBe(0)
    else expectWithinSe(e[key].mean, erlang[key], e[key].se, key)
  }
}

describe('simulateQueue against Erlang C (exponential handle times, nobody hangs up)', () => {
  // |sim − Erlang| ≤ 4 batch-means SE for service level, ASA and occupancy.
  it.each([
    { erlangs: 10, agents: 12, answerWithin: 20, contacts: 1_000_000 },
    { erlangs: 10, agents: 14, answerWithin: 20, contacts: 500_000 },
    { erlangs: 10, agents: 14, answerWithin: 0, contacts: 500_000 },
    { erlangs: 100, agents: 105, answerWithin: 20, contacts: 3_000_000, maxSe: 0.01 },
    { erlangs: 100, agents: 110, answerWithin: 20, contacts: 1_000_000 },
  ])('matches for $erlangs Erlangs, $agents agents, AHT 180 s, T $answerWithin s ($contacts contacts)', (c) => {
    const result = runStationary(c)
    expect(result.totals.abandoned).toBe(0)
    expectMatches(result, erlangC(c.agents, c.erlangs, AHT, c.answerWithin), c.maxSe)
  })
})

describe('simulateQueue against Erlang A (exponential patience)', () => {
  // |sim − Erlang A| ≤ 4 batch-means SE for service level, ASA, abandon rate and occupancy.
  it.each([
    { erlangs: 10, agents: 13, contacts: 500_000, patience: 300 },
    { erlangs: 10, agents: 9, contacts: 500_000, patience: 300 },
    { erlangs: 100, agents: 98, contacts: 2_000_000, patience: 300, maxSe: 0.01 },
    { erlangs: 100, agents: 104, contacts: 1_000_000, patience: 60 },
  ])('matches for $erlangs Erlangs, $agents agents, AHT 180 s, patience $patience s, T 20 s', (c) => {
    expectMatches(runStationary(c), erlangA(c.agents, c.erlangs, AHT, c.patience, 20), c.maxSe)
  })
})

describe('simulateQueue with lognormal handle times', () => {
  it.each([
    [0.5, 0.5],
    [0.5, 1.5],
    [0.7, 0.5],
  ])('matches Pollaczek–Khinchine on one agent (M/G/1) at load %s, cv %s: mean wait ρ·AHT·(1 + cv²) / (2(1 − ρ)), P(no wait) 1 − ρ', (rho, cv) => {
    // Exact for any handle-time distribution, so this checks the lognormal's σ inside the
    // simulator, not just its mean. 1 M contacts; tolerance 4 batch-means SE.
    const e = estimates(runStationary({ erlangs: rho, agents: 1, contacts: 1_000_000, answerWithin: 0, handleTime: { distribution: 'lognormal', cv } }))
    expectWithinSe(e.asaSeconds.mean, (rho * AHT * (1 + cv * cv)) / (2 * (1 - rho)), e.asaSeconds.se, 'mean wait')
    expectWithinSe(e.serviceLevel.mean, 1 - rho, e.serviceLevel.se, 'share answered at once')
    expectWithinSe(e.occupancy.mean, rho, e.occupancy.se, 'occupancy')
  })

  const base = { erlangs: 10, agents: 14, contacts: 2_000_000 }
  const sl = (handleTime?: HandleTimeModel) => estimates(runStationary({ ...base, handleTime })).serviceLevel
  /** Expects a − b > 4 SE of the difference (independent runs: SEs add in quadrature). */
  const expectClearlyAbove = (a: { mean: number; se: number }, b: { mean: number; se: number }) => {
    const se = Math.hypot(a.se, b.se)
    expect((a.mean - b.mean) / se, `${a.mean} vs ${b.mean}, SE ${se}`).toBeGreaterThan(SE_MULTIPLE)
  }

  it('gives a better service level at the same agents as the cv falls (cv 0.25 > exponential > cv 2)', () => {
    const low = sl({ distribution: 'lognormal', cv: 0.25 })
    const exponential = sl()
    const high = sl({ distribution: 'lognormal', cv: 2 })
    expectClearlyAbove(low, exponential)
    expectClearlyAbove(exponential, high)
  })

  it('keeps the mean handle time: occupancy is still A/N within 4 SE (100 Erlangs, 105 agents, cv 0.6)', () => {
    const result = runStationary({ erlangs: 100, agents: 105, contacts: 1_000_000, handleTime: { distribution: 'lognormal', cv: 0.6 } })
    const e = estimates(result)
    expectWithinSe(e.occupancy.mean, 100 / 105, e.occupancy.se, 'occupancy')
    // Less variable handle times queue less: Erlang C understates this option's service level.
    const erlang = erlangC(105, 100, AHT, 20)
    expect((e.serviceLevel.mean - erlang.serviceLevel) / e.serviceLevel.se).toBeGreaterThan(SE_MULTIPLE)
  })
})

/** A random day: 1–24 intervals of varying load, AHT and staffing (including none). */
const day = fc.record({
  intervalSeconds: fc.constantFrom(900, 1800, 3600),
  rows: fc.array(
    fc.record({
      offered: fc.double({ min: 0, max: 120, noNaN: true }),
      ahtSeconds: fc.double({ min: 30, max: 900, noNaN: true }),
      agents: fc.integer({ min: 0, max: 25 }),
    }),
    { minLength: 1, maxLength: 24 },
  ),
  answerWithinSeconds: fc.constantFrom(0, 20, 60),
  patienceSeconds: fc.option(fc.double({ min: 5, max: 1000, noNaN: true }), { nil: undefined }),
  handleTime: fc.constantFrom<HandleTimeModel>({ distribution: 'exponential' }, { distribution: 'lognormal', cv: 0.5 }),
  drain: fc.boolean(),
  seed: fc.integer(),
})

describe('simulateQueue over time-varying days', () => {
  it('conserves contacts in every interval: offered = answered + abandoned + still queued', () => {
    fc.assert(
      fc.property(day, (d) => {
        const { intervals, totals } = simulateQueue(d.rows, d.rows.map((r) => r.agents), d, createRng(d.seed))
        for (const r of [...intervals, totals]) {
          expect(r.answered + r.abandoned + r.queuedAtEnd).toBe(r.offered)
          expect(r.answeredWithinThreshold).toBeLessThanOrEqual(r.answered)
          expect(r.busySeconds).toBeLessThanOrEqual(r.availableSeconds * (1 + 1e-12))
          expect(r.occupancy).toBeGreaterThanOrEqual(0)
          expect(r.occupancy).toBeLessThanOrEqual(1 + 1e-12)
          expect(r.serviceLevel).toBeGreaterThanOrEqual(0)
          expect(r.serviceLevel).toBeLessThanOrEqual(1)
        }
        if (d.patienceSeconds === undefined) expect(totals.abandoned).toBe(0)
        // Drained with agents left at the end, every contact is answered or gone.
        if (d.drain && d.rows.at(-1)!.agents > 0) expect(totals.queuedAtEnd).toBe(0)
        // Seats offered: each interval has at least its scheduled agent-seconds.
        intervals.forEach((r, i) => expect(r.availableSeconds).toBeGreaterThanOrEqual(d.rows[i]!.agents * d.intervalSeconds * (1 - 1e-12)))
      }),
      { numRuns: 300 },
    )
  })

  it('counts a contact in the interval it arrived in, even when answered in a later one', () => {
    // No agents in interval 0: its callers wait for the 5 agents of interval 1.
    const { intervals } = simulateQueue(
      [{ offered: 30, ahtSeconds: 120 }, { offered: 0, ahtSeconds: 120 }],
      [0, 5],
      { intervalSeconds: 900, answerWithinSeconds: 20 },
      createRng(3),
    )
    const [first, second] = intervals
    expect(first!.offered).toBeGreaterThan(0)
    expect(first!.answered).toBe(first!.offered)
    expect(first!.meanWaitSeconds).toBeGreaterThan(0)
    expect(second!.offered).toBe(0)
    expect(second!.answered).toBe(0)
    expect(second!.serviceLevel).toBe(1)
    expect(second!.busySeconds).toBeGreaterThan(0)
    expect(first!.busySeconds).toBe(0)
  })

  it('lets busy agents finish when the count drops, and starts nobody until it allows', () => {
    // 4 agents, then none, then 2: with T = 0 a contact counts as "within" only if a seat was
    // free the moment it arrived, which never happens while the count is 0.
    const { intervals } = simulateQueue(
      [{ offered: 60, ahtSeconds: 300 }, { offered: 40, ahtSeconds: 300 }, { offered: 10, ahtSeconds: 300 }],
      [4, 0, 2],
      { intervalSeconds: 1800, answerWithinSeconds: 0 },
      createRng(4),
    )
    const [open, closed, reopened] = intervals
    expect(open!.answeredWithinThreshold).toBeGreaterThan(0)
    expect(closed!.answeredWithinThreshold).toBe(0)
    expect(closed!.answered).toBe(closed!.offered)
    // Agents still finishing in the closed interval are the only ones available: occupancy 1.
    expect(closed!.busySeconds).toBeGreaterThan(0)
    expect(closed!.availableSeconds).toBe(closed!.busySeconds)
    expect(reopened!.availableSeconds).toBeGreaterThanOrEqual(2 * 1800)

    // Hard stops at the drop and at the end of the closed interval, same seed (the same first
    // interval): nobody who was waiting at the drop has been answered since.
    const open0 = { offered: 60, ahtSeconds: 300 }
    const stop = { intervalSeconds: 1800, answerWithinSeconds: 0, drain: false }
    const atDrop = simulateQueue([open0], [4], stop, createRng(4)).intervals
    const later = simulateQueue([open0, { offered: 40, ahtSeconds: 300 }], [4, 0], stop, createRng(4)).intervals
    expect(atDrop[0]!.queuedAtEnd).toBeGreaterThan(0)
    expect(later[0]!.answered).toBe(atDrop[0]!.answered)
    expect(later[1]!.answered).toBe(0)
  })

  it('at a hard stop leaves late callers queued, and draining answers them', () => {
    const rows = [{ offered: 200, ahtSeconds: 300 }]
    const options = { intervalSeconds: 1800, answerWithinSeconds: 20 }
    const stopped = simulateQueue(rows, [20], { ...options, drain: false }, createRng(5))
    const drained = simulateQueue(rows, [20], options, createRng(5))
    expect(stopped.totals.queuedAtEnd).toBeGreaterThan(0)
    expect(stopped.endSeconds).toBe(1800)
    expect(drained.totals.queuedAtEnd).toBe(0)
    expect(drained.totals.answered).toBe(drained.totals.offered)
    expect(drained.endSeconds).toBeGreaterThan(1800)
    expect(drained.drainBusySeconds).toBeGreaterThan(0)
  })
})

describe('simulateQueue reproducibility', () => {
  const rows = Array.from({ length: 48 }, (_, i) => ({ offered: 40 + 30 * Math.sin(i / 8), ahtSeconds: 240 }))
  const agents = rows.map((r) => Math.round((r.offered * 240) / 1800) + 1)
  const options = { intervalSeconds: 1800, answerWithinSeconds: 20, patienceSeconds: 200, handleTime: { distribution: 'lognormal', cv: 0.7 } as const }

  it('reproduces the exact output for a fixed seed, whatever ran in between', () => {
    const first = simulateQueue(rows, agents, options, createRng(77))
    simulateQueue(rows, agents, { ...options, handleTime: { distribution: 'lognormal', cv: 0.3 } }, createRng(78))
    const again = simulateQueue(rows, agents, options, createRng(77))
    expect(again).toEqual(first)
    expect(simulateQueue(rows, agents, options, createRng(79))).not.toEqual(first)
  })

  it('does not modify its inputs', () => {
    const frozen = Object.freeze(rows.map((r) => Object.freeze({ ...r })))
    expect(() => simulateQueue(frozen, Object.freeze([...agents]), Object.freeze({ ...options }), createRng(1))).not.toThrow()
  })
})

describe('simulateQueue input checks', () => {
  const options = { intervalSeconds: 1800, answerWithinSeconds: 20 }
  const one = [{ offered: 10, ahtSeconds: 180 }]

  it.each([
    ['one agent count per interval', one, [1, 2], options],
    ['whole agent counts', one, [1.5], options],
    ['agents ≥ 0', one, [-1], options],
    ['offered ≥ 0', [{ offered: -1, ahtSeconds: 180 }], [1], options],
    ['AHT > 0 when contacts arrive', [{ offered: 5, ahtSeconds: 0 }], [1], options],
    ['patience > 0', one, [1], { ...options, patienceSeconds: 0 }],
    ['interval length > 0', one, [1], { ...options, intervalSeconds: 0 }],
    ['a finite cv ≥ 0', one, [1], { ...options, handleTime: { distribution: 'lognormal', cv: -1 } as const }],
  ])('throws a RangeError without %s', (_, rows, agents, opts) => {
    expect(() => simulateQueue(rows, agents, opts, createRng(1))).toThrow(RangeError)
  })

  it('returns empty totals for no intervals', () => {
    const r = simulateQueue([], [], options, createRng(1))
    expect(r.intervals).toEqual([])
    expect(r.totals.offered).toBe(0)
    expect(r.totals.serviceLevel).toBe(1)
  })
})
