/** The compare page's results region: what the what-if changed, the downloads, the table, the invoices and the charts. It is also the fragment each edit swaps in. */
import type { Comparison, MonthInvoice } from '../../src/domain/evaluation/comparison.ts'
import type { WhatIfChange } from '../../src/domain/scenario/what-if.ts'
import { formatCount, formatNumber } from '../format.ts'
import { Charts } from './charts.tsx'
import { ComparisonTable } from './comparison-table.tsx'
import { RESULTS_ID, compareCsvPath, compareXlsxPath, withQuery } from './ids.ts'
import { Invoices } from './invoices.tsx'

export interface CompareResultsProps {
  scenarioId: number
  comparison: Comparison
  month: string
  invoices: MonthInvoice[]
  changes: WhatIfChange[]
  /** The what-if as a query string (no "?"), carried by every link in the region. */
  query: string
  /** The scenario was just saved from a what-if. */
  saved?: boolean
}

export function CompareResults({ scenarioId, comparison: c, month, invoices, changes, query, saved = false }: CompareResultsProps) {
  return (
    <div id={RESULTS_ID} class="compare-results" aria-live="polite">
      <WhatIfBanner changes={changes} saved={saved} />
      <p class="compare-run">
        <span class="compare-seed" data-testid="compare-seed">
          Simulated figures: {formatCount(c.trials)} futures, seed {c.seed}
        </span>{' '}
        · figures in {c.currency}, over {c.months[0]} to {c.months.at(-1)}
      </p>
      <p class="compare-actions">
        <a class="button" href={withQuery(compareCsvPath(scenarioId), query)} download>
          Download CSV
        </a>
        <a class="button" href={withQuery(compareXlsxPath(scenarioId), query)} download>
          Download Excel
        </a>
      </p>
      <ComparisonTable c={c} />
      <Invoices scenarioId={scenarioId} months={c.months} month={month} invoices={invoices} currency={c.currency} query={query} />
      <Charts c={c} />
    </div>
  )
}

function WhatIfBanner({ changes, saved }: { changes: WhatIfChange[]; saved: boolean }) {
  if (changes.length === 0) {
    return saved ? (
      <p class="notice ws-notice-done what-if-banner" data-testid="what-if-banner">
        Saved. These are the scenario’s figures as stored.
      </p>
    ) : null
  }
  const shared = changes.some((x) => x.optionId !== undefined)
  return (
    <div class="notice notice--warning what-if-banner" data-testid="what-if-banner">
      <p>
        <strong>What-if, not saved.</strong> {changes.length === 1 ? 'One assumption differs' : `${changes.length} assumptions differ`} from the saved scenario:
      </p>
      <ul>
        {changes.map((x) => (
          <li>
            {x.label}: {formatChange(x.before, x)} → <strong>{formatChange(x.after, x)}</strong>
          </li>
        ))}
      </ul>
      {shared && <p>Saving also changes the sourcing options marked above, in every scenario that uses them.</p>}
    </div>
  )
}

/** A change's value as the form shows it: percents with up to two decimals, signed for price and headcount changes. */
function formatChange(n: number, x: WhatIfChange): string {
  if (x.unit === 'seed') return String(n)
  if (x.unit === 'seconds') return `${formatNumber(n)} s`
  if (x.unit === 'count') return formatNumber(n)
  const p = Math.round(n * 10_000) / 100
  const signed = /price|headcount/.test(x.field)
  return `${signed && p > 0 ? '+' : ''}${formatNumber(p)} %`
}

/** The results region when the scenario (or its what-if) cannot be staffed: the reasons, so the inputs beside can fix them. */
export function UnstaffableResults({ problems }: { problems: string[] }) {
  return (
    <div id={RESULTS_ID} class="compare-results" aria-live="polite">
      <div class="notice notice--error" role="alert">
        <p>
          <strong>These assumptions cannot be staffed, so there is nothing to compare.</strong>
        </p>
        <ul>
          {problems.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      </div>
    </div>
  )
}

/** The results region before the inputs are valid. */
export function InvalidResults() {
  return (
    <div id={RESULTS_ID} class="compare-results">
      <p class="notice notice--error">Fix the fields marked in the form to see the comparison.</p>
    </div>
  )
}
