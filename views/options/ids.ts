/** URLs and element ids of the sourcing-options area, shared by its views, routes, hx-* attributes and tests. */

export const OPTIONS_PATH = '/options'
export const OPTION_NEW_PATH = '/options/new'
/** Checks the whole form and answers with out-of-band error slots (inline validation as fields change). */
export const OPTION_VALIDATE_PATH = '/options/validate'

export const optionEditPath = (id: number) => `/options/${id}/edit`
/** Where the edit form posts. */
export const optionPath = (id: number) => `/options/${id}`
export const optionClonePath = (id: number) => `/options/${id}/clone`
export const optionDeletePath = (id: number) => `/options/${id}/delete`

export const FORM_ID = 'option-form'
/** The error summary at the top of the form. */
export const SUMMARY_ID = 'option-errors'
/** A polite live region that reads out the message of the field just changed. */
export const STATUS_ID = 'option-form-status'
export const NOTICE_ID = 'options-notice'

/** Field names carry dots (hours.2.close); ids swap them for dashes so they read cleanly in CSS and URLs. */
const slug = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '-')
export const fieldId = (name: string) => `opt-${slug(name)}`
export const errorId = (name: string) => `err-${slug(name)}`

/** The "Use measured quality" panel on the edit page, its Apply action and its service-level definition form. */
export const MEASURED_ID = 'measured-quality'
export const measuredQualityPath = (id: number) => `/options/${id}/measured-quality`
export const serviceLevelReportingPath = (id: number) => `/options/${id}/service-level-reporting`
