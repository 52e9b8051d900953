/** URLs and element ids of the scenario pages, shared by views, routes, hx-* attributes and tests. */

export const SCENARIOS_PATH = '/scenarios'
export const NEW_SCENARIO_PATH = '/scenarios/new'
export const IMPORT_PATH = '/scenarios/import'

export const scenarioPath = (id: number) => `${SCENARIOS_PATH}/${id}`
export const editPath = (id: number) => `${scenarioPath(id)}/edit`
export const clonePath = (id: number) => `${scenarioPath(id)}/clone`
export const renamePath = (id: number) => `${scenarioPath(id)}/rename`
/** The name heading alone (what "Cancel" on the inline rename form fetches). */
export const namePath = (id: number) => `${scenarioPath(id)}/name`
export const deletePath = (id: number) => `${scenarioPath(id)}/delete`
export const exportPath = (id: number) => `${scenarioPath(id)}/export.json`
/** The coverage fragment (selector, heatmap, days of one week). */
export const coveragePath = (id: number) => `${scenarioPath(id)}/coverage`

/** Which option line, channel and week the coverage section shows; in the query string so the view is a link. */
export interface CoverageSelection {
  channel: string
  optionId: number
  week: number
}

export function coverageQuery(s: CoverageSelection): string {
  return `?${new URLSearchParams({ channel: s.channel, option: String(s.optionId), week: String(s.week + 1) }).toString()}`
}

export const FORM_ID = 'scenario-form'
export const COVERAGE_ID = 'coverage'
export const NAME_ID = 'scenario-name'
/** A polite live region outside swapped regions, so screen readers hear one sentence per update. */
export const STATUS_ID = 'scenario-status'
