/** The sourcing-option form's vocabulary: field names, labels, units, choices and defaults, shared by views and the form reader. */

/** Channels with a checkbox; any other is typed into an "other channel" slot (other1, other2, …). */
export const USUAL_CHANNELS = ['voice', 'chat', 'email'] as const
export const MIN_OTHER_CHANNEL_SLOTS = 2
/** Repeating rows (tiers, KPIs, bonuses, other channels) are capped so a crafted post cannot ask for thousands. */
export const MAX_ROWS = 10
export const MIN_TIER_ROWS = 4
export const MIN_KPI_ROWS = 3
export const MIN_BONUS_ROWS = 2

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** What a person typed, by field name (checkboxes: "on" when ticked). */
export type OptionFormValues = Record<string, string>
/** Messages by field name; `form` holds any that belong to no single field. */
export type OptionFormErrors = Record<string, string>

export const PRICING_MODELS = [
  { value: 'per-productive-hour', label: 'Per productive hour', unit: 'per productive hour', hint: 'Billed for the hours agents are logged in and available or busy.' },
  { value: 'per-scheduled-hour', label: 'Per scheduled (paid) hour', unit: 'per scheduled hour', hint: 'Billed for productive hours ÷ (1 − shrinkage): you pay for breaks, training and absence too.' },
  { value: 'per-fte-month', label: 'Per FTE per month', unit: 'per FTE per month', hint: 'A dedicated headcount, billed whatever the volume (one FTE month = 40 h × 52 ÷ 12 = 173.3 paid hours).' },
  { value: 'per-interaction', label: 'Per interaction', unit: 'per contact', hint: 'Billed per contact handled, with a price per channel and optional volume tiers.' },
  { value: 'per-minute', label: 'Per handled minute', unit: 'per handled minute', hint: 'Billed per minute of handle time.' },
  { value: 'per-resolution', label: 'Per resolution', unit: 'per issue resolved', hint: 'Outcome-based: billed per issue resolved, not per contact.' },
  { value: 'banded', label: 'Banded (anchored)', unit: '', hint: 'A base charge covers a baseline volume; inside a band around it nothing changes, beyond it each contact is charged or credited.' },
] as const
export type PricingModelValue = (typeof PRICING_MODELS)[number]['value']
/** Models billed at one rate (everything but per-interaction and banded). */
export const RATE_MODELS = ['per-productive-hour', 'per-scheduled-hour', 'per-fte-month', 'per-minute', 'per-resolution'] as const

export const KPI_CHOICES = [
  { value: 'service-level', label: 'Service level', unit: '%' },
  { value: 'asa', label: 'ASA', unit: 's' },
  { value: 'abandon-rate', label: 'Abandon rate', unit: '%' },
  { value: 'fcr', label: 'First-contact resolution', unit: '%' },
  { value: 'csat', label: 'CSAT (share satisfied)', unit: '%' },
  { value: 'qa-score', label: 'QA score', unit: '%' },
] as const

export const SHORE_CHOICES = [
  { value: 'onshore', label: 'Onshore' },
  { value: 'nearshore', label: 'Nearshore' },
  { value: 'offshore', label: 'Offshore' },
] as const

/** Zones contact centers commonly sit in; any other IANA name can be typed. */
export const COMMON_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Monterrey',
  'America/Bogota',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Berlin',
  'Europe/Warsaw',
  'Europe/Bucharest',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Asia/Kolkata',
  'Asia/Manila',
  'Asia/Kuala_Lumpur',
  'Australia/Sydney',
] as const

/** Fields typed as percents and stored as 0–1 shares (attrition may pass 100 % a year); names end in "Percent". */
export function isPercentField(name: string): boolean {
  return name.endsWith('Percent')
}

const STATIC_LABELS: Record<string, string> = {
  name: 'Name',
  kind: 'Kind',
  shore: 'Shore',
  timeZone: 'Time zone',
  timeZoneOther: 'Other time zone',
  hours: 'Opening hours',
  channels: 'Channels served',
  capacityAgents: 'Capacity',
  shrinkagePercent: 'Shrinkage',
  occupancyCapPercent: 'Occupancy cap',
  fcrPercent: 'First-contact resolution (FCR)',
  escalationRatePercent: 'Escalation rate',
  escalatesToOptionId: 'Escalates to',
  currency: 'Currency',
  exchangeRate: 'Exchange rate',
  hoursPerFteWeek: 'Hours per FTE week',
  handleTimeCv: 'Handle-time variability (cv)',
  pricingModel: 'Pricing model',
  fixedMonthlyFee: 'Fixed monthly fee',
  tierStyle: 'Tier style',
  tiers: 'Volume tiers',
  'banded.baseCharge': 'Base charge',
  'banded.baselineVolume': 'Baseline volume',
  'banded.bandPercent': 'Band',
  'banded.additionalPerUnit': 'Additional charge per contact',
  'banded.reducedPerUnit': 'Reduced-volume credit per contact',
  minimumMonthlyCommitment: 'Minimum monthly commitment',
  'sla.atRiskPercent': 'Invoice at risk',
  'sla.capPercent': 'Credit cap',
  'sla.earnBackTargetPercent': 'Earn-back target',
  'sla.validityLowPercent': 'Validity band, low',
  'sla.validityHighPercent': 'Validity band, high',
  'sla.kpis': 'SLA KPIs',
  bonuses: 'Bonuses',
  transitionFee: 'Transition fee',
  trainingPerNewAgent: 'Training per new agent',
  attritionPercent: 'Agent attrition',
  replacementCostPerAgent: 'Replacement cost per agent',
  managementFeePercent: 'Management fee',
  technologyPerSeatMonthly: 'Technology per seat',
  'cost.hourlyWage': 'Hourly wage',
  'cost.benefitsLoadPercent': 'Benefits and payroll taxes',
  'cost.paidHoursPerFteYear': 'Paid hours per FTE year',
  'cost.supervisorSpan': 'Agents per supervisor',
  'cost.supervisorSalary': 'Supervisor salary',
  'cost.qaSpan': 'Agents per QA analyst',
  'cost.qaSalary': 'QA analyst salary',
  'cost.wfmSpan': 'Agents per WFM analyst',
  'cost.wfmSalary': 'WFM analyst salary',
  'cost.facilitiesPerSeatMonthly': 'Facilities per seat',
  'cost.technologyPerSeatMonthly': 'Technology per seat',
  'cost.recruitingCostPerHire': 'Recruiting per hire',
  'cost.trainingCostPerHire': 'Training per hire',
  'cost.attritionPercent': 'Agent attrition',
  form: 'Form',
}

