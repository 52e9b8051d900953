/** One measured KPI value of one partner in one period: the unit of scorecard input. */

export interface ScorecardRow {
  partner: string
  /** YYYY-MM or YYYY-Www. */
  period: string
  /** A catalogue id. */
  kpi: string
  /** In the KPI's unit; proportions as shares 0–1. */
  value: number
  /** Survey responses, QA evaluations or contacts behind the value, when it is a sampled measure. */
  sampleSize?: number | undefined
  /** For a mean KPI: the standard deviation of the individual measures behind the value. */
  sd?: number | undefined
  /** The contact type the value is measured over ('voice', 'chat', …); absent = all contacts. */
  contactType?: string | undefined
}
