/** The staffing results region: the answer, the targets, the N ± 3 table and the chart; or why there is no answer. */
import { raw } from 'hono/html'
import { staffingCurveSvg } from '../charts/staffing-curve.ts'
import { formatCount } from '../format.ts'
import { STAFFING_FORM_FIELDS, type StaffingFormErrors } from './form-fields.ts'
import { RESULTS_ID, fieldErrorId } from './ids.ts'
import { curveDescription, curvePoints, resultsView, type ResultsView, type StaffingReport } from './view-model.ts'

/** A valid question's report, or the errors that kept it from being asked. */
export type ResultsState = { kind: 'report'; report: StaffingReport } | { kind: 'invalid'; errors: StaffingFormErrors }

export function ResultsPanel({ state }: { state: ResultsState }) {
  return (
    <section id={RESULTS_ID} class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      {state.kind === 'invalid' ? (
        <InvalidInput errors={state.errors} />
      ) : state.report.ok ? (
        <Answer report={state.report} />
      ) : (
        <AboveCeiling ceiling={state.report.ceiling} />
      )}
    </section>
  )
}

function InvalidInput({ errors }: { errors: StaffingFormErrors }) {
  const fields = STAFFING_FORM_FIELDS.filter((f) => errors[f.name])
  return (
    <div class="notice notice--error">
      <p>
        <strong>No answer yet:</strong> correct the {fields.length === 1 ? 'field' : 'fields'} marked in the form.
      </p>
      <ul>
        {fields.map((f) => (
          <li>
            <a href={`#field-${f.name}`} aria-describedby={fieldErrorId(f.name)}>
              {f.label}
            </a>
            : {errors[f.name]}
          </li>
        ))}
        {errors.form && <li>{errors.form}</li>}
      </ul>
    </div>
  )
}

function AboveCeiling({ ceiling }: { ceiling: number }) {
  return (
    <div class="notice notice--warning">
      <p>
        <strong>No headcount up to {formatCount(ceiling)} agents meets these targets.</strong>
      </p>
      <p>
        Adding agents improves service level, ASA and abandonment only up to a point. A target at that point or
        beyond it (a service level of 100%, an ASA or abandonment of 0) is never quite met, and a very low maximum
        occupancy asks for more agents than any plan would hire. Loosen the tightest target, or enter a headcount
        under “Agents to evaluate” to see what it delivers.
      </p>
    </div>
  )
}

function Answer({ report }: { report: Extract<StaffingReport, { ok: true }> }) {
  const view = resultsView(report)
  return (
    <>
      <div class="headline">
        <div class="headline__figure">
          <span class="headline__label">{view.agentsLabel}</span>
          <span class="headline__value" data-testid="agents">
            {view.agents}
          </span>
          <span class="headline__note">productive: logged in, handling or ready</span>
        </div>
        <div class="headline__figure">
          <span class="headline__label">Scheduled agents</span>
          <span class="headline__value">{view.scheduled}</span>
          <span class="headline__note">{view.scheduledNote}</span>
        </div>
        <div class="headline__figure">
          <span class="headline__label">Paid hours this interval</span>
          <span class="headline__value">{view.paidHours}</span>
          <span class="headline__note">{view.paidHoursNote}</span>
        </div>
      </div>
      <p class={view.met ? 'verdict verdict--met' : 'verdict verdict--missed'}>
        <span aria-hidden="true">{view.met ? '✓ ' : '✗ '}</span>
        {view.verdict}
      </p>
      <MetricList view={view} />
      <p class="model-note">
        <strong>Model:</strong> {view.model}
      </p>
      {view.chatNote && (
        <p class="model-note">
          <strong>Chat:</strong> {view.chatNote}
        </p>
      )}
      <HeadcountTable view={view} />
      <figure class="chart">
        {raw(
          staffingCurveSvg({
            points: curvePoints(report.curve),
            targetServiceLevel: report.question.targetServiceLevel,
            maxAbandon: report.question.maxAbandon,
            answerAgents: report.answer.agents,
            answerLabel: view.rowTag,
            showAbandon: view.hasAbandon,
            title: view.hasAbandon ? 'Service level and abandonment by number of agents' : 'Service level by number of agents',
            description: curveDescription(report),
          }),
        )}
        <figcaption>
          {view.hasAbandon ? 'Service level and abandonment' : 'Service level'} for each headcount around the{' '}
          {view.rowTag === 'answer' ? 'answer' : 'evaluated headcount'} (dashed vertical line); the dotted line is the
          target.
        </figcaption>
      </figure>
    </>
  )
}

function MetricList({ view }: { view: ResultsView }) {
  return (
    <dl class="metrics">
      {view.metrics.map((m) => (
        <div class="metric">
          <dt>{m.label}</dt>
          <dd>
            <span class="metric__value">{m.value}</span>
            {m.target && (
              <span class={m.met === false ? 'metric__target metric__target--missed' : 'metric__target'}>
                {m.target}
                {m.met === undefined ? '' : m.met ? ' · met' : ' · missed'}
              </span>
            )}
            {m.note && <span class="metric__note">{m.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function HeadcountTable({ view }: { view: ResultsView }) {
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption>What each headcount delivers</caption>
        <thead>
          <tr>
            <th scope="col">Agents</th>
            <th scope="col">Scheduled</th>
            <th scope="col">Service level</th>
            <th scope="col">ASA</th>
            <th scope="col">Occupancy</th>
            <th scope="col">Abandonment</th>
            <th scope="col">All targets</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr class={r.isAnswer ? 'is-answer' : undefined}>
              <th scope="row">
                {r.isAnswer && <span class="tag">{view.rowTag}</span>}
                {r.agents}
                {r.slots && <span class="cell-note">{r.slots}</span>}
              </th>
              <td>{r.scheduled}</td>
              <Cell value={r.serviceLevel} missed={r.missed.serviceLevel} />
              <Cell value={r.asa} missed={r.missed.asa} />
              <Cell value={r.occupancy} missed={r.missed.occupancy} />
              <Cell value={view.hasAbandon ? r.abandon : '—'} missed={r.missed.abandon} />
              <td class={r.met ? 'is-met' : 'is-missed'}>{r.met ? 'met' : 'missed'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A figure that misses its own target is marked in words too (not by colour alone). */
function Cell({ value, missed }: { value: string; missed: boolean }) {
  if (!missed) return <td>{value}</td>
  return (
    <td class="is-missed">
      {value}
      <span class="visually-hidden"> (misses target)</span>
    </td>
  )
}