/** Slots that stand for a group of inputs (a table, a list), not one input. */
export const GROUP_SLOTS = ['hours', 'channels', 'tiers', 'sla.kpis', 'bonuses'] as const

/** Names of the single inputs with fixed names (repeating rows are matched by pattern in the reader). */
export const FIXED_INPUT_NAMES: readonly string[] = Object.keys(STATIC_LABELS).filter((n) => n !== 'form' && !(GROUP_SLOTS as readonly string[]).includes(n))

/** A field's label for messages and the error summary, including the repeating rows. */
export function fieldLabel(name: string): string {
  const known = STATIC_LABELS[name]
  if (known) return known
  const parts = name.split('.')
  const [head, a, b, c] = parts
  if (head === 'hours') return `${WEEKDAYS[Number(a)] ?? 'Day'} ${b === 'open' ? 'opens' : b === 'close' ? 'closes' : 'closed'}`
  if (head === 'channels') return a?.startsWith('other') ? `Other channel ${a.slice(5)}` : `Channel ${a}`
  if (head === 'ahtFactor') return `AHT factor (${channelSlotLabel(a ?? '')})`
  if (head === 'price') return `Price per contact (${channelSlotLabel(a ?? '')})`
  if (head === 'rate') return `Rate ${PRICING_MODELS.find((m) => m.value === a)?.unit ?? ''}`.trim()
  if (head === 'tier') return `Tier ${Number(a) + 1} ${b === 'upTo' ? 'up to' : b}`
  if (head === 'sla' && a === 'kpi') return `SLA KPI ${Number(b) + 1} ${c === 'weightPercent' ? 'weight' : c}`
  if (head === 'bonus') return `Bonus ${Number(a) + 1} ${b === 'sharePercent' ? 'share' : b}`
  return name
}

/** "voice", or "other channel 1" for a typed slot. */
export function channelSlotLabel(slot: string): string {
  return slot.startsWith('other') ? `other channel ${slot.slice(5)}` : slot
}

const weekdayHours = (open: string, close: string) =>
  Object.fromEntries(
    WEEKDAYS.flatMap((_, d) => (d < 5 ? [[`hours.${d}.open`, open], [`hours.${d}.close`, close]] : [[`hours.${d}.open`, ''], [`hours.${d}.close`, ''], [`hours.${d}.closed`, 'on']])),
  )

/**
 * A new option starts as a weekday partner with typical operating figures
 * (industry-figures.md: shrinkage 30–35 %, occupancy cap 85 %); prices and
 * costs start blank, so nothing is saved that nobody typed.
 */
export const DEFAULT_OPTION_VALUES: OptionFormValues = {
  name: '',
  kind: 'partner',
  shore: 'onshore',
  timeZone: 'America/New_York',
  timeZoneOther: '',
  ...weekdayHours('08:00', '20:00'),
  'channels.voice': 'on',
  'ahtFactor.voice': '1',
  'ahtFactor.chat': '1',
  'ahtFactor.email': '1',
  capacityAgents: '',
  shrinkagePercent: '30',
  occupancyCapPercent: '85',
  fcrPercent: '75',
  escalationRatePercent: '0',
  escalatesToOptionId: '',
  currency: 'USD',
  exchangeRate: '1',
  hoursPerFteWeek: '40',
  handleTimeCv: '',
  pricingModel: 'per-productive-hour',
  tierStyle: 'marginal',
  'sla.validityLowPercent': '90',
  'sla.validityHighPercent': '110',
  'cost.paidHoursPerFteYear': '2,080',
}

/** The "other channel" slots to render: those with a value, then at least one blank, at least MIN_OTHER_CHANNEL_SLOTS. */
export function otherChannelSlots(values: OptionFormValues): string[] {
  let used = 0
  for (let k = 1; k <= MAX_ROWS; k++) if ((values[`channels.other${k}`] ?? '').trim() !== '') used = k
  const count = Math.min(MAX_ROWS, Math.max(MIN_OTHER_CHANNEL_SLOTS, used + 1))
  return Array.from({ length: count }, (_, k) => `other${k + 1}`)
}

/** Rows of a repeating table to render: every row with a value, one blank to add another, at least `min`. */
export function rowCount(values: OptionFormValues, prefix: string, min: number): number {
  let used = 0
  for (const [name, value] of Object.entries(values)) {
    const m = name.startsWith(prefix) ? /^(\d+)\./.exec(name.slice(prefix.length)) : null
    if (m && value.trim() !== '') used = Math.max(used, Number(m[1]) + 1)
  }
  return Math.min(MAX_ROWS, Math.max(min, used + 1))
}
