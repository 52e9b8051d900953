/** The break-even of each key assumption between the two leading options, beside today's value: how far the world must move before the choice flips. */
import type { DecisionFlip } from '../../src/domain/evaluation/decision-flip.ts'
import { RULES } from '../../src/domain/evaluation/report-findings.ts'
import { formatMoney } from '../compare/view-model.ts'
import { assumptionWords } from './finding-text.tsx'
import { formatAssumptionDistance, formatAssumptionValue } from './report-format.ts'

export function FlipTable({ flip, currency }: { flip: DecisionFlip | undefined; currency: string }) {
  if (!flip) return <></>
  const { cheaper, runnerUp } = flip
  return (
    <div class="report-table-wrap">
      <h3>What would flip the decision</h3>
      <table class="report-table report-flip-table" data-testid="report-flip-table">
        <caption>
          Break-even between {cheaper.name} ({formatMoney(cheaper.costPerContact, currency)} per contact) and {runnerUp.name} (
          {formatMoney(runnerUp.costPerContact, currency)}) · one assumption moved at a time
        </caption>
        <thead>
          <tr>
            <th scope="col" class="report-table__text">
              Assumption
            </th>
            <th scope="col">Today</th>
            <th scope="col">Break-even</th>
            <th scope="col">How far</th>
          </tr>
        </thead>
        <tbody>
          {flip.rows.map((r) => {
            const o = r.outcome
            const close = o.kind === 'crossing' && Math.abs(o.distance) <= RULES.flipClose[r.assumption]
            return (
              <tr class={close ? 'is-close' : undefined}>
                <th scope="row" class="report-table__text">
                  {assumptionWords(r.assumption, cheaper.name).replace(/^./, (ch) => ch.toUpperCase())}
                  <span class="report-cell-note">same cost {r.metric === 'per-resolution' ? 'per issue resolved' : 'per contact handled'}</span>
                </th>
                <td>{formatAssumptionValue(r.assumption, r.today)}</td>
                <td>{o.kind === 'crossing' ? formatAssumptionValue(r.assumption, o.value) : o.kind === 'no-crossing' ? 'none in range' : 'could not be evaluated'}</td>
                <td>
                  {o.kind === 'crossing' ? formatAssumptionDistance(r.assumption, o.distance) : o.kind === 'no-crossing' ? `${o.cheaper.name} stays cheaper` : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
