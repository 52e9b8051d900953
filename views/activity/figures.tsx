/** The figures region: the month / week / day switch, points per paid hour per option and team, and the chart. htmx swaps it whole. */
import { raw } from 'hono/html'
import { pointsPerHourSvg } from '../charts/points-per-hour.ts'
import { ACTIVITY_FIGURES_PATH, ACTIVITY_PATH, FIGURES_ID, viewQuery, WEIGHTS_FORM_ID, type ActivityView } from './ids.ts'
import { monthLabel, type CellView, type FiguresView, type RowView } from './view-model.ts'

const VIEWS = [
  { by: 'month', label: 'By month' },
  { by: 'week', label: 'By week' },
  { by: 'day', label: 'By day' },
] as const

/** A link that works as a plain link and, with htmx, swaps only this region (the server pushes the page URL). */
function ViewLink({ view, current, children }: { view: ActivityView; current: boolean; children: string }) {
  const query = viewQuery(view)
  return (
    <a href={`${ACTIVITY_PATH}${query}`} hx-get={`${ACTIVITY_FIGURES_PATH}${query}`} hx-target={`#${FIGURES_ID}`} hx-swap="outerHTML" aria-current={current ? 'true' : undefined}>
      {children}
    </a>
  )
}

/** `oob`: sent beside another fragment (the saved weights), replacing the region already on the page. */
export function FiguresRegion({ figures, demo, oob = false }: { figures: FiguresView; demo: boolean; oob?: boolean }) {
  const { view } = figures
  return (
    <section id={FIGURES_ID} class="activity-figures" aria-labelledby="activity-figures-heading" hx-swap-oob={oob ? 'true' : undefined}>
      <h2 id="activity-figures-heading">Points per paid hour</h2>
      {/* The weights form posts the view on show, so saving weights comes back to the same table. */}
      <input type="hidden" form={WEIGHTS_FORM_ID} name="by" value={view.by} />
      <input type="hidden" form={WEIGHTS_FORM_ID} name="month" value={view.month ?? ''} />
      <nav class="activity-views" aria-label="Period">
        {VIEWS.map((v) => (
          <ViewLink view={{ by: v.by }} current={v.by === view.by}>
            {v.label}
          </ViewLink>
        ))}
      </nav>
      {view.by === 'day' && view.month && <MonthSteps months={figures.months} month={view.month} />}
      {figures.rows.length === 0 ? (
        <p class="ws-empty">No activity yet. Import a file or enter a day below.</p>
      ) : (
        <>
          <PointsTable figures={figures} demo={demo} />
          {figures.chart && (
            <figure class="chart activity-chart">
              {raw(pointsPerHourSvg(figures.chart))}
              <figcaption>
                {figures.chart.title}. Points are the weighted activity counts; the all-options line adds every option’s points and paid hours.
                Gaps are periods without paid hours.{demo ? ' Includes demo data.' : ''}
              </figcaption>
            </figure>
          )}
        </>
      )}
    </section>
  )
}

/** Previous / next month for the day view, and which month it shows. */
function MonthSteps({ months, month }: { months: string[]; month: string }) {
  const i = months.indexOf(month)
  const previous = months[i - 1]
  const next = months[i + 1]
  return (
    <p class="activity-month-steps">
      {previous ? (
        <ViewLink view={{ by: 'day', month: previous }} current={false}>
          {`← ${monthLabel(previous)}`}
        </ViewLink>
      ) : (
        <span />
      )}
      <strong>{monthLabel(month)}</strong>
      {next ? (
        <ViewLink view={{ by: 'day', month: next }} current={false}>
          {`${monthLabel(next)} →`}
        </ViewLink>
      ) : (
        <span />
      )}
    </p>
  )
}

function PointsTable({ figures, demo }: { figures: FiguresView; demo: boolean }) {
  return (
    <div class={figures.rows.length > 16 ? 'table-scroll activity-table-scroll activity-table-scroll--long' : 'table-scroll activity-table-scroll'}>
      <table class="data-table activity-table">
        <caption>
          Points per paid hour, {figures.view.by === 'day' && figures.view.month ? `each day of ${monthLabel(figures.view.month)}` : `by ${figures.view.by}`}
          {demo ? ' (includes demo data)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="ws-left">
              {figures.view.by === 'week' ? 'ISO week' : figures.view.by === 'day' ? 'Day' : 'Month'}
            </th>
            {figures.columns.map((c) => (
              <th scope="col" class={c.combined ? 'activity-table__combined' : undefined}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.rows.map((r) => (
            <Row row={r} combined={figures.columns.map((c) => c.combined)} />
          ))}
        </tbody>
        {figures.total && (
          <tfoot>
            <Row row={figures.total} combined={figures.columns.map((c) => c.combined)} />
          </tfoot>
        )}
      </table>
    </div>
  )
}

function Row({ row, combined }: { row: RowView; combined: boolean[] }) {
  return (
    <tr data-period={row.key}>
      <th scope="row" class="ws-left">
        {row.label}
        {row.detail && <span class="cell-note">{row.detail}</span>}
      </th>
      {row.cells.map((cell, k) => (
        <Cell cell={cell} combined={combined[k]!} />
      ))}
    </tr>
  )
}

function Cell({ cell, combined }: { cell: CellView; combined: boolean }) {
  const classes = [combined ? 'activity-table__combined' : '', cell.missing ? 'activity-table__missing' : ''].filter(Boolean).join(' ')
  return (
    <td class={classes || undefined} title={cell.detail}>
      {cell.text}
      {cell.missing && <span class="visually-hidden"> ({cell.detail})</span>}
    </td>
  )
}
