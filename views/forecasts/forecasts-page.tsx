/** The forecasts list: every forecast with its span, channels and weekly volume, and the ways to add one. */
import { FORECAST_GENERATE_PATH, FORECAST_IMPORT_PATH, forecastDeletePath, forecastPath, NOTICE_ID } from './ids.ts'
import type { ListRow } from './view-model.ts'
import { Notice, type ListNotice } from '../components/list-notice.tsx'

export const FORECASTS_TITLE = 'Forecasts'

/** A line above the list: what just happened, or why it did not. */

export function ForecastsPage({ rows, notice }: { rows: ListRow[]; notice: ListNotice }) {
  return (
    <>
      <div class="page-intro">
        <h1>{FORECASTS_TITLE}</h1>
        <p class="lead">
          Contacts and handle times per interval and channel: what scenarios staff and price against. Import your own
          as CSV, or generate one from weekly or monthly totals.
        </p>
      </div>
      <p class="ws-actions">
        <a class="button" href={FORECAST_IMPORT_PATH}>
          Import a CSV
        </a>
        <a class="button ws-button-secondary" href={FORECAST_GENERATE_PATH}>
          Generate from totals
        </a>
      </p>
      <div id={NOTICE_ID} aria-live="polite">
        <Notice notice={notice} />
      </div>
      {rows.length === 0 ? (
        <p class="ws-empty">No forecasts yet. Import a CSV or generate one from totals to start.</p>
      ) : (
        <ForecastTable rows={rows} />
      )}
    </>
  )
}

function ForecastTable({ rows }: { rows: ListRow[] }) {
  return (
    <div class="table-scroll ws-scroll">
      <table class="data-table data-table--left ws-list-table">
        <caption class="visually-hidden">Forecasts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Interval</th>
            <th scope="col">Span</th>
            <th scope="col">Channels and weekly volume</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row" class="forecast-name">
                <a href={forecastPath(r.id)}>{r.name}</a>
              </th>
              <td>{r.interval}</td>
              <td>
                <span class="ws-nowrap">{r.span.from} →</span> <span class="ws-nowrap">{r.span.to}</span>
                <span class="cell-note">{r.span.length}</span>
              </td>
              <td class="forecast-weekly">
                {r.weekly.map((w) => (
                  <span class="forecast-weekly__item">
                    <span class="forecast-weekly__channel">{w.channel}</span> {w.value}
                  </span>
                ))}
              </td>
              <td class="forecast-source">
                <span class="forecast-source-text" title={r.source}>
                  {r.source}
                </span>
              </td>
              <td>
                <div class="ws-row-actions">
                <a href={forecastPath(r.id)}>Open</a>
                <DeleteButton id={r.id} name={r.name} back="list" />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * A plain POST form (works without JavaScript); htmx adds a confirmation and
 * shows a refusal in the notice slot instead of reloading the page.
 */
export function DeleteButton({ id, name, back }: { id: number; name: string; back: 'list' | 'detail' }) {
  return (
    <form
      class="ws-inline-form"
      method="post"
      action={forecastDeletePath(id)}
      hx-post={forecastDeletePath(id)}
      hx-confirm={`Delete the forecast “${name}”? This cannot be undone.`}
      hx-target={`#${NOTICE_ID}`}
      hx-swap="innerHTML"
    >
      <input type="hidden" name="back" value={back} />
      <button type="submit" class="ws-button-danger ws-button-small">
        Delete<span class="visually-hidden"> {name}</span>
      </button>
    </form>
  )
}
