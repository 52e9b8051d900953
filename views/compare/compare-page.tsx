/** A scenario's options side by side: the comparison table, two charts, and each option's invoice for one month ("show your work"). */
import type { Comparison, MonthInvoice } from '../../src/domain/evaluation/comparison.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { Charts } from './charts.tsx'
import { ComparisonTable } from './comparison-table.tsx'
import { FlipPlaceholder } from './flip.tsx'
import { Invoices } from './invoices.tsx'
import { SensitivityPlaceholder } from './sensitivity.tsx'
import { compareCsvPath, compareXlsxPath } from './ids.ts'

export interface ComparePageProps {
  scenarioId: number
  scenarioName: string
  comparison: Comparison
  /** The month whose invoices are listed, and every month there is to choose. */
  month: string
  invoices: MonthInvoice[]
}

export function ComparePage({ scenarioId, scenarioName, comparison: c, month, invoices }: ComparePageProps) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(scenarioId)}>{scenarioName}</a>
        </p>
        <h1>Compare options</h1>
        <p class="compare-lede">
          Each option of <strong>{scenarioName}</strong> over the forecast ({c.months[0]} to {c.months.at(-1)}), in {c.currency}. Figures
          marked simulated come from forecast-error futures; the rest from the forecast as given.{' '}
          <span class="compare-seed" data-testid="compare-seed">
            simulated: {c.trials} futures, seed {c.seed}
          </span>
        </p>
        <p class="compare-actions">
          <a class="button" href={compareCsvPath(scenarioId)} download>
            Download CSV
          </a>
          <a class="button" href={compareXlsxPath(scenarioId)} download>
            Download Excel
          </a>
        </p>
      </div>
      <ComparisonTable c={c} />
      <FlipPlaceholder scenarioId={scenarioId} />
      <Invoices scenarioId={scenarioId} months={c.months} month={month} invoices={invoices} currency={c.currency} />
      <Charts c={c} />
      <SensitivityPlaceholder scenarioId={scenarioId} />
    </>
  )
}
