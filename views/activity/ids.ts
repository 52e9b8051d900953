/** URLs and element ids of the activity page, shared by its views, routes, hx-* attributes and tests. */
import type { Granularity } from '../../src/domain/quality/activity-periods.ts'

export const ACTIVITY_PATH = '/activity'
/** The figures region alone (table and chart), for htmx's view switch. */
export const ACTIVITY_FIGURES_PATH = '/activity/figures'
export const ACTIVITY_WEIGHTS_PATH = '/activity/weights'
export const ACTIVITY_IMPORT_PATH = '/activity/import'
export const ACTIVITY_DAYS_PATH = '/activity/days'

export const ACTIVITY_TITLE = 'Activity and productivity'

/** Table, chart and view switch; htmx swaps it whole. */
export const FIGURES_ID = 'activity-figures'
/** The weights form; htmx swaps it whole and refreshes the figures out of band. */
export const WEIGHTS_ID = 'activity-weights'
/** The weights <form> itself: the figures region's hidden view fields belong to it through form="…". */
export const WEIGHTS_FORM_ID = 'activity-weights-form'
export const IMPORT_ID = 'activity-import'
export const DAY_FORM_ID = 'activity-day'

/** The view a page or fragment shows: granularity, and for days the month whose days are listed. */
export interface ActivityView {
  by: Granularity
  /** YYYY-MM: the month the day view lists (undefined: the latest month with data). */
  month?: string | undefined
}

/** The query string of a view, with month only where it matters. */
export function viewQuery(view: ActivityView): string {
  const params = new URLSearchParams({ by: view.by })
  if (view.by === 'day' && view.month) params.set('month', view.month)
  return `?${params.toString()}`
}

/** Largest activity upload: a year of 250 options' days is about 5 MB. */
export const MAX_ACTIVITY_UPLOAD_BYTES = 8 * 1024 * 1024
export const MAX_ACTIVITY_UPLOAD_LABEL = '8 MB'
