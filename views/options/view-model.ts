/** Sourcing options → the list's printable rows: kind, shore, pricing in words, capacity and the operating percents. */
import type { Pricing } from '../../src/schemas/pricing-terms.ts'
import type { SourcingOption } from '../../src/schemas/sourcing-option.ts'
import { formatCount, formatPercent } from '../format.ts'

export interface OptionRecord extends SourcingOption {
  id: number
}

export interface OptionRow {
  id: number
  name: string
  kind: string
  shore: string
  pricing: string
  channels: string
  capacity: string
  shrinkage: string
  occupancyCap: string
  fcr: string
  escalation: string
}

const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** An amount in the option's currency: cents for rates, whole units for large round fees. @example money(4.9, 'USD') // "USD 4.90" */
export function money(amount: number, currency: string): string {
  return Number.isInteger(amount) && amount >= 1000 ? `${currency} ${formatCount(amount)}` : `${currency} ${twoDecimals.format(amount)}`
}

const capitalise = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`

/** The pricing model in words, with its rates, as a buyer would summarise a contract. */
export function pricingInWords(p: Pricing, currency: string): string {
  const m = (v: number) => money(v, currency)
  switch (p.model) {
    case 'per-productive-hour':
      return `${m(p.rate)} per productive hour`
    case 'per-scheduled-hour':
      return `${m(p.rate)} per scheduled (paid) hour`
    case 'per-fte-month':
      return `${m(p.rate)} per FTE per month`
    case 'per-minute':
      return `${m(p.rate)} per handled minute`
    case 'per-resolution':
      return `${m(p.rate)} per issue resolved`
    case 'per-interaction': {
      const prices = Object.entries(p.prices).map(([c, v]) => `${c} ${m(v)}`).join(', ')
      const tiered = p.tiers ? `; ${p.tiers.style} tiers on ${Object.keys(p.tiers.byChannel).join(', ')}` : ''
      return `Per contact: ${prices}${tiered}`
    }
    case 'banded':
      return (
        `Banded: ${m(p.baseCharge)} a month for ${formatCount(p.baselineVolume)} contacts ± ${formatPercent(p.bandShare)}; ` +
        `${m(p.additionalPerUnit)} per contact above, ${m(p.reducedPerUnit)} credit per contact below`
      )
    case 'hybrid':
      return `${m(p.fixedMonthlyFee)} a month plus ${pricingInWords(p.variable, currency).replace(/^[A-Z]/, (c) => c.toLowerCase())}`
  }
}

export function optionRow(o: OptionRecord): OptionRow {
  let pricing = 'Cost stack'
  if (o.terms) {
    pricing = pricingInWords(o.terms.pricing, o.currency)
    if (o.terms.minimumMonthlyCommitment) pricing += `; minimum ${money(o.terms.minimumMonthlyCommitment, o.currency)} a month`
  } else if (o.costStack) {
    pricing = `Cost stack: ${money(o.costStack.hourlyWage, o.currency)} an hour + ${formatPercent(o.costStack.benefitsLoad)} benefits`
  }
  return {
    id: o.id,
    name: o.name,
    kind: o.kind === 'partner' ? 'Partner' : 'In-house',
    shore: capitalise(o.shore),
    pricing,
    channels: o.channels.join(', '),
    capacity: o.capacityAgents === null ? 'no limit' : `${formatCount(o.capacityAgents)} agents`,
    shrinkage: formatPercent(o.shrinkage),
    occupancyCap: formatPercent(o.occupancyCap),
    fcr: formatPercent(o.fcr),
    escalation: o.escalationRate > 0 ? formatPercent(o.escalationRate) : '—',
  }
}
