/** The scenarios list: every scenario with its forecast, options and channels, plus creating one and importing a file. */
import { IMPORT_PATH, NEW_SCENARIO_PATH, clonePath, deletePath, editPath, exportPath, scenarioPath } from './ids.ts'
import { formatDate } from './view-model.ts'
import { versusPath } from '../versus/ids.ts'

export const SCENARIOS_TITLE = 'Scenarios'
export const IMPORT_FILE_FIELD = 'file'
export const IMPORT_ERRORS_ID = 'import-errors'

export interface ScenarioListRow {
  id: number
  name: string
  forecastName: string
  optionNames: string[]
  channels: string[]
  updatedAt: string
}

export interface ListPageProps {
  rows: ScenarioListRow[]
  /** Why the last import was refused, message by message. */
  importErrors?: string[]
  maxImportMegabytes: number
}

export function ScenarioListPage({ rows, importErrors, maxImportMegabytes }: ListPageProps) {
  return (
    <>
      <div class="page-intro">
        <h1>{SCENARIOS_TITLE}</h1>
        <p class="lead">
          A scenario staffs a forecast with one or more sourcing options: how each channel is split between them, the service
          targets, and whether each option is staffed to the requirement or to a schedule of shifts.
        </p>
      </div>
      <p class="scenario-actions">
        <a class="button" href={NEW_SCENARIO_PATH}>
          New scenario
        </a>
        <a href={versusPath()}>Compare two scenarios</a>
      </p>
      {rows.length === 0 ? <p class="notice notice--warning">No scenarios yet. Create one, or import a scenario file below.</p> : <ScenarioTable rows={rows} />}
      <ImportForm errors={importErrors} maxMegabytes={maxImportMegabytes} />
    </>
  )
}

function ScenarioTable({ rows }: { rows: ScenarioListRow[] }) {
  return (
    <div class="table-scroll scenario-list-card">
      <table class="data-table data-table--left scenario-list">
        <caption class="visually-hidden">Scenarios</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Forecast</th>
            <th scope="col">Options</th>
            <th scope="col">Channels</th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={scenarioPath(r.id)}>{r.name}</a>
              </th>
              <td>{r.forecastName}</td>
              <td>
                <ul class="scenario-list__options">
                  {r.optionNames.map((n) => (
                    <li>{n}</li>
                  ))}
                </ul>
              </td>
              <td>{r.channels.join(', ')}</td>
              <td class="scenario-list__date">{formatDate(r.updatedAt.slice(0, 10))}</td>
              <td>
                <div class="scenario-list__actions">
                  <a href={editPath(r.id)}>Edit</a>
                  <form method="post" action={clonePath(r.id)}>
                    <button type="submit" class="scenario-button--link">
                      Clone
                    </button>
                  </form>
                  <a href={exportPath(r.id)} download>
                    Export
                  </a>
                  <a href={deletePath(r.id)} class="scenario-link--danger">
                    Delete…
                  </a>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A plain multipart form: works without JavaScript; a refused file comes back as this page with the reasons. */
function ImportForm({ errors, maxMegabytes }: { errors: string[] | undefined; maxMegabytes: number }) {
  return (
    <section class="card scenario-import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a scenario file</h2>
      <p class="field__hint">
        A file exported from Shoreline (its forecast and options come with it and are added as new records). Up to {maxMegabytes} MB.
      </p>
      {errors && errors.length > 0 && (
        <div class="notice notice--error" id={IMPORT_ERRORS_ID} role="alert">
          <p>
            <strong>Nothing was imported.</strong> The file was refused:
          </p>
          <ul>
            {errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="scenario-inline">
        <label for="import-file" class="visually-hidden">
          Scenario file
        </label>
        <input id="import-file" type="file" name={IMPORT_FILE_FIELD} accept=".json,application/json" />
        <button type="submit">Import</button>
      </form>
    </section>
  )
}
