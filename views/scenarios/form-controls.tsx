/** Small building blocks of the scenario form: a labelled text field, its error slot, and the error summary. */
import { FIELD, errorId, fieldId, type ScenarioFormErrors } from './form-values.ts'

export interface TextFieldProps {
  name: string
  label: string
  value: string
  errors: ScenarioFormErrors
  unit?: string
  hint?: string
  /** decimal for numbers (phones show digits), text otherwise. */
  inputmode?: 'decimal' | 'numeric' | 'text'
  placeholder?: string
  /** Narrow fields sit several to a row (numbers); wide ones take the row (names). */
  wide?: boolean
  maxlength?: number
  list?: string
}

export function TextField(p: TextFieldProps) {
  const id = fieldId(p.name)
  const hintId = p.hint ? `hint-${id}` : ''
  return (
    <div class={p.wide ? 'field scenario-field scenario-field--wide' : 'field scenario-field'}>
      <label for={id}>
        {p.label}
        {p.unit && <span class="field__unit"> ({p.unit})</span>}
      </label>
      <input
        id={id}
        name={p.name}
        type="text"
        value={p.value}
        inputmode={p.inputmode ?? 'decimal'}
        autocomplete="off"
        spellcheck={false}
        placeholder={p.placeholder}
        maxlength={p.maxlength}
        list={p.list}
        aria-describedby={`${hintId} ${errorId(p.name)}`.trim()}
        aria-invalid={p.errors[p.name] ? 'true' : undefined}
      />
      {p.hint && (
        <p class="field__hint" id={hintId}>
          {p.hint}
        </p>
      )}
      <ErrorSlot name={p.name} errors={p.errors} />
    </div>
  )
}

/** The message beside a field. Always present (empty when fine), so a redraw clears it. */
export function ErrorSlot({ name, errors }: { name: string; errors: ScenarioFormErrors }) {
  return (
    <span id={errorId(name)} class="field__error" aria-live="polite">
      {errors[name] ?? ''}
    </span>
  )
}

export const FORM_ERRORS_ID = 'form-errors'

/** Every message at the top of the form, each linking to its field, so a long form's problems are found without scrolling. */
export function ErrorSummary({ errors }: { errors: ScenarioFormErrors }) {
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <div class="notice notice--error scenario-form__summary" role="alert" tabindex={-1} id={FORM_ERRORS_ID}>
      <p>
        <strong>Not saved.</strong> {entries.length === 1 ? 'One field needs' : `${entries.length} fields need`} fixing:
      </p>
      <ul>
        {entries.map(([name, message]) => (
          <li>{name === FIELD.form ? message : <a href={`#${fieldId(name)}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  )
}
