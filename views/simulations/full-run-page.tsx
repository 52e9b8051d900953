/** The page that starts a full run of a scenario: what a full run is, the form (with its error beside the field), and the scenario's recent runs. */
import type { SimulationJob } from '../../src/web/jobs/simulation-jobs.ts'
import { COMPARE_TRIALS, comparePath } from '../compare/ids.ts'
import { formatCount } from '../format.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { FullRunForm } from './full-run-form.tsx'
import { runPath } from './ids.ts'

export interface FullRunPageProps {
  scenarioId: number
  scenarioName: string
  seed: number
  trials: number | string
  error?: string | undefined
  /** Why the run was not started (too many running), shown above the form. */
  refusal?: string | undefined
  /** This scenario's runs the server still keeps, newest first. */
  runs: SimulationJob[]
}

export function FullRunPage(p: FullRunPageProps) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(p.scenarioId)}>{p.scenarioName}</a> ›{' '}
          <a href={comparePath(p.scenarioId)}>Compare options</a>
        </p>
        <h1>Full simulation run</h1>
        <p class="lead">
          The comparison simulates {formatCount(COMPARE_TRIALS)} futures, enough for a quick P10–P90. A full run draws many more from the scenario’s seed (
          {p.seed}) for steadier figures. It runs in the background: other pages keep answering while it goes.
        </p>
      </div>
      {p.refusal && (
        <div class="notice notice--warning" role="alert">
          <p>{p.refusal}</p>
        </div>
      )}
      <FullRunForm scenarioId={p.scenarioId} trials={p.trials} error={p.error} />
      {p.runs.length > 0 && <RecentRuns runs={p.runs} />}
    </>
  )
}

function RecentRuns({ runs }: { runs: SimulationJob[] }) {
  return (
    <section class="full-run-recent" aria-labelledby="full-run-recent-heading">
      <h2 id="full-run-recent-heading">Recent runs</h2>
      <p class="field__hint">Kept for an hour after they finish.</p>
      <ul>
        {runs.map((job) => (
          <li>
            <a href={runPath(job.scenarioId, job.id)}>
              {formatCount(job.trials)} futures from seed {job.seed}
            </a>{' '}
            — {stateWords(job)}
          </li>
        ))}
      </ul>
    </section>
  )
}

function stateWords(job: SimulationJob): string {
  const s = job.status
  switch (s.state) {
    case 'running':
      return `running, ${formatCount(s.done)} done`
    case 'done':
      return 'done'
    case 'cancelled':
      return 'cancelled'
    case 'failed':
      return 'failed'
  }
}
