import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runScorecardCommand } from '../../src/cli/scorecard.ts'

const example = readFileSync(new URL('../../data/examples/scorecard-example.csv', import.meta.url), 'utf8')
/** A file system of named texts; any other path is missing. */
const files =
  (named: Record<string, string>) =>
  (path: string): string => {
    if (path in named) return named[path]!
    throw Object.assign(new Error('missing'), { code: 'ENOENT' })
  }
const run = (args: string[], named: Record<string, string> = {}) => runScorecardCommand(args, files({ 'example.csv': example, ...named }))

const SMALL = ['partner,period,kpi,value,sample_size', 'A,2026-01,csat,0.9,400', 'A,2026-02,csat,0.8,100', 'B,2026-01,csat,0.85,500', 'B,2026-02,csat,0.85,500', 'C,2026-01,csat,0.6,40', 'C,2026-02,csat,0.7,20'].join('\n')

describe('cli scorecard', () => {
  it('prints per partner and KPI the value, n, interval with its confidence level, shrunk estimate and rank or group', () => {
    const r = run(['example.csv'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Intervals at 95 % confidence/)
    expect(r.out).toMatch(/Customer Satisfaction Score \(csat/)
    expect(r.out).toMatch(/^ {2}1 {5}A within noise {2}Onshore Dallas +87\.7 % +2,512 +86\.4 % to 89\.0 %/m)
    expect(r.out).toMatch(/Nearshore Monterrey − Onshore Dallas +-0\.49 pp +0\.6065 +0\.6065 +within noise/)
    expect(r.out).toMatch(/Weighted scores, 0–100 \(equal weights/)
  })

  it('prints JSON with intervals, shrunk estimates, groups, pairs with Holm p-values and weighted scores', () => {
    const out = JSON.parse(run(['s.csv', '--json'], { 's.csv': SMALL }).out)
    expect(out.confidenceLevel).toBe(0.95)
    const k = out.kpis[0]
    expect(k.kpi).toBe('csat')
    const a = k.partners.find((p: { partner: string }) => p.partner === 'A')
    expect(a).toMatchObject({ value: expect.closeTo(0.88, 12), sampleSize: 500, rank: 1, group: 'A', withinNoise: true, interval: { confidenceLevel: 0.95 } })
    expect(a.shrunk).toEqual(expect.any(Number))
    expect(k.pairs).toHaveLength(3)
    expect(k.pairs[0]).toMatchObject({ a: 'A', b: 'B', test: 'two-proportion z (pooled)' })
    expect(k.pairs[0].holmPValue).toBeGreaterThanOrEqual(k.pairs[0].pValue)
    expect(out.scorecard.scores.map((s: { partner: string }) => s.partner)).toEqual(['A', 'B', 'C'])
  })

  it('uses --weights and --targets, and --alpha sets the confidence level', () => {
    const out = JSON.parse(run(['s.csv', '--json', '--weights', 'w.json', '--targets', 't.json', '--alpha', '0.2'], { 's.csv': SMALL, 'w.json': '{"csat": 100}', 't.json': '{"csat": 0.9}' }).out)
    expect(out.confidenceLevel).toBeCloseTo(0.8, 12)
    expect(out.scorecard.weightsSource).toBe('given')
    // A: 0.88 / 0.9 × 100
    expect(out.scorecard.scores[0].overall).toBeCloseTo(97.7777777778, 8)
    // At α = 0.2 the A–B difference (p ≈ 0.11) is no longer within noise.
    expect(out.kpis[0].partners[0].withinNoise).toBe(false)
  })

  it('changes the ranking when the weights change', () => {
    // Targets above both partners' values, so neither attains fully: Monterrey leads on adherence, Dallas on FCR.
    const overall = (weights: string) => {
      const out = JSON.parse(run(['example.csv', '--json', '--weights', 'w.json', '--targets', 't.json'], { 'w.json': weights, 't.json': '{"schedule-adherence": 0.95, "fcr": 0.8}' }).out)
      return Object.fromEntries(out.scorecard.scores.map((s: { partner: string; overall: number }) => [s.partner, s.overall]))
    }
    const adherence = overall('{"schedule-adherence": 90, "fcr": 10}')
    const fcr = overall('{"schedule-adherence": 10, "fcr": 90}')
    expect(adherence['Nearshore Monterrey']).toBeGreaterThan(adherence['Onshore Dallas'])
    expect(fcr['Onshore Dallas']).toBeGreaterThan(fcr['Nearshore Monterrey'])
  })

  it.each([
    [['bad.csv'], { 'bad.csv': 'partner,period,kpi,value\nA,2026-01,csat,x\n' }, /^bad\.csv: line 2, column value: must be a number$/m],
    [['missing.csv'], {}, /missing\.csv: cannot read the file \(ENOENT\)/],
    [['example.csv', '--alpha', '2'], {}, /--alpha must be at most 0\.5/],
    [['example.csv', '--alpha', 'x'], {}, /--alpha must be a number/],
    [['example.csv', '--weights', 'w.json'], { 'w.json': '{"csat": 60, "fcr": 30}' }, /--weights w\.json: weights must add up to 100 %; they add up to 90 %/],
    [['example.csv', '--weights', 'w.json'], { 'w.json': '{"happiness": 100}' }, /--weights w\.json: happiness 'happiness' is not a KPI of the catalogue/],
    [['example.csv', '--weights', 'w.json'], { 'w.json': '{"cost-per-ticket": 100}' }, /--weights w\.json: cost-per-ticket cost-per-ticket has no default target/],
    [['example.csv', '--weights', 'w.json'], { 'w.json': '{' }, /--weights w\.json: not valid JSON/],
    [['example.csv', '--targets', 't.json'], { 't.json': '{"csat": 85}' }, /--targets t\.json: csat must be within csat's range, 0 to 1/],
    [[], {}, /takes one CSV file/],
    [['example.csv', '--bogus'], {}, /Unknown option/],
  ])('refuses bad input with exit code 2, naming the line and column or the flag (%j)', (args, named, message) => {
    const r = run(args as string[], named as Record<string, string>)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(message)
  })

  it('explains itself with --help', () => {
    expect(run(['--help']).out).toMatch(/--weights FILE/)
  })
})
