/** The sourcing-options list: every in-house team and partner with its pricing in words and operating figures. */
import { NOTICE_ID, OPTION_NEW_PATH, optionClonePath, optionDeletePath, optionEditPath } from './ids.ts'
import type { OptionRow } from './view-model.ts'
import { Notice, type ListNotice } from '../components/list-notice.tsx'

export const OPTIONS_TITLE = 'Sourcing options'


export function OptionsPage({ rows, notice }: { rows: OptionRow[]; notice: ListNotice }) {
  return (
    <>
      <div class="page-intro">
        <h1>{OPTIONS_TITLE}</h1>
        <p class="lead">
          The in-house teams and partners a scenario can route contacts to: where they work, what they serve, how they
          perform and how they bill.
        </p>
      </div>
      <p class="ws-actions">
        <a class="button" href={OPTION_NEW_PATH}>
          New option
        </a>
      </p>
      <div id={NOTICE_ID} aria-live="polite">
        <Notice notice={notice} />
      </div>
      {rows.length === 0 ? <p class="ws-empty">No sourcing options yet. Add your in-house team or a partner to start.</p> : <OptionTable rows={rows} />}
    </>
  )
}

function OptionTable({ rows }: { rows: OptionRow[] }) {
  return (
    <div class="table-scroll ws-scroll">
      <table class="data-table data-table--left ws-list-table options-table">
        <caption class="visually-hidden">Sourcing options</caption>
        <thead>
          <tr>
            <th scope="col">Name, kind and shore</th>
            <th scope="col">Pricing</th>
            <th scope="col">Channels</th>
            <th scope="col" class="ws-right">
              Capacity
            </th>
            <th scope="col" class="ws-right">
              Shrinkage
            </th>
            <th scope="col" class="ws-right">
              Occupancy cap
            </th>
            <th scope="col" class="ws-right">
              FCR
            </th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row" class="option-name">
                <a href={optionEditPath(r.id)}>{r.name}</a>
                <span class="cell-note">
                  {r.kind} · {r.shore.toLowerCase()}
                </span>
              </th>
              <td class="option-pricing">{r.pricing}</td>
              <td>{r.channels}</td>
              <td class="ws-right ws-nowrap">{r.capacity}</td>
              <td class="ws-right">{r.shrinkage}</td>
              <td class="ws-right">{r.occupancyCap}</td>
              <td class="ws-right">{r.fcr}</td>
              <td>
                <div class="ws-row-actions">
                <a href={optionEditPath(r.id)}>
                  Edit<span class="visually-hidden"> {r.name}</span>
                </a>
                <form class="ws-inline-form" method="post" action={optionClonePath(r.id)}>
                  <button type="submit" class="ws-button-link">
                    Clone<span class="visually-hidden"> {r.name}</span>
                  </button>
                </form>
                <form
                  class="ws-inline-form"
                  method="post"
                  action={optionDeletePath(r.id)}
                  hx-post={optionDeletePath(r.id)}
                  hx-confirm={`Delete the option “${r.name}”? This cannot be undone.`}
                  hx-target={`#${NOTICE_ID}`}
                  hx-swap="innerHTML"
                >
                  <button type="submit" class="ws-button-danger ws-button-small">
                    Delete<span class="visually-hidden"> {r.name}</span>
                  </button>
                </form>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
