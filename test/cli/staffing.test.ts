import { describe, expect, it } from 'vitest'
import { runStaffingCommand } from '../../src/cli/staffing.ts'

const BASE = ['--calls', '100', '--interval', '1800', '--aht', '180', '--answer-within', '20', '--target-sl', '0.8']
const noFiles = (path: string): string => {
  throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' })
}
const files = (content: string) => () => content
const json = (args: string[], read: (p: string) => string = noFiles) => {
  const r = runStaffingCommand([...args, '--json'], read)
  expect(r.err).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.out)
}

describe('cli staffing', () => {
  it('solves the published 80/20 example with an occupancy cap and shrinkage', () => {
    const out = json([...BASE, '--max-occupancy', '0.85', '--shrinkage', '0.3'])
    expect(out).toMatchObject({ agents: 14, scheduledAgents: 20, trafficErlangs: 10 })
    expect(out.serviceLevel).toBeCloseTo(0.8883500191794669, 14)
  })

  it('prints every promised JSON field', () => {
    const out = json(BASE)
    for (const key of ['trafficErlangs', 'agents', 'serviceLevel', 'asaSeconds', 'occupancy', 'probWait', 'probAbandon', 'scheduledAgents']) {
      expect(typeof out[key]).toBe('number')
    }
  })

  it('evaluates a given headcount with --agents', () => {
    const out = json([...BASE, '--agents', '12'])
    expect(out.agents).toBe(12)
    expect(out.serviceLevel).toBeCloseTo(0.6401580403740066, 14)
    expect(out.probWait).toBeCloseTo(0.4493882242982709, 14)
    expect(out.asaSeconds).toBeCloseTo(40.444940186844384, 11)
    expect(out.meetsTargets).toBe(false)
  })

  it('switches to Erlang A with --patience (pyworkforce example)', () => {
    const out = json([...BASE, '--patience', '300', '--agents', '13'])
    expect(out.model).toBe('erlang-a')
    expect(out.serviceLevel).toBeCloseTo(0.8581777, 7)
    expect(out.probAbandon).toBeCloseTo(0.0249633, 7)
    expect(out.probWait).toBeCloseTo(0.2257971, 7)
  })

  it('rounds scheduled agents at the float boundary: 21 / 0.7 is 30', () => {
    const out = json(['--calls', '100', '--interval', '1800', '--aht', '300', '--answer-within', '20', '--target-sl', '0.8', '--shrinkage', '0.3'])
    expect(out).toMatchObject({ agents: 21, scheduledAgents: 30 })
  })

  it('staffs chat as slots and rounds up to whole agents', () => {
    const out = json(['--channel', 'chat', '--concurrency', '3', '--calls', '100', '--interval', '1800', '--aht', '600', '--answer-within', '30', '--target-sl', '0.8'])
    expect(out.slots).toBe(out.agents * 3)
    expect(out.meetsTargets).toBe(true)
  })

  it('prints a readable answer without --json', () => {
    const r = runStaffingCommand(BASE, noFiles)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Agents needed\s+14 productive/)
  })

  it.each([
    [['--calls', '-5'], /--calls must be at least 0/],
    [['--calls', 'abc'], /--calls must be a number/],
    [['--aht', '0'], /--aht must be more than 0/],
    [['--target-sl', '1.5'], /--target-sl must be at most 1/],
    [['--shrinkage', '1'], /--shrinkage must be less than 1/],
    [['--calls', 'NaN'], /--calls must be/],
    [['--calls', '1e308'], /--calls must be at most/],
  ])('refuses bad values with exit code 2 and names the flag (%j)', (override, message) => {
    const args = [...BASE]
    const i = args.indexOf(override[0]!)
    if (i >= 0) args[i + 1] = override[1]!
    else args.push(...override)
    const r = runStaffingCommand(args, noFiles)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
    expect(r.out).toBe('')
  })

  it('names every missing required flag', () => {
    const r = runStaffingCommand(['--calls', '10'], noFiles)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--interval is required/)
    expect(r.err).toMatch(/--target-sl is required/)
  })

  it('refuses unknown flags with exit code 2', () => {
    expect(runStaffingCommand([...BASE, '--bogus', '1'], noFiles).code).toBe(2)
  })

  it('says so, with exit code 1, when the targets need more agents than the ceiling', () => {
    // 40 Erlangs at 0.01 % occupancy would need 400,000 agents.
    const r = runStaffingCommand(['--calls', '400', '--interval', '1800', '--aht', '180', '--answer-within', '20', '--target-sl', '0.8', '--max-occupancy', '0.0001'], noFiles)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/ceiling/)
  })
})

describe('cli staffing --csv', () => {
  const header = 'calls,interval_s,aht_s,answer_within_s,target_sl,patience_s,max_occupancy,max_asa_s,shrinkage,agents'

  it('answers one object per row, in order', () => {
    const csv = `${header}\n100,1800,180,20,0.8,,0.85,,0.3,\n100,1800,180,20,0.8,300,,,,13\n100,1800,300,20,0.8,,,,0.3,\n`
    const out = json(['--csv', 'rows.csv'], files(csv))
    expect(out).toHaveLength(3)
    expect(out[0]).toMatchObject({ agents: 14, scheduledAgents: 20 })
    expect(out[1].probAbandon).toBeCloseTo(0.0249633, 7)
    expect(out[2]).toMatchObject({ agents: 21, scheduledAgents: 30 })
  })

  it('accepts only the required columns and a byte-order mark', () => {
    const out = json(['--csv', 'rows.csv'], files('\uFEFFcalls,interval_s,aht_s,answer_within_s,target_sl\n100,1800,180,20,0.8\n'))
    expect(out[0].agents).toBe(14)
  })

  it.each([
    ['calls,interval_s,aht_s,answer_within_s\n1,2,3,4\n', /line 1: missing column 'target_sl'/],
    [`${header},colour\n`, /line 1: unknown column 'colour'/],
    [`${header}\n100,1800,180,20,0.8,,,,,\n100,1800,-1,20,0.8,,,,,\n`, /line 3, column aht_s: must be more than 0/],
    [`${header}\n100,1800,180,20,0.8,,,,,\n100,1800,180,20\n`, /line 3/],
    ['', /empty/],
    [`${header}\n100,1800,180,20,0.8,,,,,x\n`, /line 2, column agents: must be a number/],
  ])('refuses a malformed file with exit code 2, naming the line (%#)', (csv, message) => {
    const r = runStaffingCommand(['--csv', 'bad.csv', '--json'], files(csv))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
    expect(r.out).toBe('')
  })

  it('says which file it cannot read', () => {
    const r = runStaffingCommand(['--csv', 'missing.csv'], noFiles)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/missing\.csv: cannot read the file \(ENOENT\)/)
  })
})
