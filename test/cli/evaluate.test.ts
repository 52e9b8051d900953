import { describe, expect, it } from 'vitest'
import { runEvaluateCommand } from '../../src/cli/evaluate.ts'
import { openMemoryDb } from '../../src/db/client.ts'
import { exportScenario } from '../../src/db/scenario-file.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const file = JSON.stringify(exportScenario(db, 1, '2026-11-23T00:00:00Z'))
const read = (text: string) => () => text

describe('cli evaluate', () => {
  it('prints each option and the total', () => {
    const r = runEvaluateCommand(['demo.json'], read(file))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/In-house, Charlotte/)
    expect(r.out).toMatch(/^Total/m)
  })

  it('prints JSON whose options add up to the total in cents', () => {
    const out = JSON.parse(runEvaluateCommand(['demo.json', '--json'], read(file)).out)
    expect(out.totals.costCents).toBe(out.options.reduce((s: number, o: { totals: { costCents: number } }) => s + o.totals.costCents, 0))
  })

  it('adds a reproducible simulation with --trials and --seed', () => {
    const a = JSON.parse(runEvaluateCommand(['demo.json', '--json', '--trials', '20', '--seed', '9'], read(file)).out)
    const b = JSON.parse(runEvaluateCommand(['demo.json', '--json', '--trials', '20', '--seed', '9'], read(file)).out)
    expect(a.risk.seed).toBe(9)
    expect(a.risk).toEqual(b.risk)
  })

  it.each([
    [['demo.json', '--trials', '0'], /--trials must be at least 1/],
    [['demo.json', '--seed', 'x'], /--seed must be a number/],
    [[], /one scenario file/],
    [['a.json', 'b.json'], /one scenario file/],
    [['demo.json', '--bogus'], /Unknown option/],
  ])('refuses bad arguments with exit code 2 (%j)', (args, message) => {
    const r = runEvaluateCommand(args, read(file))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('names the file and the field of a broken scenario file', () => {
    const broken = JSON.parse(file)
    broken.scenario.currency = 'dollars'
    const r = runEvaluateCommand(['demo.json'], read(JSON.stringify(broken)))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/demo\.json: scenario\.currency must be a three-letter code/)
  })

  it('says plainly when the file is not JSON or cannot be read', () => {
    expect(runEvaluateCommand(['x.json'], read('{')).err).toMatch(/x\.json: not valid JSON/)
    const missing = runEvaluateCommand(['x.json'], () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' })
    })
    expect(missing.err).toMatch(/cannot read the file \(ENOENT\)/)
  })
})
