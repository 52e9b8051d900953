/**
 * The report's rules, one behaviour each, on a small hand-made comparison: which option
 * wins, which risks and opportunities fire at their thresholds, and how the actions rank.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Comparison, ComparisonRow } from '../../../src/domain/evaluation/comparison.ts'
import type { DecisionFlip, FlipRow } from '../../../src/domain/evaluation/decision-flip.ts'
import type { Totals } from '../../../src/domain/evaluation/evaluate-scenario.ts'
import { gapsOverCheapest, reportFindings, riskBand, RULES, type Finding, type OptionTraits } from '../../../src/domain/evaluation/report-findings.ts'

/** A row with steady service, no credits; cost per contact = cost / contacts. */
function row(optionId: number, name: string, costUnits: number, contacts: number, over: Partial<ComparisonRow> = {}): ComparisonRow {
  return {
    optionId,
    name,
    kind: 'partner',
    costCents: costUnits * 100,
    costPerContact: costUnits / contacts,
    costPerResolution: costUnits / (contacts * 0.8),
    fte: 10,
    paidHours: 1000,
    idlePaidHours: 200,
    serviceLevel: 0.85,
    serviceLevelP10: 0.81,
    serviceLevelP90: 0.88,
    costP10: costUnits,
    costP50: costUnits,
    costP90: costUnits,
    missHighest: 0.05,
    missHighestMonth: '2026-03',
    missAverage: 0.02,
    expectedCredits: 0,
    perContactOverCheapest: 0,
    cheapest: false,
    contactsOffered: contacts,
    contactsHandled: contacts,
    resolutions: contacts * 0.8,
    productiveHours: 1000,
    busyHours: 850,
    creditsCents: 0,
    bonusesCents: 0,
    weeks: 52,
    serviceTargets: [],
    serviceLevelTarget: 0.8,
    fcr: 0.8,
    escalationRate: 0,
    quality: { score: 90, source: 'modelled' },
    missByMonth: [],
    terms: null,
    ...over,
  }
}

/** Totals at 85 % occupancy, the cap (no over-staffing), FCR 80 %. */
function totalsOf(r: ComparisonRow, contacts: number, over: Partial<Totals> = {}): Totals {
  return {
    costCents: r.costCents,
    contactsOffered: contacts,
    contactsHandled: contacts,
    resolutions: contacts * 0.8,
    productiveHours: 1000,
    paidHours: 1400,
    busyHours: 850,
    idlePaidHours: 550,
    fte: 10,
    creditsCents: 0,
    bonusesCents: 0,
    costPerContact: r.costPerContact,
    costPerResolution: r.costPerResolution,
    serviceLevel: r.serviceLevel,
    ...over,
  }
}

const TRAITS: OptionTraits = { occupancyCap: 0.85, billedOnTime: true, staffing: 'requirement' }

/** Two options: A at $2.00 a contact on 1,000 contacts, B at $3.00 on 2,000. */
function setup(a: Partial<ComparisonRow> = {}, b: Partial<ComparisonRow> = {}, trials = 1000) {
  const rowA = row(1, 'A', 2000, 1000, { cheapest: true, ...a })
  const rowB = row(2, 'B', 6000, 2000, { perContactOverCheapest: 1, ...b })
  const comparison: Comparison = {
    currency: 'USD',
    months: ['2026-03'],
    options: [rowA, rowB],
    scenario: row(0, 'Whole scenario', 8000, 3000),
    cheapestOptionId: 1,
    monthlyCost: [],
    seed: 42,
    trials,
    method: 'test',
  }
  const totals = new Map([
    [1, totalsOf(rowA, 1000)],
    [2, totalsOf(rowB, 2000)],
  ])
  const traits = new Map([
    [1, TRAITS],
    [2, TRAITS],
  ])
  return { comparison, totals, traits }
}

const rules = (fs: readonly Finding[]) => fs.map((f) => f.rule)
const first = <R extends Finding['rule']>(fs: readonly Finding[], rule: R) => fs.find((f): f is Extract<Finding, { rule: R }> => f.rule === rule)

describe('riskBand', () => {
  it.each([
    [0, 'low'],
    [RULES.steadyMiss, 'low'],
    [0.11, 'moderate'],
    [RULES.highMiss, 'high'],
    [1, 'high'],
    [NaN, 'unknown'],
  ] as const)('a highest monthly miss probability of %d is %s', (p, band) => {
    expect(riskBand(p)).toBe(band)
  })
})

