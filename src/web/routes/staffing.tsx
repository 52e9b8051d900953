/** /staffing: the calculator page (works without JavaScript) and the results fragment htmx asks for. */
import { Hono, type Context } from 'hono'
import { readStaffingForm } from '../forms/staffing-form.ts'
import { pushUrl } from '../htmx.ts'
import { staffingReport } from '../staffing-report.ts'
import {
  ResultsFragment,
  StaffingPage,
  STAFFING_PATH,
  STAFFING_RESULTS_PATH,
  STAFFING_TITLE,
  type ResultsState,
} from '../../../views/staffing/staffing-page.tsx'

export const staffingRoutes = new Hono()

staffingRoutes.get(STAFFING_PATH, (c) => {
  const { values, state } = answer(c)
  c.status(state.kind === 'invalid' ? 422 : 200)
  return c.render(<StaffingPage values={values} state={state} />, { title: STAFFING_TITLE })
})

staffingRoutes.get(STAFFING_RESULTS_PATH, (c) => {
  const { state } = answer(c)
  // Push the page URL, not this fragment's, so the address bar stays a shareable link to the full page.
  pushUrl(c, `${STAFFING_PATH}${new URL(c.req.url).search}`)
  return c.html(<ResultsFragment state={state} />, state.kind === 'invalid' ? 422 : 200)
})

/** Parse the query, then answer it when it is valid: the same steps for page and fragment. */
function answer(c: Context) {
  const form = readStaffingForm(c.req.query())
  const state: ResultsState = form.ok ? { kind: 'report', report: staffingReport(form.question) } : { kind: 'invalid', errors: form.errors }
  return { values: form.values, state }
}
