/** The KPI catalogue: every scorecard KPI of model.md §10 with its unit, kind, direction, perspective and default target. */

export type KpiKind = 'proportion' | 'mean' | 'count' | 'rate'
export type Perspective = 'customer' | 'internal-process' | 'learning-growth' | 'financial'

export const PERSPECTIVES: readonly Perspective[] = ['customer', 'internal-process', 'learning-growth', 'financial']
export const PERSPECTIVE_NAMES: Record<Perspective, string> = {
  customer: 'Customer',
  'internal-process': 'Internal Process',
  'learning-growth': 'Learning & Growth',
  financial: 'Financial',
}

export interface Kpi {
  id: string
  name: string
  definition: string
  /** What one unit of the value is, as shown beside it. Proportions are shares 0–1 (0.82 = 82 %). */
  unit: string
  /**
   * proportion: a share 0–1 of a countable base (CSAT responses, contacts), tested with Wilson and the two-proportion test;
   * mean: an average of individual measures (seconds, 1–7 ratings), tested with Welch's t;
   * count: a total per period; rate: a ratio of totals (money per ticket, revenue retained) — these two
   * have no sampling error of their own and are compared across periods.
   */
  kind: KpiKind
  direction: 'higher' | 'lower'
  perspective: Perspective
  /** Leading KPIs move before the outcomes they predict (FCR before CSAT); lagging ones report outcomes. */
  timing: 'leading' | 'lagging'
  /** The value meeting expectations by default; null where no universal figure exists (costs, volumes): the user sets one. */
  defaultTarget: number | null
  /** The lowest and highest values the KPI can take; the scorecard measures "higher is better" attainment from `min`. */
  min: number
  max: number
}

const SHARE = { unit: 'share (0–1)', kind: 'proportion', min: 0, max: 1 } as const
const kpi = (k: Kpi): Kpi => k

/**
 * The starting catalogue: the customer-service KPIs and contact-center operational ones of
 * model.md §10, then ServiceXRG's eight support-and-success outcome metrics. Default targets
 * are common industry rules of thumb (80/20 service level, 5 % abandonment, 70–75 % FCR,
 * CSAT 85 %), meant to be edited per scorecard.
 */
