/** A scenario's staffing page: name (renamable), actions, the per-channel summary, the meaning of the numbers, and the coverage region. */
import type { CoverageSummary } from '../../src/domain/scenario/coverage-summary.ts'
import { CoveragePanel, type CoverageView } from './coverage-panel.tsx'
import { STATUS_ID, clonePath, deletePath, editPath, exportPath } from './ids.ts'
import { MeaningNotes } from './meaning-notes.tsx'
import { ScenarioName } from './name-heading.tsx'
import { SummaryTables } from './summary-tables.tsx'
import { formatDate, formatWeeks } from './view-model.ts'

export interface ScenarioHeader {
  id: number
  name: string
  updatedAt: string
  currency: string
  timeZone: string
  forecastName: string
  /** Local dates of the forecast's first and last day. */
  firstDate: string
  lastDate: string
  weeks: number
  intervalMinutes: number
}

export type ScenarioPlanView = { ok: true; summary: CoverageSummary; coverage: CoverageView; notes: string[] } | { ok: false; problems: string[] }

export function ScenarioPage({ header, plan }: { header: ScenarioHeader; plan: ScenarioPlanView }) {
  return (
    <>
      <div class="page-intro scenario-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a>
        </p>
        <ScenarioName id={header.id} name={header.name} />
        <p class="scenario-meta">
          Forecast <strong>{header.forecastName}</strong>: {formatDate(header.firstDate)} – {formatDate(header.lastDate)} (
          {formatWeeks(header.weeks)}, {header.intervalMinutes}-minute intervals) · {header.currency} · clock {header.timeZone} · updated{' '}
          {formatDate(header.updatedAt.slice(0, 10))}
        </p>
      </div>
      <Actions id={header.id} />
      <p id={STATUS_ID} class="visually-hidden" role="status"></p>
      {plan.ok ? (
        <>
          {plan.notes.length > 0 && (
            <div class="notice" role="note">
              <p>What the plan leaves out:</p>
              <ul>
                {plan.notes.map((n) => (
                  <li>{n}</li>
                ))}
              </ul>
            </div>
          )}
          <SummaryTables summary={plan.summary} />
          <MeaningNotes />
          <CoveragePanel view={plan.coverage} />
        </>
      ) : (
        <Problems id={header.id} problems={plan.problems} />
      )}
    </>
  )
}

function Actions({ id }: { id: number }) {
  return (
    <div class="scenario-actions">
      <a class="button" href={editPath(id)}>
        Edit assumptions
      </a>
      <form method="post" action={clonePath(id)}>
        <button type="submit" class="scenario-button--quiet">
          Clone
        </button>
      </form>
      <a class="scenario-button--quiet" href={`/scenarios/${id}/compare`}>Compare options</a>
      <a class="scenario-button--quiet" href={`/scenarios/${id}/simulations`}>Full simulation run</a>
      <a class="scenario-button--quiet" href={`/scenarios/${id}/report`}>Printable report</a>
      <a class="scenario-button--quiet" href={exportPath(id)} download>
        Export file
      </a>
      <a class="scenario-button--quiet scenario-button--danger" href={deletePath(id)}>
        Delete…
      </a>
    </div>
  )
}

function Problems({ id, problems }: { id: number; problems: string[] }) {
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>This scenario cannot be staffed as it stands.</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
      <p>
        <a href={editPath(id)}>Edit the scenario</a> to fix {problems.length === 1 ? 'it' : 'them'}, or change the options on the{' '}
        <a href="/options">sourcing options</a> page.
      </p>
    </div>
  )
}
