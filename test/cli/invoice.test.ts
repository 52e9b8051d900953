/** `cli invoice` in-process, with files served from memory. */
import { describe, expect, it } from 'vitest'
import { runInvoiceCommand } from '../../src/cli/invoice.ts'

const OPEN = Array.from({ length: 7 }, () => ({ open: '08:00', close: '20:00' }))
const OPTION = {
  name: 'Nearshore partner',
  shore: 'nearshore',
  timeZone: 'America/Bogota',
  hours: OPEN,
  channels: ['voice', 'chat', 'email'],
  capacityAgents: null,
  shrinkage: 0.3,
  occupancyCap: 0.85,
  ahtFactor: {},
  fcr: 0.75,
  escalationRate: 0,
  currency: 'USD',
  exchangeRate: 1,
}
const PARTNER = {
  ...OPTION,
  kind: 'partner',
  terms: {
    pricing: { model: 'per-interaction', prices: { voice: 3.72, chat: 1.98, email: 2.34 } },
    minimumMonthlyCommitment: 8000,
    managementFeeShare: 0.07,
    technologyPerSeatMonthly: 25,
  },
}
const COST_STACK = {
  hourlyWage: 15,
  benefitsLoad: 0.3,
  supervisorSpan: 15,
  supervisorSalary: 60_000,
  qaSpan: 40,
  qaSalary: 50_000,
  wfmSpan: 100,
  wfmSalary: 70_000,
  facilitiesPerSeatMonthly: 400,
  technologyPerSeatMonthly: 150,
  recruitingCostPerHire: 3400,
  trainingCostPerHire: 4600,
  attritionAnnualRate: 0.36,
}
const IN_HOUSE = { ...OPTION, name: 'In-house', kind: 'in-house', shore: 'onshore', timeZone: 'America/Chicago', shrinkage: 0.2, costStack: COST_STACK }
const MONTH = { month: '2026-03', contacts: { voice: { offered: 1300, handled: 1234 }, chat: { offered: 600, handled: 567 }, email: { offered: 89, handled: 89 } }, headcount: 12 }

/** A readText over an in-memory directory; a missing file throws ENOENT like fs.readFileSync. */
function files(contents: Record<string, unknown>): (path: string) => string {
  return (path) => {
    if (!(path in contents)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
    const c = contents[path]
    return typeof c === 'string' ? c : JSON.stringify(c)
  }
}

const run = (termsFile: unknown, monthFile: unknown, extra: string[] = ['--json']) => runInvoiceCommand(['--terms', 'terms.json', '--month', 'month.json', ...extra], files({ 'terms.json': termsFile, 'month.json': monthFile }))

function json(termsFile: unknown, monthFile: unknown) {
  const r = run(termsFile, monthFile)
  expect(r.err).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.out)
}