export const KPI_CATALOGUE: readonly Kpi[] = [
  kpi({ id: 'first-response-time', name: 'First Response Time', definition: 'Mean time from a ticket being created to the first reply by a person.', unit: 'minutes', kind: 'mean', direction: 'lower', perspective: 'internal-process', timing: 'leading', defaultTarget: 60, min: 0, max: Infinity }),
  kpi({ id: 'ticket-volume', name: 'Ticket Volume', definition: 'Tickets created in the period.', unit: 'tickets', kind: 'count', direction: 'lower', perspective: 'internal-process', timing: 'leading', defaultTarget: null, min: 0, max: Infinity }),
  kpi({ id: 'escalation-rate', name: 'Escalation Rate', definition: 'Share of contacts handed to a higher tier.', ...SHARE, direction: 'lower', perspective: 'internal-process', timing: 'leading', defaultTarget: 0.1 }),
  kpi({ id: 'fcr', name: 'First Contact Resolution', definition: 'Share of issues resolved in the first contact, with no repeat contact about them.', ...SHARE, direction: 'higher', perspective: 'internal-process', timing: 'leading', defaultTarget: 0.75 }),
  kpi({ id: 'ces', name: 'Customer Effort Score', definition: 'Mean agreement, 1–7, with "the company made it easy to handle my issue".', unit: 'points (1–7)', kind: 'mean', direction: 'higher', perspective: 'customer', timing: 'leading', defaultTarget: 5.5, min: 1, max: 7 }),
  kpi({ id: 'average-resolution-time', name: 'Average Resolution Time', definition: 'Mean time from a ticket being created to its resolution.', unit: 'hours', kind: 'mean', direction: 'lower', perspective: 'internal-process', timing: 'lagging', defaultTarget: 24, min: 0, max: Infinity }),
  kpi({ id: 'cost-per-ticket', name: 'Cost per Ticket', definition: 'Total support cost in the period divided by tickets handled.', unit: 'currency per ticket', kind: 'rate', direction: 'lower', perspective: 'financial', timing: 'lagging', defaultTarget: null, min: 0, max: Infinity }),
  kpi({ id: 'cost-per-resolution', name: 'Cost per Resolution', definition: 'Total support cost in the period divided by issues resolved, all tiers counted.', unit: 'currency per resolution', kind: 'rate', direction: 'lower', perspective: 'financial', timing: 'lagging', defaultTarget: null, min: 0, max: Infinity }),
  kpi({ id: 'complaints-resolved', name: 'Complaints Resolved', definition: 'Share of complaints received that were resolved in the period.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 0.95 }),
  kpi({ id: 'proactive-engagement-rate', name: 'Proactive Support Engagement Rate', definition: 'Share of proactive outreach (alerts, guidance, check-ins) that customers engaged with.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'leading', defaultTarget: 0.2 }),
  kpi({ id: 'csat', name: 'Customer Satisfaction Score', definition: 'Share of survey responses that are satisfied (4 or 5 on a 5-point scale).', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 0.85 }),
  kpi({ id: 'nps', name: 'Net Promoter Score', definition: 'Share of promoters (9–10) minus share of detractors (0–6), in points; the mean of +100/0/−100 per response.', unit: 'points (−100 to 100)', kind: 'mean', direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 30, min: -100, max: 100 }),
  kpi({ id: 'customer-retention-rate', name: 'Customer Retention Rate', definition: 'Share of customers at the start of the period still customers at its end (new customers excluded).', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 0.9 }),
  kpi({ id: 'nrr', name: 'Net Revenue Retention', definition: 'Recurring revenue at the end from customers present at the start (with expansion, contraction and churn) over their revenue at the start; can exceed 1.', unit: 'ratio (1 = 100 %)', kind: 'rate', direction: 'higher', perspective: 'financial', timing: 'lagging', defaultTarget: 1, min: 0, max: Infinity }),
  kpi({ id: 'customer-feedback-score', name: 'Customer Feedback Score', definition: 'Mean rating, 1–5, left in customer feedback.', unit: 'points (1–5)', kind: 'mean', direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 4.2, min: 1, max: 5 }),
  kpi({ id: 'aht', name: 'Average Handle Time', definition: 'Mean talk, hold and after-contact work per handled contact.', unit: 'seconds', kind: 'mean', direction: 'lower', perspective: 'internal-process', timing: 'leading', defaultTarget: 360, min: 0, max: Infinity }),
  kpi({ id: 'service-level', name: 'Service Level', definition: 'Share of offered contacts answered within the threshold (e.g. 20 s).', ...SHARE, direction: 'higher', perspective: 'internal-process', timing: 'leading', defaultTarget: 0.8 }),
  kpi({ id: 'abandon-rate', name: 'Abandon Rate', definition: 'Share of offered contacts that hang up before an answer.', ...SHARE, direction: 'lower', perspective: 'internal-process', timing: 'leading', defaultTarget: 0.05 }),
  kpi({ id: 'qa-score', name: 'QA Score', definition: 'Mean share of the quality form\'s points earned per evaluated contact.', unit: 'share of points (0–1)', kind: 'mean', direction: 'higher', perspective: 'internal-process', timing: 'leading', defaultTarget: 0.85, min: 0, max: 1 }),
  kpi({ id: 'schedule-adherence', name: 'Schedule Adherence', definition: 'Share of scheduled time agents spent in the scheduled state.', ...SHARE, direction: 'higher', perspective: 'internal-process', timing: 'leading', defaultTarget: 0.9 }),
  kpi({ id: 'agent-attrition', name: 'Agent Attrition', definition: 'Agents who left, annualised, over the average headcount; can exceed 1.', unit: 'annual rate (0.35 = 35 %)', kind: 'rate', direction: 'lower', perspective: 'learning-growth', timing: 'leading', defaultTarget: 0.35, min: 0, max: Infinity }),
  kpi({ id: 'team-wellbeing', name: 'Team Wellbeing', definition: 'Mean of agents\' daily self-scores of how they are doing, 1–10.', unit: 'points (1–10)', kind: 'mean', direction: 'higher', perspective: 'learning-growth', timing: 'leading', defaultTarget: 7, min: 1, max: 10 }),
  // ServiceXRG's eight outcome metrics for support and success.
  kpi({ id: 'onboard', name: 'Onboard', definition: 'Share of new customers given formal onboarding.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'leading', defaultTarget: 0.9 }),
  kpi({ id: 'adoption', name: 'Adoption', definition: 'Share of customers meeting their adoption milestones.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'leading', defaultTarget: 0.7 }),
  kpi({ id: 'success', name: 'Success', definition: 'Share of customers reaching their journey\'s performance goals.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 0.6 }),
  kpi({ id: 'availability', name: 'Availability', definition: 'Share of customer operations not interrupted by downtime.', ...SHARE, direction: 'higher', perspective: 'internal-process', timing: 'lagging', defaultTarget: 0.999 }),
  kpi({ id: 'engagement-quality', name: 'Engagement Quality', definition: 'Share of engagements with a positive outcome.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'lagging', defaultTarget: 0.85 }),
  kpi({ id: 'renewal-commitment', name: 'Retention (renewal commitment)', definition: 'Share of active customers committed to renew.', ...SHARE, direction: 'higher', perspective: 'customer', timing: 'leading', defaultTarget: 0.85 }),
  kpi({ id: 'customer-health', name: 'Health', definition: 'Composite 0–100 of adoption, success, retention and recurring revenue rate, with stated weights (see customerHealth).', unit: 'index (0–100)', kind: 'rate', direction: 'higher', perspective: 'customer', timing: 'leading', defaultTarget: 70, min: 0, max: 100 }),
  kpi({ id: 'recurring-revenue-rate', name: 'Net Recurring Revenue (recurring revenue rate)', definition: 'Recurring revenue at the end of the term over that at its beginning (beginning + added − lost = end); can exceed 1: $100 + $50 − $30 = $120 is 1.2.', unit: 'ratio (1 = 100 %)', kind: 'rate', direction: 'higher', perspective: 'financial', timing: 'lagging', defaultTarget: 1, min: 0, max: Infinity }),
]

const BY_ID = new Map(KPI_CATALOGUE.map((k) => [k.id, k]))

/** The catalogue entry for an id, or undefined. */
export function kpiById(id: string): Kpi | undefined {
  return BY_ID.get(id)
}

/** Every id, for messages that list what is allowed. */
export const KPI_IDS: readonly string[] = KPI_CATALOGUE.map((k) => k.id)
