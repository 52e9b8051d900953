/** Small form controls for the option form: each input with its label, unit, hint and an error slot htmx can refill. */
import type { Child } from 'hono/jsx'
import { fieldLabel, type OptionFormErrors, type OptionFormValues } from './form-fields.ts'
import { errorId, fieldId, OPTION_VALIDATE_PATH } from './ids.ts'

export interface FormState {
  values: OptionFormValues
  errors: OptionFormErrors
}

/**
 * Each control checks the whole form when it changes, so htmx sends this
 * control's name (HX-Trigger-Name) and the form's values; the answer only
 * refills error slots out of band, so focus and typing are never disturbed.
 */
export const validateOnChange = {
  'hx-post': OPTION_VALIDATE_PATH,
  'hx-trigger': 'change',
  'hx-swap': 'none',
  'hx-sync': 'closest form:queue last',
} as const

/** The message slot beside a field: always present (empty when fine), so a later answer can fill or clear it. */
export function ErrorSlot({ name, message, oob = false }: { name: string; message: string | undefined; oob?: boolean }) {
  return (
    <span id={errorId(name)} class="field__error" aria-live="polite" hx-swap-oob={oob ? 'true' : undefined}>
      {message ? sentence(message) : ''}
    </span>
  )
}

/** "must be at least 0" → "Must be at least 0." beside its field, where the label is already in sight. */
export const sentence = (message: string) => `${message[0]!.toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`

interface TextProps {
  name: string
  state: FormState
  label?: string
  unit?: string
  hint?: string
  numeric?: boolean
  /** Label read by screen readers only (table cells, whose column header shows it). */
  hiddenLabel?: boolean
  placeholder?: string
  class?: string
  type?: string
  list?: string
}

export function TextField({ name, state, label = fieldLabel(name), unit, hint, numeric, hiddenLabel, placeholder, class: cls, type = 'text', list }: TextProps) {
  const error = state.errors[name]
  const hintId = hint ? `hint-${fieldId(name)}` : ''
  return (
    <div class={`field${cls ? ` ${cls}` : ''}`}>
      <label for={fieldId(name)} class={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
        {unit && <span class="field__unit"> ({unit})</span>}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        inputmode={numeric ? 'decimal' : undefined}
        autocomplete="off"
        spellcheck={numeric ? false : undefined}
        value={state.values[name] ?? ''}
        placeholder={placeholder}
        list={list}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${hintId} ${errorId(name)}`.trim()}
        {...validateOnChange}
      />
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <ErrorSlot name={name} message={error} />
    </div>
  )
}

interface SelectProps {
  name: string
  state: FormState
  choices: ReadonlyArray<{ value: string; label: string }>
  label?: string
  hint?: string
  hiddenLabel?: boolean
  class?: string
}

export function SelectField({ name, state, choices, label = fieldLabel(name), hint, hiddenLabel, class: cls }: SelectProps) {
  const value = state.values[name] ?? ''
  const hintId = hint ? `hint-${fieldId(name)}` : ''
  // A posted value the list does not hold is shown rather than silently replaced by the first choice.
  const all = value === '' || choices.some((c) => c.value === value) ? choices : [...choices, { value, label: value }]
  return (
    <div class={`field${cls ? ` ${cls}` : ''}`}>
      <label for={fieldId(name)} class={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={fieldId(name)} name={name} aria-invalid={state.errors[name] ? 'true' : undefined} aria-describedby={`${hintId} ${errorId(name)}`.trim()} {...validateOnChange}>
        {all.map((c) => (
          <option value={c.value} selected={c.value === value}>
            {c.label}
          </option>
        ))}
      </select>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <ErrorSlot name={name} message={state.errors[name]} />
    </div>
  )
}

export function CheckboxField({ name, state, label, class: cls }: { name: string; state: FormState; label: Child; class?: string }) {
  return (
    <label class={`option-checkbox${cls ? ` ${cls}` : ''}`} for={fieldId(name)}>
      <input id={fieldId(name)} type="checkbox" name={name} checked={state.values[name] === 'on'} {...validateOnChange} />
      {label}
    </label>
  )
}

/** A radio group in a fieldset; each choice may carry a line of explanation. */
export function RadioGroup({ name, state, legend, choices, class: cls }: { name: string; state: FormState; legend: string; choices: ReadonlyArray<{ value: string; label: string; hint?: string }>; class?: string }) {
  return (
    <fieldset class={`option-radios${cls ? ` ${cls}` : ''}`} aria-describedby={errorId(name)}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label class="option-radio" for={fieldId(`${name}-${c.value}`)}>
          <input id={fieldId(`${name}-${c.value}`)} type="radio" name={name} value={c.value} checked={state.values[name] === c.value} {...validateOnChange} />
          <span>
            <span class="option-radio__label">{c.label}</span>
            {c.hint && <span class="option-radio__hint">{c.hint}</span>}
          </span>
        </label>
      ))}
      <ErrorSlot name={name} message={state.errors[name]} />
    </fieldset>
  )
}

/** A collapsible group, open when it holds a value or an error (so nothing typed or wrong is hidden). */
export function Section({ title, open, children, class: cls }: { title: string; open: boolean; children: Child; class?: string }) {
  return (
    <details class={`option-section${cls ? ` ${cls}` : ''}`} open={open}>
      <summary>{title}</summary>
      <div class="option-section__body">{children}</div>
    </details>
  )
}

/** Whether any of these fields (or fields under these prefixes) has a value or an error. */
export function anyFilled(state: FormState, prefixes: readonly string[], ignore: readonly string[] = []): boolean {
  const hit = (name: string) => !ignore.includes(name) && prefixes.some((p) => name === p || name.startsWith(p))
  return Object.entries(state.values).some(([name, v]) => hit(name) && v.trim() !== '') || Object.keys(state.errors).some(hit)
}
