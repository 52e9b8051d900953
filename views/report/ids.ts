/** URL and element ids of the printable report, shared by the views, the route and the tests. */
import { scenarioPath } from '../scenarios/ids.ts'

/** The printable report of a scenario's comparison. */
export const reportPath = (id: number) => `${scenarioPath(id)}/report`

/** The report's sections, in the order they print. */
export const REPORT_SECTIONS = [
  { id: 'report-summary', number: 1, title: 'Executive summary' },
  { id: 'report-metrics', number: 2, title: 'Key metrics and trends' },
  { id: 'report-causes', number: 3, title: 'Root-cause analysis' },
  { id: 'report-findings', number: 4, title: 'Wins and opportunities' },
  { id: 'report-actions', number: 5, title: 'Action items and next steps' },
  { id: 'report-basis', number: 6, title: 'Basis of the figures' },
] as const

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id']

export const REPORT_MONTHLY_CHART_ID = 'report-monthly-cost'
export const REPORT_DRIVER_CHART_ID = 'report-cost-drivers'
