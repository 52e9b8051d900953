/** URLs and element ids of the staffing page, shared by its views, its routes, hx-* attributes and tests. */
import type { StaffingFieldName } from './form-fields.ts'

export const STAFFING_PATH = '/staffing'
/** Returns only the results fragment (and out-of-band field errors). */
export const STAFFING_RESULTS_PATH = '/staffing/results'

export const FORM_ID = 'staffing-form'
export const RESULTS_ID = 'results'
/** A polite live region outside the results, so screen readers hear one sentence per update. */
export const STATUS_ID = 'results-status'

/** The error slot beside a field. */
export const fieldErrorId = (name: StaffingFieldName) => `error-${name}`