describe('reportFindings', () => {
  it('names the cheapest option per contact and how far the runner-up is, in money and as a share', () => {
    const f = first(reportFindings(setup()).wins, 'cheapest')!
    expect(f.option.name).toBe('A')
    expect(f.costPerContact).toBe(2)
    expect(f.runnerUp).toMatchObject({ name: 'B', costPerContact: 3, difference: 1, share: 0.5 })
  })

  it('counts an option steady when it misses its target in at most 10 % of futures in its worst month', () => {
    const { wins, opportunities } = reportFindings(setup({ missHighest: 0.1 }))
    expect(wins.filter((f) => f.rule === 'steady-service').map((f) => (f as { option: { name: string } }).option.name)).toEqual(['A', 'B'])
    expect(rules(opportunities)).not.toContain('miss-risk')
  })

  it('flags a high miss risk as a high-priority action, a moderate one as medium', () => {
    const { actions } = reportFindings(setup({ missHighest: 0.52, missHighestMonth: '2026-05' }, { missHighest: 0.15 }))
    const misses = actions.filter((a) => a.finding.rule === 'miss-risk')
    expect(misses.map((a) => [(a.finding as { option: { name: string } }).option.name, a.priority])).toEqual([
      ['A', 'high'],
      ['B', 'medium'],
    ])
    expect(actions[0]!.priority).toBe('high')
  })

  it('flags expected SLA credits from 0.5 % of the option’s annual cost', () => {
    const below = reportFindings(setup({ expectedCredits: 9.99 }))
    expect(rules(below.opportunities)).not.toContain('credits')
    const at = first(reportFindings(setup({ expectedCredits: 10 })).opportunities, 'credits')!
    expect(at).toMatchObject({ expectedCredits: 10, shareOfCost: 0.005 })
  })

  it('prices over-staffing as productive hours beyond busy ÷ cap, at the option’s cost per productive hour', () => {
    const s = setup()
    // B: 1,000 productive h, 595 busy h; at an 85 % cap 700 h would do: 300 h (30 %) over, 30 % of $6,000.
    s.totals.set(2, { ...s.totals.get(2)!, busyHours: 595 })
    const f = first(reportFindings(s).opportunities, 'over-staffing')!
    expect(f.option.name).toBe('B')
    expect(f.excessHours).toBeCloseTo(300, 9)
    expect(f.share).toBeCloseTo(0.3, 12)
    expect(f.cost).toBeCloseTo(1800, 9)
    expect(f.occupancy).toBeCloseTo(0.595, 12)
  })

  it('leaves idle time out when the option is paid per contact (the vendor carries it)', () => {
    const s = setup()
    s.totals.set(2, { ...s.totals.get(2)!, busyHours: 595 })
    s.traits.set(2, { ...TRAITS, billedOnTime: false })
    expect(rules(reportFindings(s).opportunities)).not.toContain('over-staffing')
  })

  it('estimates moving 5 % of the contacts from a costlier, busier option to the cheapest at today’s costs per contact', () => {
    const f = first(reportFindings(setup()).opportunities, 'cheaper-under-used')!
    // 5 % of 3,000 contacts = 150 moved from B ($3.00) to A ($2.00).
    expect(f).toMatchObject({ cheapest: { name: 'A' }, costlier: { name: 'B' }, moved: 150, saving: 150 })
  })

  it('names what mostly makes the runner-up dearer, with the annual amount', () => {
    const f = first(reportFindings(setup()).opportunities, 'gap-driver')!
    // Same hours, twice the contacts and three times the cost: B's price per paid hour is 3×, its handle time ½×.
    expect(f).toMatchObject({ option: { name: 'B' }, runnerUp: true, driver: 'price', gap: 1 })
    expect(f.amount + Math.log(0.5) * (1 / Math.log(1.5))).toBeCloseTo(f.gap, 12)
    expect(f.annual).toBeCloseTo(f.amount * 2000, 9)
  })

  it('notes when another option is cheaper per issue resolved', () => {
    const f = first(reportFindings(setup({ costPerResolution: 5 })).opportunities, 'resolution-leader')!
    expect(f.perResolution.name).toBe('B')
    expect(f.perContact.name).toBe('A')
  })

  it('asks for a full run when fewer than 1,000 futures were simulated', () => {
    expect(first(reportFindings(setup({}, {}, 200)).opportunities, 'few-trials')).toMatchObject({ trials: 200, seed: 42 })
    expect(rules(reportFindings(setup({}, {}, 1000)).opportunities)).not.toContain('few-trials')
  })

  it('calls a break-even within its threshold close, and a high-priority action', () => {
    const flip = flipWith([{ assumption: 'aht', distance: 0.08 }, { assumption: 'price', distance: 0.5 }])
    const { opportunities, actions, wins } = reportFindings({ ...setup(), flip })
    expect(first(opportunities, 'flip-close')).toMatchObject({ assumption: 'aht', distance: 0.08 })
    expect(actions[0]!.finding.rule).toBe('flip-close')
    expect(rules(wins)).not.toContain('flip-robust')
  })

  it('counts the decision robust when no break-even is close, naming the nearest', () => {
    const flip = flipWith([{ assumption: 'aht', distance: 0.5 }, { assumption: 'fcr', distance: -0.1 }])
    const f = first(reportFindings({ ...setup(), flip }).wins, 'flip-robust')!
    // fcr: 0.1 is 2 thresholds away; aht: 0.5 is 5.
    expect(f.nearest?.assumption).toBe('fcr')
  })

  it('ranks actions high before medium before low, and within a priority by money at stake', () => {
    const s = setup({ expectedCredits: 100, missHighest: 0.3 }, { expectedCredits: 500 }, 200)
    const { actions } = reportFindings(s)
    const order = { high: 0, medium: 1, low: 2 }
    for (let i = 1; i < actions.length; i++) expect(order[actions[i]!.priority]).toBeGreaterThanOrEqual(order[actions[i - 1]!.priority])
    const credits = actions.filter((a) => a.finding.rule === 'credits').map((a) => a.atStake)
    expect(credits).toEqual([500, 100])
  })

  it('finds the gaps over the cheapest for every other option and none for the cheapest', () => {
    const s = setup()
    expect([...gapsOverCheapest(s.comparison, s.totals).keys()]).toEqual([2])
  })
})

