/** A full run's figures per option: simulated annual cost, service level, chance of missing the target and expected credits. */
import type { FullRun } from '../../src/web/jobs/simulation-jobs.ts'
import { formatCount } from '../format.ts'
import { RESULTS_TABLE_ID } from './ids.ts'
import { resultRows } from './view-model.ts'

/** `partialOf`: the trials asked for, when the run was cancelled and these are the futures finished before. */
export function ResultsTable({ run, partialOf }: { run: FullRun; partialOf?: number }) {
  const { risk, comparison } = run
  const futures = `${formatCount(risk.trials)} futures from seed ${risk.seed}`
  return (
    <div class="table-scroll">
      <table class="data-table full-run-table" id={RESULTS_TABLE_ID}>
        <caption>
          {partialOf === undefined ? (
            <>Full run: {futures}</>
          ) : (
            <>
              Partial: {futures}, of the {formatCount(partialOf)} asked for. Not the full run’s figures.
            </>
          )}{' '}
          <span class="full-run-table__unit">Money in {comparison.currency}, per year of the forecast.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" rowspan={2} class="full-run-table__option">
              Option
            </th>
            <th scope="colgroup" colspan={3}>
              Annual cost, simulated
            </th>
            <th scope="col" rowspan={2}>
              Service level
              <span class="cell-note">P10 – P90</span>
            </th>
            <th scope="colgroup" colspan={2}>
              Chance of missing the target
            </th>
            <th scope="col" rowspan={2}>
              Expected SLA credits
              <span class="cell-note">mean per future</span>
            </th>
          </tr>
          <tr>
            <th scope="col">P10</th>
            <th scope="col">P50 (median)</th>
            <th scope="col">P90</th>
            <th scope="col">highest month</th>
            <th scope="col">average month</th>
          </tr>
        </thead>
        <tbody>
          {resultRows(comparison).map((r) => (
            <tr class={r.scenario ? 'full-run-table__total' : undefined}>
              <th scope="row">{r.name}</th>
              <td>{r.costP10}</td>
              <td>{r.costP50}</td>
              <td>{r.costP90}</td>
              <td>{r.serviceLevelBand}</td>
              <td>
                {r.missHighest}
                {r.missHighestMonth && <span class="cell-note">{r.missHighestMonth}</span>}
              </td>
              <td>{r.missAverage}</td>
              <td>{r.expectedCredits}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
