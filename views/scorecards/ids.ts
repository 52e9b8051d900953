/** URLs, element ids and titles of the scorecard pages, shared by their views, routes, hx-* attributes and tests. */

export const SCORECARDS_PATH = '/scorecards'
export const SCORECARD_REPORTS_PATH = '/scorecards/reports'
export const SCORECARD_DATA_PATH = '/scorecards/data'
export const SCORECARD_CATALOGUE_PATH = '/scorecards/catalogue'
export const SCORECARD_WEIGHTS_PATH = '/scorecards/weights'
export const SCORECARD_IMPORT_PATH = '/scorecards/import'
export const SCORECARD_VALUES_PATH = '/scorecards/values'
export const SCORECARD_KPIS_PATH = '/scorecards/kpis'

export const SCORECARDS_TITLE = 'Partner scorecards'

/** The weights form and the scores it drives; htmx swaps it whole so a weight change re-ranks in place. */
export const SCORECARD_REGION_ID = 'scorecard-scores'
export const WEIGHTS_FORM_ID = 'scorecard-weights-form'
export const IMPORT_ID = 'scorecard-import'
export const VALUE_FORM_ID = 'scorecard-value'
export const CATALOGUE_FORM_ID = 'scorecard-catalogue'
export const CUSTOM_KPI_FORM_ID = 'scorecard-custom-kpi'

/** Largest scorecard upload: a year of weekly rows for 30 KPIs and 60 partners is about 5 MB. */
export const MAX_SCORECARD_UPLOAD_BYTES = 8 * 1024 * 1024
export const MAX_SCORECARD_UPLOAD_LABEL = '8 MB'

export type PeriodKindChoice = 'month' | 'week'
/** How many of the latest periods the comparison pools: a quarter, half a year or a year of months. */
export const WINDOWS = [1, 3, 6, 12] as const
export type WindowChoice = (typeof WINDOWS)[number]
export const DEFAULT_WINDOW: WindowChoice = 3

export type Cadence = 'week' | 'month' | 'quarter'
export const CADENCES: readonly Cadence[] = ['week', 'month', 'quarter']

/** The comparison's view: which kind of period and how many of the latest. */
export interface ComparisonQuery {
  by: PeriodKindChoice
  window: WindowChoice
}

export function comparisonQuery(q: ComparisonQuery): string {
  return `?by=${q.by}&window=${q.window}`
}
