/** The assumptions the two scenarios do not share, A's value beside B's; one sentence when they share them all. */
import type { ScenarioVersus } from '../../src/domain/evaluation/scenario-versus.ts'
import { VERSUS_ASSUMPTIONS_ID } from './ids.ts'
import { formatAssumption } from './view-model.ts'

export function AssumptionsTable({ v }: { v: ScenarioVersus }) {
  const rows = v.assumptions
  return (
    <section class="versus-section" aria-labelledby="versus-assumptions-heading">
      <h2 id="versus-assumptions-heading">Assumptions that differ</h2>
      {rows.length === 0 ? (
        <p class="versus-note" id={VERSUS_ASSUMPTIONS_ID}>
          None: the two scenarios share every assumption (forecast, growth, deflection, targets, split, uncertainty, options and their
          staffing), so any difference below comes from nothing else.
        </p>
      ) : (
        <div class="table-scroll">
          <table id={VERSUS_ASSUMPTIONS_ID} class="data-table data-table--left versus-assumptions">
            <caption class="visually-hidden">Assumptions whose values differ between A and B</caption>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Assumption</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr data-assumption={d.key}>
                  <td class="versus-group">{d.group}</td>
                  <th scope="row">{d.label}</th>
                  <td>{formatAssumption(d.unit, d.a)}</td>
                  <td>{formatAssumption(d.unit, d.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
