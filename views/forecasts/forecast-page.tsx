/** One forecast: its summary, the weekday × time heatmap (a fragment per channel), the weekly chart, rename and delete. */
import { raw } from 'hono/html'
import { heatmapSvg } from '../charts/heatmap.ts'
import { weeklyLineSvg } from '../charts/weekly-line.ts'
import { formatCount } from '../format.ts'
import { Notice, type ListNotice } from '../components/list-notice.tsx'
import { DeleteButton } from './forecasts-page.tsx'
import { FORECASTS_PATH, forecastHeatmapPath, forecastPath, forecastRenamePath, HEATMAP_ID, NOTICE_ID, TITLE_ID } from './ids.ts'
import {
  channelRows,
  formatClock,
  formatContacts,
  heatmapGrid,
  spanOf,
  weeklySeries,
  type ForecastRecord,
} from './view-model.ts'

export interface ForecastPageProps {
  record: ForecastRecord
  /** The channel the heatmap shows. */
  channel: string
  /** Names of scenarios built on this forecast (it cannot be deleted while there are any). */
  usedBy: string[]
  notice?: ListNotice
  rename?: RenameState
}

/** The rename form's state: closed, or open with what was typed and why it was refused. */
export interface RenameState {
  typed: string
  error?: string
  done?: boolean
}

export function ForecastPage({ record, channel, usedBy, notice, rename }: ForecastPageProps) {
  const f = record.forecast
  const span = spanOf(f)
  return (
    <>
      <p class="ws-breadcrumb">
        <a href={FORECASTS_PATH}>Forecasts</a>
      </p>
      <TitleRegion id={record.id} name={record.name} state={rename} />
      <div id={NOTICE_ID} aria-live="polite">
        <Notice notice={notice} />
      </div>
      <dl class="ws-facts">
        <div>
          <dt>Span</dt>
          <dd>
            {span.from} → {span.to} <span class="ws-muted">({span.length})</span>
          </dd>
        </div>
        <div>
          <dt>Intervals</dt>
          <dd>
            {formatCount(f.intervalCount)} of {span.intervalLabel}
          </dd>
        </div>
        <div>
          <dt>Channels</dt>
          <dd>{f.channels.map((c) => c.channel).join(', ')}</dd>
        </div>
        <div class="ws-facts__wide">
          <dt>Source</dt>
          <dd>{record.source || '—'}</dd>
        </div>
      </dl>
      <ChannelTable record={record} />
      <HeatmapPanel record={record} channel={channel} />
      <WeeklyChart record={record} />
      <DeleteSection record={record} usedBy={usedBy} />
    </>
  )
}

/** The heading and its inline rename form; htmx swaps this region whole. */
export function TitleRegion({ id, name, state }: { id: number; name: string; state?: RenameState | undefined }) {
  const open = state !== undefined && !state.done
  return (
    <div id={TITLE_ID} class="forecast-title">
      <h1>{name}</h1>
      <details class="forecast-rename" open={open}>
        <summary>Rename</summary>
        <form method="post" action={forecastRenamePath(id)} hx-post={forecastRenamePath(id)} hx-target={`#${TITLE_ID}`} hx-swap="outerHTML" class="forecast-rename__form">
          <label for="rename-name">New name</label>
          <input
            id="rename-name"
            name="name"
            type="text"
            maxlength={200}
            value={state && !state.done ? state.typed : name}
            aria-invalid={state?.error ? 'true' : undefined}
            aria-describedby="rename-error"
          />
          <button type="submit">Save name</button>
          <span id="rename-error" class="field__error" aria-live="polite">
            {state?.error ? `Name ${state.error}.` : ''}
          </span>
        </form>
      </details>
      {state?.done && (
        <p class="visually-hidden" role="status">
          Renamed to {name}.
        </p>
      )}
    </div>
  )
}

