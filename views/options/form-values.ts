/** A saved sourcing option → the form's values (shares back to percents), so the edit page starts from what is stored. */
import type { SourcingOption } from '../../src/schemas/sourcing-option.ts'
import type { Pricing, Terms } from '../../src/schemas/pricing-terms.ts'
import { COMMON_TIME_ZONES, DEFAULT_OPTION_VALUES, USUAL_CHANNELS, WEEKDAYS, type OptionFormValues } from './form-fields.ts'

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 })
/** Numbers with separators, as a person would type them; the reader strips the commas. */
const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : plain.format(v))
/** 0.07 × 100 is 7.000000000000001 in binary floating point; 12 significant digits print 7. */
const pct = (share: number | undefined) => (share === undefined ? '' : plain.format(Number((share * 100).toPrecision(12))))
const kpiTarget = (kpi: string, target: number) => (kpi === 'asa' ? n(target) : pct(target))

export function optionFormValues(o: SourcingOption): OptionFormValues {
  const v: OptionFormValues = { ...DEFAULT_OPTION_VALUES }
  const common = (COMMON_TIME_ZONES as readonly string[]).includes(o.timeZone)
  Object.assign(v, {
    name: o.name,
    kind: o.kind,
    shore: o.shore,
    timeZone: common ? o.timeZone : '',
    timeZoneOther: common ? '' : o.timeZone,
    capacityAgents: n(o.capacityAgents),
    shrinkagePercent: pct(o.shrinkage),
    occupancyCapPercent: pct(o.occupancyCap),
    fcrPercent: pct(o.fcr),
    escalationRatePercent: pct(o.escalationRate),
    escalatesToOptionId: o.escalatesToOptionId === null ? '' : String(o.escalatesToOptionId),
    currency: o.currency,
    exchangeRate: n(o.exchangeRate),
    hoursPerFteWeek: n(o.hoursPerFteWeek),
    handleTimeCv: o.handleTimeCv === null ? '' : n(o.handleTimeCv),
  })
  WEEKDAYS.forEach((_, d) => {
    const h = o.hours[d]
    v[`hours.${d}.open`] = h?.open ?? ''
    v[`hours.${d}.close`] = h?.close ?? ''
    v[`hours.${d}.closed`] = h ? '' : 'on'
  })
  const slots = channelSlots(o.channels)
  for (const usual of USUAL_CHANNELS) v[`channels.${usual}`] = ''
  for (const [slot, channel] of slots) {
    v[`channels.${slot}`] = slot.startsWith('other') ? channel : 'on'
    v[`ahtFactor.${slot}`] = n(o.ahtFactor[channel] ?? 1)
  }
  if (o.terms) Object.assign(v, termsValues(o.terms, slots))
  if (o.costStack) {
    const c = o.costStack
    for (const [key, value] of Object.entries(c)) v[`cost.${key}`] = n(value)
    v['cost.benefitsLoadPercent'] = pct(c.benefitsLoad)
    v['cost.attritionPercent'] = pct(c.attritionAnnualRate)
    delete v['cost.benefitsLoad']
    delete v['cost.attritionAnnualRate']
  }
  return v
}

/** Channel name → the form slot that shows it: the usual ones by name, the rest as other1, other2, … */
export function channelSlots(channels: readonly string[]): Array<[slot: string, channel: string]> {
  let k = 0
  return channels.map((c) => [(USUAL_CHANNELS as readonly string[]).includes(c) ? c : `other${++k}`, c])
}

function termsValues(t: Terms, slots: Array<[string, string]>): OptionFormValues {
  const v: OptionFormValues = {}
  const variable: Exclude<Pricing, { model: 'hybrid' }> = t.pricing.model === 'hybrid' ? t.pricing.variable : t.pricing
  if (t.pricing.model === 'hybrid') v.fixedMonthlyFee = n(t.pricing.fixedMonthlyFee)
  v.pricingModel = variable.model
  if ('rate' in variable) v[`rate.${variable.model}`] = n(variable.rate)
  if (variable.model === 'per-interaction') {
    for (const [slot, channel] of slots) v[`price.${slot}`] = n(variable.prices[channel])
    if (variable.tiers) {
      v.tierStyle = variable.tiers.style
      let row = 0
      for (const [channel, tiers] of Object.entries(variable.tiers.byChannel)) {
        for (const tier of tiers) {
          v[`tier.${row}.channel`] = channel
          v[`tier.${row}.upTo`] = n(tier.upTo)
          v[`tier.${row}.price`] = n(tier.price)
          row++
        }
      }
    }
  }
  if (variable.model === 'banded') {
    v['banded.baseCharge'] = n(variable.baseCharge)
    v['banded.baselineVolume'] = n(variable.baselineVolume)
    v['banded.bandPercent'] = pct(variable.bandShare)
    v['banded.additionalPerUnit'] = n(variable.additionalPerUnit)
    v['banded.reducedPerUnit'] = n(variable.reducedPerUnit)
  }
  v.minimumMonthlyCommitment = n(t.minimumMonthlyCommitment)
  if (t.slaCredits) {
    const s = t.slaCredits
    v['sla.atRiskPercent'] = pct(s.atRiskShare)
    v['sla.capPercent'] = pct(s.capShare)
    v['sla.earnBackTargetPercent'] = pct(s.earnBackTarget)
    v['sla.validityLowPercent'] = pct(s.validityBand.low)
    v['sla.validityHighPercent'] = pct(s.validityBand.high)
    s.kpis.forEach((k, i) => {
      v[`sla.kpi.${i}.kpi`] = k.kpi
      v[`sla.kpi.${i}.target`] = kpiTarget(k.kpi, k.target)
      v[`sla.kpi.${i}.weightPercent`] = pct(k.weight)
    })
  }
  t.bonuses?.forEach((b, i) => {
    v[`bonus.${i}.kpi`] = b.kpi
    v[`bonus.${i}.target`] = kpiTarget(b.kpi, b.target)
    v[`bonus.${i}.sharePercent`] = pct(b.share)
  })
  v.transitionFee = n(t.transitionFee)
  v.trainingPerNewAgent = n(t.trainingPerNewAgent)
  v.attritionPercent = pct(t.attritionAnnualRate)
  v.replacementCostPerAgent = n(t.replacementCostPerAgent)
  v.managementFeePercent = pct(t.managementFeeShare)
  v.technologyPerSeatMonthly = n(t.technologyPerSeatMonthly)
  return v
}
