/** The coverage region: pick an option and channel, see its typical week, weekday × time over/under heatmap and one week of days. Swapped whole by htmx. */
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { CalendarWeek, CoverageMatrix, DayCoverage, TypicalWeekSlot } from '../../src/domain/scenario/coverage-summary.ts'
import type { ChannelKind } from '../../src/domain/forecast/forecast.ts'
import { heatmapSvg } from '../charts/heatmap.ts'
import { typicalWeekSvg } from '../charts/typical-week.ts'
import { formatPercent } from '../format.ts'
import { COVERAGE_ID, coveragePath, coverageQuery, scenarioPath, type CoverageSelection } from './ids.ts'
import { STAFFING_MODE_LABEL, coverageHeatmap, dayRow, formatSignedAgents, formatWeeks, weekLabel } from './view-model.ts'

export interface CoverageView {
  scenarioId: number
  selection: CoverageSelection
  /** Every channel with its option lines, for the selector. */
  choices: ReadonlyArray<{ channel: string; lines: ReadonlyArray<{ optionId: number; optionName: string }> }>
  optionName: string
  kind: ChannelKind
  staffingMode: keyof typeof STAFFING_MODE_LABEL
  targetServiceLevel: number
  matrix: CoverageMatrix
  /** Mean required and supplied agents per weekday × time-of-day slot, Monday 00:00 first. */
  typicalWeek: readonly TypicalWeekSlot[]
  weeks: readonly CalendarWeek[]
  /** Days of the selected week. */
  days: readonly DayCoverage[]
  intervalMinutes: number
  totalWeeks: number
}

const WEEK_SELECT_ID = 'coverage-week'

export function CoveragePanel({ view }: { view: CoverageView }) {
  const { selection: sel } = view
  return (
    <section id={COVERAGE_ID} class="scenario-coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Over and under staffing, interval by interval</h2>
      <Picker view={view} />
      <h3 class="scenario-coverage__title">
        {view.optionName} · {sel.channel} <span class="field__unit">· {STAFFING_MODE_LABEL[view.staffingMode].toLowerCase()}</span>
      </h3>
      <figure class="chart typical-week-figure">
        {raw(typicalWeekSvg({ slots: view.typicalWeek, optionName: view.optionName, channel: sel.channel, intervalMinutes: view.intervalMinutes, weeks: view.totalWeeks }))}
        <figcaption>
          A typical week: mean productive agents required and supplied in each {view.intervalMinutes}-minute interval, Monday to Sunday, over{' '}
          {formatWeeks(view.totalWeeks)}. Red shading is a shortfall, blue a surplus; breaks in the lines are closed hours.
        </figcaption>
      </figure>
      <figure class="chart scenario-heatmap">
        {raw(heatmapSvg(coverageHeatmap(view.matrix, { optionName: view.optionName, channel: sel.channel, intervalMinutes: view.intervalMinutes, weeks: view.totalWeeks })))}
        <figcaption>
          Mean of supplied − required productive agents in each {view.intervalMinutes}-minute interval, by weekday and time of day,
          over {formatWeeks(view.totalWeeks)}. Deepest average shortfall {formatSignedAgents(view.matrix.deepestShortfall)} agents;
          largest average surplus {formatSignedAgents(view.matrix.largestSurplus)}.
        </figcaption>
      </figure>
      <ul class="scenario-legend" aria-label="Colour key">
        <li>
          <span class="scenario-swatch scenario-swatch--short" aria-hidden="true"></span> Red: shortfall, fewer agents than required
        </li>
        <li>
          <span class="scenario-swatch scenario-swatch--over" aria-hidden="true"></span> Blue: surplus, more agents than required
        </li>
        <li>
          <span class="scenario-swatch scenario-swatch--even" aria-hidden="true"></span> White: exactly the requirement
        </li>
        <li>
          <span class="scenario-swatch scenario-swatch--none" aria-hidden="true"></span> Blank: no agents required or supplied (closed)
        </li>
      </ul>
      {view.staffingMode === 'requirement' && (
        <p class="scenario-note">Staffed to the requirement, this option supplies exactly what is required, so every open interval is white.</p>
      )}
      <WeekPicker view={view} />
      <DayTable view={view} />
    </section>
  )
}

