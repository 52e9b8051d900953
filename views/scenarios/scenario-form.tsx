/** The scenario form (create and edit) and its page: a plain POST form that htmx redraws in place when the forecast, options or shift rows change. */
import { AssumptionsSection } from './form-assumptions.tsx'
import { BasicsSection, OptionsSection } from './form-basics.tsx'
import { ChannelSection } from './form-channel.tsx'
import { ErrorSummary, FORM_ERRORS_ID } from './form-controls.tsx'
import { StaffingSection } from './form-staffing.tsx'
import { FIELD, fieldId, intentValue, type FormContext, type ScenarioFormErrors, type ScenarioFormValues } from './form-values.ts'
import { FORM_ID, STATUS_ID } from './ids.ts'

export interface ScenarioFormProps {
  values: ScenarioFormValues
  errors: ScenarioFormErrors
  ctx: FormContext
  /** Where the form posts: /scenarios (create) or /scenarios/:id (update). */
  action: string
  cancelHref: string
  submitLabel: string
}

/** Attributes that redraw the form when a control changes (the forecast select, the option checkboxes). */
export type RedrawAttributes = ReturnType<typeof redrawAttributes>

const redrawAttributes = (action: string) => ({
  'hx-post': action,
  'hx-trigger': 'change',
  'hx-target': `#${FORM_ID}`,
  'hx-swap': 'outerHTML',
  'hx-vals': JSON.stringify({ [FIELD.intent]: intentValue.refresh }),
  'hx-sync': 'closest form:replace',
})

/**
 * Works without JavaScript: "Show its channels", "+ add shift" and "remove" are
 * submit buttons that redraw the form; Save posts it. With htmx the same posts
 * swap only the form (`hx-sync` lets a newer change cancel an older one); a
 * refused save comes back as 422 with messages beside the fields, a saved one as
 * an HX-Redirect to the scenario.
 */
export function ScenarioForm({ values, errors, ctx, action, cancelHref, submitLabel }: ScenarioFormProps) {
  const redraw = redrawAttributes(action)
  return (
    <form
      id={FORM_ID}
      class="scenario-form"
      method="post"
      action={action}
      novalidate
      hx-post={action}
      hx-target="this"
      hx-swap="outerHTML"
      hx-sync="this:replace"
    >
      {/* Enter in a text field presses the form's first submit button: make that Save, not a redraw button. */}
      <button type="submit" name={FIELD.intent} value={intentValue.save} class="visually-hidden" tabindex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      <ErrorSummary errors={errors} />
      <input type="hidden" name={FIELD.drawnFor} value={values.drawnFor} />
      <BasicsSection values={values} errors={errors} ctx={ctx} redraw={redraw} />
      <OptionsSection values={values} errors={errors} ctx={ctx} redraw={redraw} />
      <div id={fieldId(FIELD.channels)}>
        {values.channels.length === 0 ? (
          <p class="notice notice--warning scenario-form__placeholder">Choose a forecast to set up its channels.</p>
        ) : (
          values.channels.map((c, k) => <ChannelSection k={k} channel={c} values={values} errors={errors} ctx={ctx} />)
        )}
        <span class="field__error" id={`error-${FIELD.channels}`} aria-live="polite">
          {errors[FIELD.channels] ?? ''}
        </span>
      </div>
      <StaffingSection values={values} errors={errors} ctx={ctx} />
      <AssumptionsSection values={values} errors={errors} />
      <div class="form-actions">
        <button type="submit" name={FIELD.intent} value={intentValue.save}>
          {submitLabel}
        </button>
        <a href={cancelHref}>Cancel</a>
        <span class="htmx-indicator" aria-hidden="true">
          Working…
        </span>
        {Object.keys(errors).length > 0 && (
          <a class="field__error" href={`#${FORM_ERRORS_ID}`}>
            Not saved: see the messages above.
          </a>
        )}
      </div>
    </form>
  )
}

export interface FormPageProps extends ScenarioFormProps {
  title: string
}

export function ScenarioFormPage(props: FormPageProps) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a>
        </p>
        <h1>{props.title}</h1>
        <p class="lead">
          A scenario staffs one forecast with one or more sourcing options: how each channel’s contacts are split between them, the
          service targets, and how each option is staffed.
        </p>
      </div>
      <p id={STATUS_ID} class="visually-hidden" role="status">
        {statusText(props.errors)}
      </p>
      <ScenarioForm {...props} />
    </>
  )
}

/** What a redraw or a refused save returns to htmx: the form, and the status line out of band. */
export function ScenarioFormFragment(props: ScenarioFormProps) {
  return (
    <>
      <ScenarioForm {...props} />
      <p id={STATUS_ID} hx-swap-oob="innerHTML">
        {statusText(props.errors)}
      </p>
    </>
  )
}

function statusText(errors: ScenarioFormErrors): string {
  const n = Object.keys(errors).length
  if (n === 0) return ''
  return n === 1 ? 'Not saved: one field needs fixing.' : `Not saved: ${n} fields need fixing.`
}
