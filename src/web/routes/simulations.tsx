/** /scenarios/:id/simulations: start a full simulation run in the background, watch its progress, cancel it, read its results. */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { StatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { loadScenarioModel } from '../../db/scenario-model.ts'
import { numberField } from '../../schemas/fields.ts'
import { simulationJobs, type SimulationJob } from '../jobs/simulation-jobs.ts'
import { readForm, routeId } from '../request.ts'
import { FullRunPage } from '../../../views/simulations/full-run-page.tsx'
import { DEFAULT_FULL_RUN_TRIALS, MAX_FULL_RUN_TRIALS, RUN_CANCEL_ID, RUN_STATUS_ID, TRIALS_FIELD, runPath } from '../../../views/simulations/ids.ts'
import { RunPage, RunStatus } from '../../../views/simulations/run-page.tsx'
import { RefusalPage } from '../../../views/scenarios/message-pages.tsx'

export const simulationRoutes = new Hono()

const ID = '/:id{[0-9]{1,15}}'
/** Job ids are random UUIDs: nothing to guess, nothing to enumerate. */
const JOB = '/:job{[0-9a-f-]{36}}'
/** The form holds one number; anything much bigger is not this form. */
const MAX_FORM_BYTES = 16 * 1024
/** htmx 2 stops polling an element whose request is answered with this status (and still swaps the answer in). */
const STOP_POLLING = 286 as StatusCode

/** One rule for the field, shared with every entry point through numberField's messages. */
const fullRunSchema = z.object({ [TRIALS_FIELD]: numberField({ min: 1, max: MAX_FULL_RUN_TRIALS, integer: true }) })

const formLimit = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: (c) => refuse(c, 413, 'Form too large', 'The form sent more than 16 KB; no run was started.'),
})

simulationRoutes.get(`${ID}/simulations`, (c) => {
  const id = routeId(c)
  const model = id === undefined ? undefined : loadScenarioModel(c.var.db, id)
  if (id === undefined || !model) return c.notFound()
  return renderForm(c, id, model.scenario.name, model.scenario.uncertainty.seed, DEFAULT_FULL_RUN_TRIALS)
})

simulationRoutes.post(`${ID}/simulations`, formLimit, async (c) => {
  const id = routeId(c)
  const model = id === undefined ? undefined : loadScenarioModel(c.var.db, id)
  if (id === undefined || !model) return c.notFound()
  const typed = (await readForm(c))[TRIALS_FIELD]
  const parsed = fullRunSchema.safeParse({ [TRIALS_FIELD]: typeof typed === 'string' ? typed : undefined })
  const { name, uncertainty } = model.scenario
  if (!parsed.success) {
    c.status(422)
    const echo = typeof typed === 'string' ? typed.slice(0, 64) : ''
    return renderForm(c, id, name, uncertainty.seed, echo, `Futures to simulate ${parsed.error.issues[0]?.message ?? 'is not valid'}.`)
  }
  const started = simulationJobs.start({ scenarioId: id, model, trials: parsed.data[TRIALS_FIELD] })
  if (!started.ok) {
    c.status(429)
    c.header('Retry-After', '10')
    return renderForm(c, id, name, uncertainty.seed, parsed.data[TRIALS_FIELD], undefined, started.message)
  }
  return c.redirect(runPath(id, started.id), 303)
})

simulationRoutes.get(`${ID}/simulations${JOB}`, (c) => {
  const job = jobOf(c)
  if (!job) return unknownRun(c)
  c.header('Cache-Control', 'no-store')
  return c.render(<RunPage job={job} nowMs={Date.now()} />, { title: `Full run: ${job.scenarioName}` })
})

/** The status region htmx polls: 200 while running; once finished, the final region with 286 so polling stops. */
simulationRoutes.get(`${ID}/simulations${JOB}/status`, (c) => {
  c.header('Cache-Control', 'no-store')
  const job = jobOf(c)
  if (!job) {
    // A poller whose run is gone (the server restarted) must still stop.
    c.status(STOP_POLLING)
    return c.html(
      <>
        <section id={RUN_STATUS_ID} class="full-run-status full-run-status--finished">
          <p class="notice notice--error">This run is no longer known to the server: runs are lost when it restarts. Start it again from the comparison.</p>
        </section>
        <div id={RUN_CANCEL_ID} hx-swap-oob="true"></div>
      </>,
    )
  }
  const running = job.status.state === 'running'
  if (!running) c.status(STOP_POLLING)
  return c.html(<RunStatus job={job} nowMs={Date.now()} withCancelRemoval={!running} />)
})

/** Waits (briefly) for the worker to stop, so the page it redirects to already says "cancelled". */
simulationRoutes.post(`${ID}/simulations${JOB}/cancel`, async (c) => {
  const job = jobOf(c)
  if (!job) return unknownRun(c)
  await simulationJobs.cancel(job.id)
  return c.redirect(runPath(job.scenarioId, job.id), 303)
})

/** The job named in the URL, if it belongs to the scenario named there too. */
function jobOf(c: Context): SimulationJob | undefined {
  const id = routeId(c)
  const job = simulationJobs.get(c.req.param('job') ?? '')
  return job && job.scenarioId === id ? job : undefined
}

function renderForm(c: Context, scenarioId: number, scenarioName: string, seed: number, trials: number | string, error?: string, refusal?: string) {
  const runs = simulationJobs.list().filter((j) => j.scenarioId === scenarioId)
  return c.render(<FullRunPage scenarioId={scenarioId} scenarioName={scenarioName} seed={seed} trials={trials} error={error} refusal={refusal} runs={runs} />, {
    title: `Full run: ${scenarioName}`,
  })
}

function unknownRun(c: Context) {
  c.status(404)
  return c.render(<RefusalPage title="No such run" message="Shoreline does not know this run: runs are kept for an hour after they finish, and are lost when the server restarts." />, {
    title: 'No such run',
  })
}

function refuse(c: Context, status: 413, title: string, message: string) {
  c.status(status)
  return c.render(<RefusalPage title={title} message={message} />, { title })
}