/** Plain links (they work without JavaScript); htmx fetches just this region and pushes the page URL. */
function Picker({ view }: { view: CoverageView }) {
  const sel = view.selection
  return (
    <nav class="scenario-picker" aria-label="Option and channel shown">
      {view.choices.map((c) => (
        <div class="scenario-picker__group">
          <span class="scenario-picker__channel">{c.channel}</span>
          <ul>
            {c.lines.map((l) => {
              const target = { channel: c.channel, optionId: l.optionId, week: sel.week }
              const current = c.channel === sel.channel && l.optionId === sel.optionId
              return (
                <li>
                  <CoverageLink scenarioId={view.scenarioId} selection={target} current={current}>
                    {l.optionName}
                  </CoverageLink>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}

function CoverageLink({ scenarioId, selection, current = false, children, rel }: { scenarioId: number; selection: CoverageSelection; current?: boolean; children: Child; rel?: string }) {
  const query = coverageQuery(selection)
  return (
    <a
      href={`${scenarioPath(scenarioId)}${query}`}
      hx-get={`${coveragePath(scenarioId)}${query}`}
      hx-target={`#${COVERAGE_ID}`}
      hx-swap="outerHTML"
      aria-current={current ? 'true' : undefined}
      rel={rel}
    >
      {children}
    </a>
  )
}

function WeekPicker({ view }: { view: CoverageView }) {
  const sel = view.selection
  const last = view.weeks.length - 1
  return (
    <form
      class="scenario-weeks"
      method="get"
      action={scenarioPath(view.scenarioId)}
      hx-get={coveragePath(view.scenarioId)}
      hx-trigger="change, submit"
      hx-target={`#${COVERAGE_ID}`}
      hx-swap="outerHTML"
      hx-sync="this:replace"
    >
      <input type="hidden" name="channel" value={sel.channel} />
      <input type="hidden" name="option" value={String(sel.optionId)} />
      {sel.week > 0 ? (
        <CoverageLink scenarioId={view.scenarioId} selection={{ ...sel, week: sel.week - 1 }} rel="prev">
          ‹ Previous week
        </CoverageLink>
      ) : (
        <span class="scenario-weeks__edge">‹ Previous week</span>
      )}
      <label for={WEEK_SELECT_ID}>Days of</label>
      <select id={WEEK_SELECT_ID} name="week">
        {view.weeks.map((w) => (
          <option value={String(w.index + 1)} selected={w.index === sel.week}>
            {weekLabel(w)}
          </option>
        ))}
      </select>
      <button type="submit" class="scenario-button--quiet">
        Show
      </button>
      {sel.week < last ? (
        <CoverageLink scenarioId={view.scenarioId} selection={{ ...sel, week: sel.week + 1 }} rel="next">
          Next week ›
        </CoverageLink>
      ) : (
        <span class="scenario-weeks__edge">Next week ›</span>
      )}
    </form>
  )
}

function DayTable({ view }: { view: CoverageView }) {
  const deferred = view.kind === 'deferred'
  return (
    <div class="table-scroll">
      <table class="data-table scenario-table scenario-days-table">
        <caption>
          Day by day: {view.optionName}, <span class="scenario-capitalise">{view.selection.channel}</span>
          <span class="scenario-caption-note">
            Service level target {formatPercent(view.targetServiceLevel)}.
            {deferred && ' For deferred work the share done on time is measured over the whole forecast, so every day shows the same figure.'}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Contacts</th>
            <th scope="col">
              Required<span class="cell-note">productive h</span>
            </th>
            <th scope="col">
              Supplied<span class="cell-note">productive h</span>
            </th>
            <th scope="col">
              Over / under<span class="cell-note">h</span>
            </th>
            <th scope="col">Service level</th>
          </tr>
        </thead>
        <tbody>
          {view.days.map((d) => {
            const row = dayRow(d)
            return (
              <tr>
                <th scope="row">{row.date}</th>
                <td>{row.contacts}</td>
                <td>{row.required}</td>
                <td>{row.supplied}</td>
                <td class={row.short ? 'is-missed' : undefined}>
                  {row.balance}
                  {row.short && <span class="visually-hidden"> (shortfall)</span>}
                </td>
                <td class={row.met === null ? undefined : row.met ? 'is-met' : 'is-missed'}>
                  {row.serviceLevel}
                  {row.met === false && <span class="visually-hidden"> (misses target)</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
