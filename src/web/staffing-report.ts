/** Everything the staffing page shows for one valid question, gathered from the domain in one call. */
import {
  answerStaffing,
  evaluateHeadcount,
  headcountNeighbourhood,
  type StaffingAnswer,
  type StaffingQuestion,
} from '../domain/staffing/calculator.ts'
import { paidHours } from '../domain/staffing/shrinkage.ts'
import { atLeast, atMost } from '../domain/tolerance.ts'
import type { StaffingReport, TargetChecks } from '../../views/staffing/view-model.ts'

/** Rows either side of the answer in the table. */
const TABLE_RADIUS = 3
/** Fewest headcounts either side of the answer on the chart. */
const MIN_CURVE_RADIUS = 10

/** Answers the question and gathers the table, the chart's curve and the per-target checks. */
export function staffingReport(question: StaffingQuestion): StaffingReport {
  const outcome = answerStaffing(question)
  if (!outcome.ok) return { ok: false, question, ceiling: outcome.ceiling }
  const { answer } = outcome
  return {
    ok: true,
    question,
    answer,
    paidHours: paidHours(answer.scheduledAgents, question.intervalSeconds),
    checks: targetChecks(question, answer),
    neighbourhood: headcountNeighbourhood(question, answer.agents, TABLE_RADIUS).map((row) => ({ answer: row, checks: targetChecks(question, row) })),
    curve: curveRange(answer).map((n) => evaluateHeadcount(question, n)),
  }
}

/**
 * Headcounts for the chart: N ± max(10, √load) agents, since the service-level
 * curve rises over a width that grows like √load. Under Erlang C the range starts
 * no lower than the load itself: below it service level is flatly zero.
 */
function curveRange(answer: StaffingAnswer): number[] {
  const slotsPerAgent = answer.agents > 0 ? answer.slots / answer.agents : 1
  const loadInAgents = answer.trafficErlangs / slotsPerAgent
  const radius = Math.max(MIN_CURVE_RADIUS, Math.ceil(Math.sqrt(loadInAgents)))
  let low = Math.max(0, answer.agents - radius)
  if (answer.model === 'erlang-c') low = Math.min(answer.agents, Math.max(low, Math.floor(loadInAgents)))
  const high = answer.agents + radius
  return Array.from({ length: high - low + 1 }, (_, i) => low + i)
}

/** Target by target, with the same float tolerance the solver uses, so a row never reads "met" one way and "missed" the other. */
function targetChecks(q: StaffingQuestion, a: StaffingAnswer): TargetChecks {
  const checks: TargetChecks = { serviceLevel: atLeast(a.serviceLevel, q.targetServiceLevel) }
  if (q.maxAsaSeconds !== undefined) checks.asa = atMost(a.asaSeconds, q.maxAsaSeconds)
  if (q.maxOccupancy !== undefined) checks.occupancy = atMost(a.occupancy, q.maxOccupancy)
  if (q.maxAbandon !== undefined) checks.abandon = atMost(a.probAbandon, q.maxAbandon)
  return checks
}
