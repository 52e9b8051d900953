/** Section 6: the assumptions every figure rests on, listed once: forecast, growth, targets, conventions and the simulation. */
import { formatCount, formatPercent } from '../format.ts'
import type { ReportData } from './report-data.ts'
import { monthName, signedPercent } from './report-format.ts'
import { ReportSection } from './section.tsx'

export function Basis({ data }: { data: ReportData }) {
  const { comparison: c, model } = data
  const s = model.scenario
  const f = model.forecast
  return (
    <ReportSection id="report-basis" lede="The assumptions behind every number in this report, as the scenario states them on the day it was prepared.">
      <dl class="report-basis">
        <dt>Forecast</dt>
        <dd>
          {data.forecastName ? `${data.forecastName}: ` : ''}
          {oneDecimal(data.weeks)} weeks from {f.start.slice(0, 10)} in {f.intervalMinutes}-minute intervals ({monthName(c.months[0] ?? null)} to{' '}
          {monthName(c.months.at(-1) ?? null)}), clock {s.timeZone}; channels {f.channels.map((ch) => ch.channel).join(', ')}.
        </dd>
        <dt>Growth</dt>
        <dd>
          Volume {signedPercent(s.growth.volume)} and handle time {signedPercent(s.growth.aht)} over the forecast
          {s.deflection ? '; self-service deflection as the scenario states' : '; no self-service deflection'}.
        </dd>
        <dt>Service targets</dt>
        <dd>
          <ul>
            {s.channels.map((ch) => (
              <li>
                {ch.channel}: {formatPercent(ch.targets.serviceLevel)}{' '}
                {ch.targets.deadlineHours !== undefined ? `done within ${formatCount(ch.targets.deadlineHours)} h` : `answered within ${formatCount(ch.targets.answerWithinSeconds)} s`}
                {ch.targets.patienceSeconds !== undefined ? `; callers wait ${formatCount(ch.targets.patienceSeconds)} s on average before hanging up (Erlang A)` : ''}
                {ch.targets.concurrency !== undefined ? `; ${ch.targets.concurrency} chats per agent` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Service level</dt>
        <dd>Contacts answered within the target time ÷ all contacts offered; abandoned contacts count against it. An option’s figure is weighted by its contacts across channels.</dd>
        <dt>People and money</dt>
        <dd>
          1 FTE = 40 paid hours a week (or the option’s own week). Paid hours = scheduled agents after shrinkage. Money is exact to the cent, each invoice line rounded once;
          every option is converted once to {c.currency} at its stated rate. Cost per contact = cost ÷ contacts handled; cost per resolution = cost ÷ issues resolved
          (handled × FCR).
        </dd>
        <dt>Simulation</dt>
        <dd>{c.method}</dd>
        <dt>Cost drivers</dt>
        <dd>Logarithmic mean Divisia index (LMDI-I) over each option’s totals; parts add up to the gap.</dd>
        <dt>Prepared</dt>
        <dd>
          {data.preparedOn}, by Shoreline from scenario #{data.scenarioId}. Every formula is stated on “How this is computed” (/methods).
        </dd>
      </dl>
    </ReportSection>
  )
}

const oneDecimal = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n)
