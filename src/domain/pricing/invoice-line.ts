/** One line of an itemised invoice: what was billed, how much of it, at what rate, and why. */
import type { Cents } from './money.ts'

export interface InvoiceLine {
  /** Stable machine name: base, tier, fixed-fee, minimum-top-up, management-fee, sla-credit, earn-back, bonus, technology, transition, training, attrition, … */
  code: string
  description: string
  /** Unrounded quantity (null for lump sums). */
  quantity: number | null
  unit: string
  /** Rate per unit in the invoice currency, or a share for percentage lines (null for lump sums). */
  rate: number | null
  amountCents: Cents
  /** Why the line applies, or why it did not (a zero line). */
  note?: string | undefined
}

export const sumCents = (lines: readonly InvoiceLine[]) => lines.reduce((s, l) => s + l.amountCents, 0)
