/** The staffing calculator page and the fragment its form refreshes: both built from the same components. */
import type { StaffingFormErrors, StaffingFormValues } from './form-fields.ts'
import { STATUS_ID } from './ids.ts'
import { ResultsPanel, type ResultsState } from './results-panel.tsx'
import { FieldErrorsOob, StaffingForm } from './staffing-form.tsx'
import { resultsView } from './view-model.ts'

export { FORM_ID, RESULTS_ID, STATUS_ID, STAFFING_PATH, STAFFING_RESULTS_PATH, fieldErrorId } from './ids.ts'
export type { ResultsState } from './results-panel.tsx'

export const STAFFING_TITLE = 'Staffing calculator'

interface PageProps {
  values: StaffingFormValues
  state: ResultsState
}

export function StaffingPage({ values, state }: PageProps) {
  return (
    <>
      <div class="page-intro">
        <h1>{STAFFING_TITLE}</h1>
        <p class="lead">
          How many agents one interval needs to answer its contacts on target, and what each headcount around that
          answer delivers. Results update as you type; the address bar always holds a link to exactly this question.
        </p>
      </div>
      <p id={STATUS_ID} class="visually-hidden" role="status">
        {statusText(state)}
      </p>
      <div class="staffing-layout">
        <StaffingForm values={values} errors={errorsOf(state)} />
        <ResultsPanel state={state} />
      </div>
    </>
  )
}

/** What /staffing/results returns: the results region, every field's error slot and the status line, the last two out of band. */
export function ResultsFragment({ state }: { state: ResultsState }) {
  return (
    <>
      <ResultsPanel state={state} />
      <FieldErrorsOob errors={errorsOf(state)} />
      <p id={STATUS_ID} hx-swap-oob="innerHTML">
        {statusText(state)}
      </p>
    </>
  )
}

function errorsOf(state: ResultsState): StaffingFormErrors {
  return state.kind === 'invalid' ? state.errors : {}
}

function statusText(state: ResultsState): string {
  if (state.kind === 'invalid') return 'Some fields need fixing; see the messages beside them.'
  if (!state.report.ok) return 'No headcount meets these targets.'
  return resultsView(state.report).status
}
