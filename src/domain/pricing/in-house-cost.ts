/** An in-house team's month priced from its cost stack (model.md §8, convention 11), itemised like an invoice. */
import type { CostStack } from '../../schemas/pricing-terms.ts'
import { sumCents, type InvoiceLine } from './invoice-line.ts'
import { convertCents, exact, lineCents, type Cents } from './money.ts'

export interface InHouseMonth {
  month: string
  /** Paid (scheduled) hours of agents this month. */
  paidHours: number
  /** Agents as full-time equivalents (paid hours / (paid hours per FTE year / 12)). */
  fte: number
  exchangeRate?: number | undefined
}

export interface CostStatement {
  month: string
  currency: string
  lines: InvoiceLine[]
  totalCents: Cents
  exchangeRate: number
  convertedCents: Cents
}

/**
 * Wages for the paid hours; benefits and payroll taxes on every salary;
 * supervisors, QA and WFM staff as whole people (FTE / span, rounded up);
 * facilities and technology per seat (seats = FTE rounded up); recruiting and
 * training of replacements = annual attrition / 12 × FTE × cost per hire.
 */
export function costInHouseMonth(stack: CostStack, month: InHouseMonth, currency: string, exchangeRate: number): CostStatement {
  const seats = Math.ceil(month.fte - 1e-9)
  const load = 1 + stack.benefitsLoad
  const staff = (span: number) => Math.ceil(month.fte / span - 1e-9)
  const supervisors = staff(stack.supervisorSpan)
  const qa = staff(stack.qaSpan)
  const wfm = staff(stack.wfmSpan)
  const replacements = exact(stack.attritionAnnualRate).div(12).times(month.fte)
  const benefitsRate = exact(stack.hourlyWage).times(stack.benefitsLoad)
  const lines: InvoiceLine[] = [
    { code: 'wages', description: 'Agent wages', quantity: month.paidHours, unit: 'paid hours', rate: stack.hourlyWage, amountCents: lineCents(month.paidHours, stack.hourlyWage) },
    { code: 'benefits', description: `Agent benefits and payroll taxes (${exact(stack.benefitsLoad).times(100).toString()} %)`, quantity: month.paidHours, unit: 'paid hours', rate: benefitsRate.toNumber(), amountCents: lineCents(month.paidHours, benefitsRate) },
    staffLine('supervisors', 'Supervisors', supervisors, stack.supervisorSpan, stack.supervisorSalary, load),
    staffLine('qa', 'Quality analysts', qa, stack.qaSpan, stack.qaSalary, load),
    staffLine('wfm', 'Workforce management staff', wfm, stack.wfmSpan, stack.wfmSalary, load),
    { code: 'facilities', description: 'Facilities and seat', quantity: seats, unit: 'seats', rate: stack.facilitiesPerSeatMonthly, amountCents: lineCents(seats, stack.facilitiesPerSeatMonthly) },
    { code: 'technology', description: 'Technology licences per seat', quantity: seats, unit: 'seats', rate: stack.technologyPerSeatMonthly, amountCents: lineCents(seats, stack.technologyPerSeatMonthly) },
    {
      code: 'attrition',
      description: 'Recruiting and training replacements',
      quantity: replacements.toNumber(),
      unit: 'replacements',
      rate: stack.recruitingCostPerHire + stack.trainingCostPerHire,
      amountCents: lineCents(replacements, exact(stack.recruitingCostPerHire).plus(stack.trainingCostPerHire)),
      note: `${exact(stack.attritionAnnualRate).times(100).toString()} % a year / 12 × ${round2(month.fte)} FTE`,
    },
  ]
  const totalCents = sumCents(lines)
  const rate = month.exchangeRate ?? exchangeRate
  return { month: month.month, currency, lines, totalCents, exchangeRate: rate, convertedCents: convertCents(totalCents, rate) }
}

/** Whole people at an annual salary, loaded, for one month. */
function staffLine(code: string, description: string, people: number, span: number, salary: number, load: number): InvoiceLine {
  const monthly = (salary * load) / 12
  return { code, description: `${description} (1 per ${span} agents, salary loaded)`, quantity: people, unit: 'people', rate: monthly, amountCents: lineCents(people, monthly), note: `salary ${salary.toLocaleString('en-US')} × ${load} / 12` }
}

const round2 = (x: number) => Math.round(x * 100) / 100
