/** What happened in one billing month: the quantities an invoice is computed from. */
import { atLeast, atMost } from '../tolerance.ts'

/** KPIs a contract can attach credits or bonuses to, and which way is better. */
export const KPI_DIRECTION = {
  'service-level': 'higher',
  asa: 'lower',
  'abandon-rate': 'lower',
  fcr: 'higher',
  csat: 'higher',
  'qa-score': 'higher',
} as const
export type ContractKpi = keyof typeof KPI_DIRECTION

export interface MonthActuals {
  /** Calendar month, "2026-03". */
  month: string
  /** Per channel: contacts offered and handled. */
  contacts: Record<string, { offered: number; handled: number }>
  handleMinutes: number
  /** Hours agents were logged in and available or busy. */
  productiveHours: number
  /** Dedicated FTE billed (per-FTE pricing); defaults to paid hours / FTE month. */
  fte?: number | undefined
  /** Paid (scheduled) hours: productive / (1 − shrinkage) unless given. */
  paidHours?: number | undefined
  /** Issues resolved (one billable resolution each). */
  resolutions: number
  /** Measured KPI values in the units of their targets (shares 0–1, seconds). */
  kpis: Partial<Record<ContractKpi, number>>
  /** Offered contacts of the forecast the vendor staffed to (the SLA validity band's reference). */
  forecastOffered: number
  /** Agents hired this month (training cost). */
  newAgents: number
  /** Seats / headcount (technology per seat, attrition). */
  headcount: number
  /** Scenario units per vendor unit this month; defaults to the option's rate. */
  exchangeRate?: number | undefined
  /** Bill the one-time transition fee this month. */
  firstMonth?: boolean | undefined
  /** SLA credit taken last month, in cents (positive), for earn-back. */
  priorCreditCents?: number | undefined
}

/** Whether a KPI value meets its target; exactly on target (to float noise) is met (model.md convention 8). */
export function kpiMet(kpi: ContractKpi, value: number, target: number): boolean {
  return KPI_DIRECTION[kpi] === 'higher' ? atLeast(value, target) : atMost(value, target)
}

/** Whether a KPI value beats its target outright (bonuses pay for exceeding, not meeting). */
export function kpiExceeded(kpi: ContractKpi, value: number, target: number): boolean {
  return KPI_DIRECTION[kpi] === 'higher' ? value > target : value < target
}

export const offeredTotal = (a: MonthActuals) => Object.values(a.contacts).reduce((s, c) => s + c.offered, 0)
export const handledTotal = (a: MonthActuals) => Object.values(a.contacts).reduce((s, c) => s + c.handled, 0)
