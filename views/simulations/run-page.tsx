/**
 * A full run's page and its status region: a progress bar with Cancel while the futures
 * are drawn (refreshing itself, with or without JavaScript), then the results, or what
 * happened instead.
 */
import { raw } from 'hono/html'
import type { SimulationJob } from '../../src/web/jobs/simulation-jobs.ts'
import { comparePath } from '../compare/ids.ts'
import { formatCount } from '../format.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { POLL_EVERY, RUN_CANCEL_ID, RUN_STATUS_ID, runCancelPath, runStatusPath, simulationsPath } from './ids.ts'
import { ResultsTable } from './results-table.tsx'
import { formatDuration, progressFigures } from './view-model.ts'

/**
 * Without JavaScript the page reloads itself each second while the run goes on; with it,
 * <noscript> keeps this inert and htmx polls the status region instead. Written as a
 * constant string because hono/jsx moves a <meta> element into <head>, out of the noscript.
 */
const RELOAD_WITHOUT_SCRIPT = raw('<noscript><meta http-equiv="refresh" content="1"></noscript>')

export interface RunViewProps {
  job: SimulationJob
  /** The clock the elapsed and remaining times are read against (ms since the epoch). */
  nowMs: number
}

export function RunPage({ job, nowMs }: RunViewProps) {
  const running = job.status.state === 'running'
  return (
    <>
      {running && RELOAD_WITHOUT_SCRIPT}
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(job.scenarioId)}>{job.scenarioName}</a> ›{' '}
          <a href={comparePath(job.scenarioId)}>Compare options</a>
        </p>
        <h1>Full simulation run</h1>
        <p class="lead">
          {formatCount(job.trials)} futures of <strong>{job.scenarioName}</strong> from seed {job.seed}, as the scenario stood when the run started.
        </p>
      </div>
      <RunStatus job={job} nowMs={nowMs} />
      {running && <CancelForm job={job} />}
    </>
  )
}

/**
 * The region htmx polls while the run goes on. Once finished it comes back without the
 * polling attributes (and the route answers 286, htmx's "stop polling"), taking the
 * Cancel button with it out of band.
 */
export function RunStatus({ job, nowMs, withCancelRemoval = false }: RunViewProps & { withCancelRemoval?: boolean }) {
  const s = job.status
  if (s.state === 'running') {
    const p = progressFigures(s, nowMs)
    return (
      <section id={RUN_STATUS_ID} class="full-run-status" aria-busy="true" hx-get={runStatusPath(job.scenarioId, job.id)} hx-trigger={`every ${POLL_EVERY}`} hx-swap="outerHTML">
        <label for="full-run-progress" class="full-run-status__label">
          Running: <span data-testid="run-futures">{p.futures}</span>
        </label>
        <progress id="full-run-progress" max={p.total} value={p.done}>
          {p.percent}
        </progress>
        <p class="full-run-status__figures">
          {p.percent} done · {p.elapsed} · {p.remaining}
        </p>
      </section>
    )
  }
  return (
    <>
      <section id={RUN_STATUS_ID} class="full-run-status full-run-status--finished">
        <FinishedStatus job={job} />
        <p class="full-run-next">
          <a href={comparePath(job.scenarioId)}>Back to the comparison</a> · <a href={simulationsPath(job.scenarioId)}>Start another full run</a>
        </p>
      </section>
      {withCancelRemoval && <div id={RUN_CANCEL_ID} hx-swap-oob="true"></div>}
    </>
  )
}

function FinishedStatus({ job }: { job: SimulationJob }) {
  const s = job.status
  const took = job.finishedAt === undefined ? '' : formatDuration(job.finishedAt - job.startedAt)
  switch (s.state) {
    case 'done':
      return (
        <>
          <p class="full-run-verdict full-run-verdict--done" role="status" data-testid="run-state">
            Done: {formatCount(s.result.risk.trials)} futures from seed {s.result.risk.seed} in {took}.
          </p>
          <ResultsTable run={s.result} />
          <Method text={s.result.risk.method} />
        </>
      )
    case 'cancelled': {
      const finished = s.partial?.risk.trials ?? 0
      return (
        <>
          <p class="notice notice--warning full-run-verdict" role="status" data-testid="run-state">
            Run cancelled after {formatCount(finished)} of {formatCount(job.trials)} futures ({took}).{' '}
            {s.partial ? 'The figures below are partial, from the futures finished before Cancel.' : 'No figures were kept.'}
          </p>
          {s.partial && <ResultsTable run={s.partial} partialOf={job.trials} />}
        </>
      )
    }
    case 'failed':
      return (
        <p class="notice notice--error full-run-verdict" role="alert" data-testid="run-state">
          The run failed: {s.message}
        </p>
      )
    default:
      return null
  }
}

function Method({ text }: { text: string }) {
  return (
    <details class="full-run-method">
      <summary>How these futures were drawn</summary>
      <p>{text}</p>
    </details>
  )
}

function CancelForm({ job }: { job: SimulationJob }) {
  return (
    <form id={RUN_CANCEL_ID} method="post" action={runCancelPath(job.scenarioId, job.id)} class="full-run-cancel">
      <button type="submit" class="scenario-button--quiet">
        Cancel run
      </button>
    </form>
  )
}
