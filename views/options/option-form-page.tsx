/** The new/edit option page: the whole form (swapped back whole on a refused save) and the inline-validation answer. */
import { fieldLabel, type OptionFormErrors } from './form-fields.ts'
import { MeasuredQualityPanel, type MeasuredQualityPanelProps } from './measured-quality-panel.tsx'
import { ErrorSlot, sentence, type FormState } from './form-parts.tsx'
import { ChannelsSection, HoursSection, IdentitySection, OperationsSection } from './general-section.tsx'
import { fieldId, FORM_ID, OPTIONS_PATH, optionPath, STATUS_ID, SUMMARY_ID } from './ids.ts'
import { PricingSection } from './pricing-section.tsx'
import { CostStackSection, TermsSection } from './terms-section.tsx'

export interface OptionFormProps {
  /** Undefined for a new option. */
  id?: number | undefined
  state: FormState
  /** Options this one may escalate to. */
  escalationChoices: ReadonlyArray<{ value: string; label: string }>
}

export const newOptionTitle = 'New sourcing option'
export const editOptionTitle = (name: string) => `Edit ${name}`

export function OptionFormPage(props: OptionFormProps & { savedName?: string; measured?: MeasuredQualityPanelProps | undefined }) {
  return (
    <>
      <p class="ws-breadcrumb">
        <a href={OPTIONS_PATH}>Sourcing options</a>
      </p>
      <div class="page-intro">
        <h1>{props.id === undefined ? newOptionTitle : editOptionTitle(props.savedName ?? '')}</h1>
        <p class="lead">
          Percents are typed as percents (35 for 35%). Fields are checked as you leave them; nothing is saved until the
          whole form is valid.
        </p>
      </div>
      {props.measured && <MeasuredQualityPanel {...props.measured} />}
      <OptionForm {...props} />
    </>
  )
}

/**
 * A plain POST form that works without JavaScript. With htmx, a save posts the
 * same fields; a refused save swaps this whole form back with every message in
 * place (and the sections holding them open), a good one answers HX-Redirect.
 * The partner and in-house parts are both present; CSS shows the one the kind
 * radio selects, and the reader ignores the other.
 */
export function OptionForm({ id, state, escalationChoices }: OptionFormProps) {
  const action = id === undefined ? OPTIONS_PATH : optionPath(id)
  return (
    <form id={FORM_ID} class="option-form" method="post" action={action} hx-post={action} hx-target="this" hx-swap="outerHTML show:top" novalidate>
      {/* Lets the inline check leave this option out of its own escalation targets. */}
      {id !== undefined && <input type="hidden" name="optionId" value={String(id)} />}
      <ErrorSummary errors={state.errors} />
      <IdentitySection state={state} />
      <HoursSection state={state} />
      <ChannelsSection state={state} />
      <OperationsSection state={state} escalationChoices={escalationChoices} />
      <div class="option-partner-only">
        <PricingSection state={state} />
        <TermsSection state={state} />
      </div>
      <div class="option-in-house-only">
        <CostStackSection state={state} />
      </div>
      <div class="form-actions option-actions">
        <button type="submit">{id === undefined ? 'Save option' : 'Save changes'}</button>
        <a href={OPTIONS_PATH}>Cancel</a>
        <p id={STATUS_ID} class="option-status" role="status">
          {statusText(state.errors)}
        </p>
      </div>
    </form>
  )
}

function ErrorSummary({ errors }: { errors: OptionFormErrors }) {
  const entries = Object.entries(errors)
  if (entries.length === 0) return <div id={SUMMARY_ID}></div>
  return (
    <div id={SUMMARY_ID} class="notice notice--error" role="alert" tabindex={-1}>
      <p>
        <strong>Not saved:</strong> {entries.length === 1 ? 'one field needs' : `${entries.length} fields need`} attention.
      </p>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            {name === 'form' ? sentence(message) : <a href={`#${fieldId(name)}`}>{fieldLabel(name)}</a>}
            {name === 'form' ? '' : `: ${message}`}
          </li>
        ))}
      </ul>
    </div>
  )
}

function statusText(errors: OptionFormErrors): string {
  const n = Object.keys(errors).length
  return n === 0 ? '' : `Not saved: ${n === 1 ? 'one field needs' : `${n} fields need`} attention (listed at the top).`
}

/**
 * The answer to an inline check: out-of-band error slots only (the request
 * swaps nothing itself). `show` holds messages to display, `clear` the slots
 * to empty; the status line reads the changed field's message aloud.
 */
export function ValidationAnswer({ show, clear, status }: { show: OptionFormErrors; clear: readonly string[]; status: string }) {
  return (
    <>
      {Object.entries(show).map(([name, message]) => (
        <ErrorSlot name={name} message={message} oob />
      ))}
      {clear.map((name) => (
        <ErrorSlot name={name} message={undefined} oob />
      ))}
      <p id={STATUS_ID} class="option-status" role="status" hx-swap-oob="true">
        {status}
      </p>
    </>
  )
}
