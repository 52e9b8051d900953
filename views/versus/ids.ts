/** URLs, query fields and element ids of the scenario-versus-scenario page, shared by the views, the route, hx-* attributes and the tests. */
import { SCENARIOS_PATH } from '../scenarios/ids.ts'

export const VERSUS_PATH = `${SCENARIOS_PATH}/versus`
export const VERSUS_CSV_PATH = `${SCENARIOS_PATH}/versus.csv`

/** The query fields naming the two scenarios. */
export const A_FIELD = 'a'
export const B_FIELD = 'b'

const query = (a: number, b: number) => new URLSearchParams({ [A_FIELD]: String(a), [B_FIELD]: String(b) }).toString()

/** Two scenarios side by side; without ids, the page that asks which two. @example versusPath(1, 4) // "/scenarios/versus?a=1&b=4" */
export const versusPath = (a?: number, b?: number) => (a === undefined || b === undefined ? VERSUS_PATH : `${VERSUS_PATH}?${query(a, b)}`)
/** The versus table as CSV. @example versusCsvPath(1, 4) // "/scenarios/versus.csv?a=1&b=4" */
export const versusCsvPath = (a: number, b: number) => `${VERSUS_CSV_PATH}?${query(a, b)}`

export const VERSUS_FORM_ID = 'versus-form'
/** The region htmx swaps when a select changes; every figure lives inside it. */
export const VERSUS_RESULTS_ID = 'versus-results'
export const VERSUS_ASSUMPTIONS_ID = 'versus-assumptions'
export const VERSUS_WHOLE_ID = 'versus-whole'
export const VERSUS_OPTIONS_ID = 'versus-options'
export const VERSUS_CHART_ID = 'versus-monthly-cost'
