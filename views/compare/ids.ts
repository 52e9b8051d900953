/** URLs and element ids of the comparison page, shared by the views, the route and the tests. */
import { scenarioPath } from '../scenarios/ids.ts'

export const comparePath = (id: number) => `${scenarioPath(id)}/compare`
export const compareCsvPath = (id: number) => `${scenarioPath(id)}/compare.csv`
export const compareXlsxPath = (id: number) => `${scenarioPath(id)}/compare.xlsx`
/** The page with another month's invoices shown; the fragment brings the reader back to them. */
export const compareMonthPath = (id: number, month: string, query = '') => {
  const params = new URLSearchParams(query)
  params.set('month', month)
  return `${comparePath(id)}?${params.toString()}#${INVOICES_ID}`
}

export const COMPARE_TABLE_ID = 'compare-table'
export const INVOICES_ID = 'compare-invoices'
export const MONTHLY_CHART_ID = 'compare-monthly-cost'
export const SPREAD_CHART_ID = 'compare-cost-spread'
/** The trials the page simulates: enough for a stable P10–P90 in well under a second. */
export const COMPARE_TRIALS = 200
export const RESULTS_ID = 'compare-results'
export const WHAT_IF_FORM_ID = 'what-if'
export const WHAT_IF_STATUS_ID = 'what-if-status'
/** The results fragment the what-if form asks for, and where Save posts. */
export const compareResultsPath = (id: number) => `${comparePath(id)}/results`
export const compareSavePath = (id: number) => `${comparePath(id)}/save`
/** A URL with a what-if's query string (already encoded, no "?"), or the bare URL. */
export const withQuery = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path)