function ChannelTable({ record }: { record: ForecastRecord }) {
  return (
    <div class="table-scroll ws-scroll">
      <table class="data-table forecast-channel-table">
        <caption>Channels</caption>
        <thead>
          <tr>
            <th scope="col" class="ws-left">
              Channel
            </th>
            <th scope="col" class="ws-left">
              Kind
            </th>
            <th scope="col">AHT (volume-weighted)</th>
            <th scope="col">Contacts over the span</th>
            <th scope="col">Weekly volume</th>
            <th scope="col">Busiest interval (first)</th>
          </tr>
        </thead>
        <tbody>
          {channelRows(record.forecast).map((r) => (
            <tr>
              <th scope="row" class="ws-left">
                {r.channel}
              </th>
              <td class="ws-left">{r.kind}</td>
              <td>{r.aht}</td>
              <td>{r.total}</td>
              <td>{r.perWeek}</td>
              <td class="forecast-peak">{r.peak}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * The heatmap of one channel with the channel links above it. Links work as
 * plain navigation; htmx fetches only this region and the fragment response
 * pushes the page URL, so the address stays a link to the page.
 */
export function HeatmapPanel({ record, channel }: { record: ForecastRecord; channel: string }) {
  const f = record.forecast
  const grid = heatmapGrid(f, channel)
  const shown = f.channels.some((c) => c.channel === channel) ? channel : (f.channels[0]?.channel ?? '')
  const description =
    `Average ${shown} contacts per ${f.intervalMinutes}-minute interval for each weekday (rows, Monday first) ` +
    `and time of day (columns, ${formatClock(grid.fromMinute)} to ${formatClock(grid.toMinute)}); darker cells are busier.`
  return (
    <section id={HEATMAP_ID} class="ws-panel" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">When contacts arrive</h2>
      <nav class="forecast-channels" aria-label="Channel shown in the heatmap">
        {f.channels.map((c) => (
          <a
            href={`${forecastPath(record.id)}?channel=${encodeURIComponent(c.channel)}`}
            hx-get={`${forecastHeatmapPath(record.id)}?channel=${encodeURIComponent(c.channel)}`}
            hx-target={`#${HEATMAP_ID}`}
            hx-swap="outerHTML"
            aria-current={c.channel === shown ? 'true' : undefined}
          >
            {c.channel}
          </a>
        ))}
      </nav>
      <figure class="chart forecast-chart">
        {raw(
          heatmapSvg({
            rows: grid.rows,
            columns: grid.columns,
            values: grid.values,
            scheme: 'sequential',
            valueLabel: `Contacts per ${f.intervalMinutes}-min interval`,
            format: formatContacts,
            id: 'forecast-heatmap-chart',
            title: `Average ${shown} contacts per interval by weekday and time of day`,
            description,
            columnLabelEvery: labelEvery(grid.columns.length, f.intervalMinutes),
          }),
        )}
        <figcaption>
          {description} Blank cells: that weekday and time never occur in the forecast's span.
          {grid.fromMinute > 0 || grid.toMinute < 1440
            ? ` Hours with no ${shown} contacts on any day are left out.`
            : ''}
        </figcaption>
      </figure>
    </section>
  )
}

/** Label every column when few, else every whole hour, 2 h, 3 h…: at most about 14 labels so they never collide. */
function labelEvery(columns: number, intervalMinutes: number): number {
  if (columns <= 14) return 1
  const perHour = 60 / intervalMinutes
  let every = perHour
  while (columns / every > 14) every += perHour
  return every
}

function WeeklyChart({ record }: { record: ForecastRecord }) {
  const weekly = weeklySeries(record.forecast)
  const names = weekly.series.map((s) => s.channel).join(', ')
  return (
    <section class="ws-panel" aria-labelledby="weekly-heading">
      <h2 id="weekly-heading">Contacts per week</h2>
      {weekly.weekStarts.length === 0 ? (
        <p class="ws-empty">This forecast spans less than a week, so there is no full week to chart.</p>
      ) : (
        <figure class="chart forecast-chart">
          {raw(
            weeklyLineSvg({
              weekStarts: weekly.weekStarts,
              series: weekly.series.map((s) => ({ name: s.channel, values: s.values })),
              id: 'forecast-weekly-chart',
              title: 'Contacts per week by channel',
              description: `One line per channel (${names}); weeks run seven days from the forecast's start.`,
            }),
          )}
          <figcaption>
            Contacts per seven-day week from the forecast's first day, one line per channel.
            {weekly.partialDays > 0 ? ` The last ${weekly.partialDays} days do not fill a week and are left off.` : ''}
          </figcaption>
        </figure>
      )}
    </section>
  )
}

function DeleteSection({ record, usedBy }: { record: ForecastRecord; usedBy: string[] }) {
  return (
    <section class="ws-panel ws-panel--quiet" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete</h2>
      {usedBy.length > 0 ? (
        <p>
          Used by {usedBy.length === 1 ? 'the scenario' : 'the scenarios'} {usedBy.map((n) => `“${n}”`).join(', ')}: it
          cannot be deleted while {usedBy.length === 1 ? 'that scenario uses' : 'those scenarios use'} it.
        </p>
      ) : (
        <p>No scenario uses this forecast. Deleting it cannot be undone.</p>
      )}
      {usedBy.length === 0 && <DeleteButton id={record.id} name={record.name} back="detail" />}
    </section>
  )
}
