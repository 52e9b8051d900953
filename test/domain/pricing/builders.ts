/** Builders and checks shared by the pricing tests (not a test file). */
import { expect } from 'vitest'
import type { z } from 'zod'
import type { InvoiceLine } from '../../../src/domain/pricing/invoice-line.ts'
import { priceMonth, type Invoice, type Vendor } from '../../../src/domain/pricing/invoice.ts'
import type { MonthActuals } from '../../../src/domain/pricing/month-actuals.ts'
import { monthActualsSchema, type MonthActualsInput } from '../../../src/schemas/month-actuals.ts'
import { termsSchema, type Terms } from '../../../src/schemas/pricing-terms.ts'

/** Terms as a user types them, validated (fills the 90–110 % validity band default). */
export const terms = (input: z.input<typeof termsSchema>): Terms => termsSchema.parse(input)

/** A month of actuals, March 2026 unless given; every count defaults to 0. */
export const month = (input: Partial<MonthActualsInput> = {}): MonthActuals => monthActualsSchema.parse({ month: '2026-03', ...input })

export const USD: Vendor = { currency: 'USD', exchangeRate: 1, shrinkage: 0 }

/** Every line in whole cents, and the total the sum of the rounded lines (convention 1). */
export function expectConsistent(doc: { lines: readonly InvoiceLine[]; totalCents: number; convertedCents: number }): void {
  for (const l of doc.lines) expect(Number.isInteger(l.amountCents), `${l.code} ${l.amountCents}`).toBe(true)
  expect(doc.totalCents).toBe(doc.lines.reduce((s, l) => s + l.amountCents, 0))
  expect(Number.isInteger(doc.convertedCents)).toBe(true)
}

/** priceMonth, with the total checked against its lines. */
export function price(t: Terms, a: MonthActuals, vendor: Vendor = USD): Invoice {
  const invoice = priceMonth(t, vendor, a)
  expectConsistent(invoice)
  return invoice
}

export const linesOf = (doc: { lines: readonly InvoiceLine[] }, code: string) => doc.lines.filter((l) => l.code === code)

/** The one line with this code (fails the test if there is not exactly one). */
export function lineOf(doc: { lines: readonly InvoiceLine[] }, code: string): InvoiceLine {
  const found = linesOf(doc, code)
  expect(found, `lines with code ${code}`).toHaveLength(1)
  return found[0]!
}

/** [code, cents] per line; a zero amount is compared as 0 whichever its sign (the engine writes an empty credit as −0). */
export const amounts = (doc: { lines: readonly InvoiceLine[] }) => doc.lines.map((l) => [l.code, l.amountCents + 0] as const)

/** The cents of the one line with this code (zero compared as 0 whichever its sign). */
export const cents = (doc: { lines: readonly InvoiceLine[] }, code: string): number => lineOf(doc, code).amountCents + 0