describe('cli invoice: pricing', () => {
  it('prints a partner option’s JSON invoice with lines and total', () => {
    // voice 1,234 × $3.72 = 4,590.48;  chat 567 × $1.98 = 1,122.66;  email 89 × $2.34 = 208.26 → charges 5,921.40
    // top-up to 8,000.00: 2,078.60;  fee 7 % × 8,000.00 = 560.00;  technology 12 × $25 = 300.00
    // total 8,000 + 560 + 300 = 8,860.00
    const out = json(PARTNER, MONTH)
    expect(out.lines.map((l: { code: string; amount: string }) => [l.code, l.amount])).toEqual([
      ['base', '4590.48'],
      ['base', '1122.66'],
      ['base', '208.26'],
      ['minimum-top-up', '2078.60'],
      ['management-fee', '560.00'],
      ['technology', '300.00'],
    ])
    expect(out).toMatchObject({ month: '2026-03', currency: 'USD', total: '8860.00', totalCents: 886_000, exchangeRate: 1, converted: '8860.00', convertedCents: 886_000 })
    expect(out.lines[0]).toMatchObject({ quantity: 1234, rate: 3.72, amountCents: 459_048, unit: 'contacts' })
    const sum = out.lines.reduce((s: number, l: { amountCents: number }) => s + l.amountCents, 0)
    expect(sum).toBe(out.totalCents)
  })

  it('prints a readable invoice without --json', () => {
    const r = run(PARTNER, MONTH, [])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toContain('Invoice 2026-03 (USD)')
    expect(r.out).toMatch(/Total\s+8860\.00/)
    expect(r.out).toContain('4590.48')
    expect(r.out).toContain('Converted at 1: 8860.00')
  })

  it("uses the option's shrinkage for per-scheduled-hour pricing", () => {
    // 100 productive h / (1 − 0.30) = 142.857… h × $25 = 3,571.43
    const option = { ...PARTNER, terms: { pricing: { model: 'per-scheduled-hour', rate: 25 } } }
    const out = json(option, { month: '2026-03', productiveHours: 100 })
    expect(out.total).toBe('3571.43')
  })

  it('prices an in-house option from its cost stack', () => {
    // 4,368 productive h / (1 − 0.20) = 5,460 paid h = 31.5 FTE (5,460 / (2,080 / 12))
    // wages 81,900.00 + benefits 24,570.00 + supervisors 3 × 6,500.00 = 19,500.00
    // + QA 5,416.67 + WFM 7,583.33 + facilities 32 × $400 = 12,800.00 + technology 32 × $150 = 4,800.00
    // + attrition 36 % / 12 × 31.5 × $8,000 = 7,560.00 → 164,130.00
    const out = json(IN_HOUSE, { month: '2026-03', productiveHours: 4368 })
    expect(out.lines.map((l: { code: string; amount: string }) => [l.code, l.amount])).toEqual([
      ['wages', '81900.00'],
      ['benefits', '24570.00'],
      ['supervisors', '19500.00'],
      ['qa', '5416.67'],
      ['wfm', '7583.33'],
      ['facilities', '12800.00'],
      ['technology', '4800.00'],
      ['attrition', '7560.00'],
    ])
    expect(out).toMatchObject({ total: '164130.00', totalCents: 16_413_000 })
  })

  it('an in-house month may give paid hours, FTE and an exchange rate', () => {
    // paid 5,460 h, FTE 31.5 as given; 164,130.00 × 1.08 = 177,260.40
    const out = json({ ...IN_HOUSE, currency: 'EUR', exchangeRate: 0.5 }, { month: '2026-03', paidHours: 5460, fte: 31.5, exchangeRate: 1.08 })
    expect(out).toMatchObject({ currency: 'EUR', total: '164130.00', exchangeRate: 1.08, converted: '177260.40', convertedCents: 17_726_040 })
  })

  it('prices a bare terms object with its currency and exchange rate', () => {
    // 1,000 h × PHP 750 = 750,000.00 PHP;  × 0.0178 USD/PHP = 13,350.00
    const out = json({ pricing: { model: 'per-productive-hour', rate: 750 }, currency: 'PHP', exchangeRate: 0.0178 }, { month: '2026-03', productiveHours: 1000 })
    expect(out).toMatchObject({ currency: 'PHP', total: '750000.00', exchangeRate: 0.0178, converted: '13350.00', convertedCents: 1_335_000 })
  })

  it('a bare terms object may carry shrinkage, and defaults to USD at 1', () => {
    // 750 productive h / (1 − 0.25) = 1,000 scheduled h × $20 = 20,000.00
    const withShrinkage = json({ pricing: { model: 'per-scheduled-hour', rate: 20 }, shrinkage: 0.25 }, { month: '2026-03', productiveHours: 750 })
    expect(withShrinkage).toMatchObject({ currency: 'USD', exchangeRate: 1, total: '20000.00', converted: '20000.00' })
  })

  it('prints the same invoice twice', () => {
    expect(run(PARTNER, MONTH).out).toBe(run(PARTNER, MONTH).out)
  })
})

