/** One table per channel: each option's contacts, hours, FTE and service level against target. */
import type { CoverageSummary } from '../../src/domain/scenario/coverage-summary.ts'
import { KIND_LABEL, formatWeeks, lineRow, targetSentence, unservedNote } from './view-model.ts'

export function SummaryTables({ summary }: { summary: CoverageSummary }) {
  return (
    <section class="scenario-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Staffing by channel and option</h2>
      <p class="scenario-note">
        Totals over the whole forecast ({formatWeeks(summary.weeks)}). Hours are agent-hours (one agent for one hour); FTE at 40 paid
        hours a week unless the option says otherwise.
      </p>
      {summary.channels.map((c) => {
        const unserved = unservedNote(c)
        return (
          <div class="scenario-channel-summary">
            <div class="table-scroll">
              <table class="data-table scenario-table scenario-summary-table" data-channel={c.channel}>
                <caption>
                  <span class="scenario-capitalise">{c.channel}</span> <span class="field__unit">· {KIND_LABEL[c.kind]}</span>
                  <span class="scenario-caption-note">{targetSentence(c.kind, c.targets)}</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      Option<span class="cell-note">staffing</span>
                    </th>
                    <th scope="col">Contacts</th>
                    <th scope="col">
                      AHT<span class="cell-note">s</span>
                    </th>
                    <th scope="col">
                      Required<span class="cell-note">productive h</span>
                    </th>
                    <th scope="col">
                      Supplied<span class="cell-note">productive h</span>
                    </th>
                    <th scope="col">
                      Over / under<span class="cell-note">h</span>
                    </th>
                    <th scope="col">
                      Scheduled<span class="cell-note">paid h</span>
                    </th>
                    <th scope="col">FTE</th>
                    <th scope="col">
                      Service level<span class="cell-note">achieved</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.lines.map((l) => {
                    const row = lineRow(l)
                    return (
                      <tr>
                        <th scope="row">
                          {row.optionName}
                          <span class="cell-note">
                            {[row.mode, ...row.notes].join(' · ')}
                          </span>
                        </th>
                        <td>{row.contacts}</td>
                        <td>{row.aht}</td>
                        <td>{row.required}</td>
                        <td>{row.supplied}</td>
                        <td class={row.short ? 'is-missed' : undefined}>
                          {row.balance}
                          {row.short && <span class="visually-hidden"> (shortfall)</span>}
                        </td>
                        <td>{row.scheduled}</td>
                        <td>
                          {row.fte}
                          {row.fteNote && <span class="cell-note">{row.fteNote}</span>}
                        </td>
                        <td class={row.verdict === 'no contacts' ? undefined : row.met ? 'is-met' : 'is-missed'}>
                          {row.serviceLevel}
                          <span class="scenario-verdict">{row.verdict}</span>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            {unserved && <p class="notice notice--warning">{unserved}</p>}
          </div>
        )
      })}
    </section>
  )
}
