/** Per-interaction charges with optional volume tiers, marginal or whole-volume (model.md §8, convention 5). */
import type { InvoiceLine } from './invoice-line.ts'
import { EXACT_MONEY, type MoneyMath } from './money.ts'

export interface Tier {
  /** Inclusive upper bound of handled contacts in the month; null = no bound. */
  upTo: number | null
  price: number
}

export type TierStyle = 'marginal' | 'whole-volume'

/**
 * Lines for one channel's handled contacts. Without tiers: contacts × price.
 * Marginal tiers: each contact at the price of the tier it falls in. Whole-volume
 * tiers: every contact at the price of the tier holding the last one — so one more
 * contact can lower the bill.
 */
export function perInteractionLines(channel: string, handled: number, price: number, tiers?: readonly Tier[], style: TierStyle = 'marginal', $: MoneyMath = EXACT_MONEY): InvoiceLine[] {
  if (!tiers || tiers.length === 0) {
    return [{ code: 'base', description: `${channel} contacts handled`, quantity: handled, unit: 'contacts', rate: price, amountCents: $.lineCents(handled, price) }]
  }
  const sorted = [...tiers].sort((a, b) => (a.upTo ?? Infinity) - (b.upTo ?? Infinity))
  if (style === 'whole-volume') {
    const tier = sorted.find((t) => t.upTo === null || handled <= t.upTo) ?? sorted[sorted.length - 1]!
    return [
      {
        code: 'tier',
        description: `${channel} contacts handled, whole-volume tier ${describeTier(sorted, tier)}`,
        quantity: handled,
        unit: 'contacts',
        rate: tier.price,
        amountCents: $.lineCents(handled, tier.price),
        note: 'whole-volume: every contact at the price of the tier holding the last one',
      },
    ]
  }
  const lines: InvoiceLine[] = []
  let from = 0
  for (const [k, tier] of sorted.entries()) {
    // Contacts beyond the last tier's bound stay at the last tier's price rather than go unbilled.
    const to = k === sorted.length - 1 ? Infinity : (tier.upTo ?? Infinity)
    const quantity = Math.max(0, Math.min(handled, to) - from)
    if (quantity > 0 || lines.length === 0) {
      lines.push({ code: 'tier', description: `${channel} contacts handled, tier ${describeTier(sorted, tier)}`, quantity, unit: 'contacts', rate: tier.price, amountCents: $.lineCents(quantity, tier.price) })
    }
    if (handled <= to) break
    from = to
  }
  return lines
}

function describeTier(sorted: readonly Tier[], tier: Tier): string {
  const index = sorted.indexOf(tier)
  const from = index === 0 ? 1 : (sorted[index - 1]!.upTo ?? 0) + 1
  return tier.upTo === null ? `${from.toLocaleString('en-US')}+` : `${from.toLocaleString('en-US')}–${tier.upTo.toLocaleString('en-US')}`
}