describe('cli invoice: bad input exits 2 and names the file and the field', () => {
  const bad = (termsFile: unknown, monthFile: unknown) => {
    const r = run(termsFile, monthFile)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    return r.err
  }

  it('a month not like 2026-03', () => {
    expect(bad(PARTNER, { ...MONTH, month: '2026-13' })).toMatch(/^month\.json: month must be a month like 2026-03$/m)
    expect(bad(PARTNER, { ...MONTH, month: 'March 2026' })).toMatch(/month\.json: month /)
  })

  it('negative counts', () => {
    const err = bad(PARTNER, { ...MONTH, contacts: { voice: { offered: -1, handled: 5 } }, headcount: -2, productiveHours: -0.5 })
    expect(err).toMatch(/^month\.json: contacts\.voice\.offered must be at least 0$/m)
    expect(err).toMatch(/^month\.json: headcount must be at least 0$/m)
    expect(err).toMatch(/^month\.json: productiveHours must be at least 0$/m)
  })

  it('an unknown pricing model', () => {
    expect(bad({ pricing: { model: 'per-parsec', rate: 1 } }, MONTH)).toMatch(/^terms\.json: pricing\b/m)
    expect(bad({ ...PARTNER, terms: { pricing: { model: 'per-parsec', rate: 1 } } }, MONTH)).toMatch(/^terms\.json: terms\.pricing\b/m)
  })

  it('KPI weights that do not sum to 100 %', () => {
    const t = {
      pricing: { model: 'per-productive-hour', rate: 20 },
      slaCredits: {
        atRiskShare: 0.1,
        capShare: 0.1,
        kpis: [
          { kpi: 'service-level', target: 0.8, weight: 0.6 },
          { kpi: 'asa', target: 30, weight: 0.3 },
        ],
      },
    }
    expect(bad(t, MONTH)).toMatch(/^terms\.json: slaCredits\.kpis KPI weights must sum to 100 %$/m)
    expect(bad({ ...PARTNER, terms: t }, MONTH)).toMatch(/^terms\.json: terms\.slaCredits\.kpis KPI weights must sum to 100 %$/m)
  })

  it('a partner option without terms', () => {
    expect(bad({ ...PARTNER, terms: null }, MONTH)).toMatch(/^terms\.json: terms a partner needs commercial terms$/m)
  })

  it('invalid JSON', () => {
    expect(bad('{ "pricing": ', MONTH)).toMatch(/^terms\.json: not valid JSON/m)
    expect(bad(PARTNER, 'month: 2026-03')).toMatch(/^month\.json: not valid JSON/m)
  })

  it('an unreadable file', () => {
    const r = runInvoiceCommand(['--terms', 'missing.json', '--month', 'month.json'], files({ 'month.json': MONTH }))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^missing\.json: cannot read the file \(ENOENT\)$/m)
    const r2 = runInvoiceCommand(['--terms', 'terms.json', '--month', 'gone.json'], files({ 'terms.json': PARTNER }))
    expect(r2.code).toBe(2)
    expect(r2.err).toMatch(/^gone\.json: cannot read the file/m)
  })

  it('a missing --terms or --month', () => {
    const read = files({ 'terms.json': PARTNER, 'month.json': MONTH })
    const noTerms = runInvoiceCommand(['--month', 'month.json'], read)
    expect(noTerms).toMatchObject({ code: 2, out: '' })
    expect(noTerms.err).toMatch(/--terms is required/)
    const noMonth = runInvoiceCommand(['--terms', 'terms.json'], read)
    expect(noMonth).toMatchObject({ code: 2, out: '' })
    expect(noMonth.err).toMatch(/--month is required/)
  })

  it('an unknown flag', () => {
    const r = runInvoiceCommand(['--terms', 'terms.json', '--month', 'month.json', '--bogus'], files({}))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--bogus/)
    expect(r.err).toMatch(/invoice --help/)
  })
})

describe('cli invoice --help', () => {
  it('prints usage and exits 0 without reading files', () => {
    const r = runInvoiceCommand(['--help'], files({}))
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/^Usage: .*invoice --terms TERMS\.json --month MONTH\.json/)
    expect(r.out).toContain('--json')
  })
})