describe('reportFindings properties', () => {
  it('gives exactly one cheapest win and one action per opportunity except non-runner-up gap drivers, whatever the figures', () => {
    const option = fc.record({
      cost: fc.integer({ min: 1, max: 10 ** 7 }),
      contacts: fc.integer({ min: 1, max: 10 ** 6 }),
      miss: fc.double({ min: 0, max: 1, noNaN: true }),
      credits: fc.double({ min: 0, max: 10 ** 5, noNaN: true }),
      busy: fc.double({ min: 1, max: 1000, noNaN: true }),
    })
    fc.assert(
      fc.property(fc.array(option, { minLength: 1, maxLength: 6 }), (opts) => {
        const rows = opts.map((o, i) => row(i + 1, `O${i + 1}`, o.cost, o.contacts, { missHighest: o.miss, expectedCredits: o.credits }))
        const cheapest = rows.reduce((m, r) => (r.costPerContact < m.costPerContact ? r : m))
        const comparison: Comparison = { currency: 'USD', months: ['2026-01'], options: rows, scenario: row(0, 'W', 1, 1), cheapestOptionId: cheapest.optionId!, monthlyCost: [], seed: 1, trials: 200, method: 'test' }
        const totals = new Map(rows.map((r, i) => [r.optionId!, totalsOf(r, opts[i]!.contacts, { busyHours: opts[i]!.busy })]))
        const traits = new Map(rows.map((r) => [r.optionId!, TRAITS]))
        const out = reportFindings({ comparison, totals, traits })
        const expectedActions = out.opportunities.filter((f) => f.rule !== 'gap-driver' || f.runnerUp).length
        return out.wins.filter((f) => f.rule === 'cheapest').length === 1 && out.actions.length === expectedActions
      }),
    )
  })
})

/** A decision flip between A and B with crossings at the given distances from today. */
function flipWith(crossings: { assumption: FlipRow['assumption']; distance: number }[]): DecisionFlip {
  const leading = { costPerContact: 2, costPerResolution: 2.5 }
  return {
    cheaper: { optionId: 1, name: 'A', ...leading },
    runnerUp: { optionId: 2, name: 'B', ...leading },
    rows: crossings.map(({ assumption, distance }) => ({
      assumption,
      metric: 'per-contact',
      label: assumption,
      unit: 'share',
      range: [0, 1],
      today: 0.5,
      outcome: { kind: 'crossing', value: 0.5 + distance, distance },
    })),
  }
}
