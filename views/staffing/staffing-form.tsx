/** The staffing question form: a plain GET form that htmx upgrades to live results, with an error slot per field. */
import { STAFFING_PATH, STAFFING_RESULTS_PATH, FORM_ID, RESULTS_ID, fieldErrorId } from './ids.ts'
import {
  STAFFING_FORM_FIELDS,
  staffingField,
  type FormFieldSpec,
  type StaffingFieldName,
  type StaffingFieldSpec,
  type StaffingFormErrors,
  type StaffingFormValues,
} from './form-fields.ts'

interface FormProps {
  values: StaffingFormValues
  errors: StaffingFormErrors
}

const GROUPS: ReadonlyArray<{ legend: string; fields: StaffingFieldName[] }> = [
  { legend: 'Demand', fields: ['channel', 'concurrency', 'contacts', 'intervalSeconds', 'ahtSeconds'] },
  {
    legend: 'Service targets',
    fields: ['answerWithinSeconds', 'targetServiceLevelPercent', 'maxAsaSeconds', 'maxOccupancyPercent', 'maxAbandonPercent'],
  },
  { legend: 'Callers and people', fields: ['patienceSeconds', 'shrinkagePercent'] },
  { legend: 'Fixed headcount', fields: ['agents'] },
]

/**
 * Works without JavaScript (GET to the page, so the URL is shareable). With htmx,
 * edits fetch only the results fragment; `hx-sync="this:replace"` aborts an older
 * request when a newer edit arrives, so a stale answer never lands last. The
 * fragment response sets HX-Push-Url to the page URL (an hx-push-url attribute
 * would push the fragment's URL instead).
 */
export function StaffingForm({ values, errors }: FormProps) {
  return (
    <form
      id={FORM_ID}
      class="staffing-form"
      method="get"
      action={STAFFING_PATH}
      hx-get={STAFFING_RESULTS_PATH}
      hx-trigger="input changed delay:300ms, change, submit"
      hx-target={`#${RESULTS_ID}`}
      hx-swap="outerHTML"
      hx-sync="this:replace"
    >
      {GROUPS.map((group) => (
        <fieldset>
          <legend>{group.legend}</legend>
          {group.fields.map((name) => (
            <Field spec={staffingField(name)} value={values[name]} error={errors[name]} />
          ))}
        </fieldset>
      ))}
      <div class="form-actions">
        <button type="submit">Calculate</button>
        <span class="htmx-indicator" aria-hidden="true">
          Updating…
        </span>
      </div>
    </form>
  )
}

function Field({ spec, value, error }: { spec: StaffingFieldSpec; value: string; error: string | undefined }) {
  const id = `field-${spec.name}`
  const hintId = spec.hint ? `hint-${spec.name}` : ''
  const describedBy = `${hintId} ${fieldErrorId(spec.name)}`.trim()
  const common = {
    id,
    name: spec.name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? 'true' : undefined,
  }
  return (
    <div class={`field field--${spec.name}`}>
      <label for={id}>
        {spec.label}
        {spec.unit && <span class="field__unit"> ({spec.unit})</span>}
      </label>
      {spec.options ? (
        <select {...common}>
          {withTypedValue(spec.options, value).map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" inputmode="decimal" autocomplete="off" spellcheck={false} value={value} />
      )}
      {spec.hint && (
        <p class="field__hint" id={hintId}>
          {spec.hint}
        </p>
      )}
      <FieldError name={spec.name} message={error} />
    </div>
  )
}

/** A shared link may carry a value the select does not list (e.g. a 600 s interval): show it rather than silently pick another. */
function withTypedValue(options: NonNullable<FormFieldSpec['options']>, value: string) {
  if (value === '' || options.some((o) => o.value === value)) return options
  return [...options, { value, label: value }]
}

/**
 * The error slot beside a field. Always present (empty when fine), so the
 * results fragment can refill every slot out of band and clear fixed ones.
 */
export function FieldError({ name, message, oob = false }: { name: StaffingFieldName; message: string | undefined; oob?: boolean }) {
  return (
    <span id={fieldErrorId(name)} class="field__error" aria-live="polite" hx-swap-oob={oob ? 'innerHTML' : undefined}>
      {message ? `${staffingField(name).label} ${message}.` : ''}
    </span>
  )
}

/** One out-of-band error slot per field, sent with every results fragment. */
export function FieldErrorsOob({ errors }: { errors: StaffingFormErrors }) {
  return (
    <>
      {STAFFING_FORM_FIELDS.map((f) => (
        <FieldError name={f.name} message={errors[f.name]} oob />
      ))}
    </>
  )
}
