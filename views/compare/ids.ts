/** URLs and element ids of the comparison page, shared by the views, the route and the tests. */
import { scenarioPath } from '../scenarios/ids.ts'

export const comparePath = (id: number) => `${scenarioPath(id)}/compare`
export const compareCsvPath = (id: number) => `${scenarioPath(id)}/compare.csv`
export const compareXlsxPath = (id: number) => `${scenarioPath(id)}/compare.xlsx`
/** The page with another month's invoices shown; the fragment brings the reader back to them. */
export const compareMonthPath = (id: number, month: string) => `${comparePath(id)}?${new URLSearchParams({ month }).toString()}#${INVOICES_ID}`

export const COMPARE_TABLE_ID = 'compare-table'
export const INVOICES_ID = 'compare-invoices'
export const MONTHLY_CHART_ID = 'compare-monthly-cost'
export const SPREAD_CHART_ID = 'compare-cost-spread'
/** The trials the page simulates: enough for a stable P10–P90 in well under a second. */
export const COMPARE_TRIALS = 200
