/**
 * The what-if panel of the compare page. Works without JavaScript (a GET to the
 * page, so a what-if is a shareable link; Save posts). With htmx, edits fetch only
 * the results fragment, debounced; `hx-sync="this:replace"` aborts an older request
 * when a newer edit arrives, so a stale answer never lands last. Save is the same
 * form sent with the button's formmethod and formaction, which htmx 2 honours too:
 * one request, so it cannot race an edit's.
 */
import type { WhatIfChange } from '../../src/domain/scenario/what-if.ts'
import { MONTH_FIELD, type WhatIfField, type WhatIfGroup } from './what-if-fields.ts'
import { RESULTS_ID, WHAT_IF_FORM_ID, WHAT_IF_STATUS_ID, comparePath, compareResultsPath, compareSavePath } from './ids.ts'

export interface WhatIfFormProps {
  scenarioId: number
  groups: WhatIfGroup[]
  values: Record<string, string>
  errors: Record<string, string>
  /** Undefined while the inputs have problems (nothing to compare with). */
  changes: WhatIfChange[] | undefined
  month: string
}

const inputId = (name: string) => `wi-${name}`
const errorId = (name: string) => `wi-${name}-error`

export function WhatIfForm({ scenarioId, groups, values, errors, changes, month }: WhatIfFormProps) {
  return (
    <form
      id={WHAT_IF_FORM_ID}
      class="what-if"
      method="get"
      action={comparePath(scenarioId)}
      hx-get={compareResultsPath(scenarioId)}
      hx-trigger="input changed delay:400ms, submit"
      hx-target={`#${RESULTS_ID}`}
      hx-swap="outerHTML"
      hx-sync="this:replace"
      aria-labelledby="what-if-heading"
    >
      <h2 id="what-if-heading">What if…</h2>
      <p class="what-if-lede">Change any assumption and the comparison follows. Nothing is saved until you press Save.</p>
      <input type="hidden" name={MONTH_FIELD} value={month} />
      <FieldError name="form" message={errors.form} />
      {groups.map((g) => (
        <fieldset class="what-if-group">
          <legend>{g.legend}</legend>
          {g.note && <p class="field__hint what-if-note">{g.note}</p>}
          {g.fields.map((f) => (
            <Field field={f} value={values[f.name] ?? ''} error={errors[f.name]} />
          ))}
          {g.errorKey && <FieldError name={g.errorKey} message={errors[g.errorKey]} />}
        </fieldset>
      ))}
      <div class="what-if-actions">
        <button type="submit" class="what-if-update">
          Update results
        </button>
        <button type="submit" class="what-if-save" formmethod="post" formaction={compareSavePath(scenarioId)}>
          Save
        </button>
        <a href={comparePath(scenarioId)} class="what-if-discard">
          Discard changes
        </a>
        <span class="htmx-indicator" aria-hidden="true">
          Updating…
        </span>
      </div>
      <p id={WHAT_IF_STATUS_ID} class="what-if-status" role="status">
        {statusText(changes)}
      </p>
    </form>
  )
}

function Field({ field, value, error }: { field: WhatIfField; value: string; error: string | undefined }) {
  const id = inputId(field.name)
  const hintId = field.hint ? `${id}-hint` : ''
  return (
    <div class="field what-if-field">
      <label for={id}>
        {field.label}
        {field.unit && <span class="field__unit"> ({field.unit})</span>}
      </label>
      <input
        id={id}
        name={field.name}
        type="text"
        inputmode={field.integer && field.min >= 0 ? 'numeric' : 'decimal'}
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-describedby={`${hintId} ${errorId(field.name)}`.trim()}
        aria-invalid={error ? 'true' : undefined}
      />
      {field.hint && (
        <p class="field__hint" id={hintId}>
          {field.hint}
        </p>
      )}
      <FieldError name={field.name} message={error} />
    </div>
  )
}

/** Always present (empty when fine), so every response can refill every slot out of band and clear fixed ones. */
function FieldError({ name, message, oob = false }: { name: string; message: string | undefined; oob?: boolean }) {
  return (
    <span id={errorId(name)} class="field__error" aria-live="polite" hx-swap-oob={oob ? 'innerHTML' : undefined}>
      {message ?? ''}
    </span>
  )
}

export function statusText(changes: WhatIfChange[] | undefined): string {
  if (!changes) return 'Some fields need fixing; see the messages beside them. The results show the last valid inputs.'
  if (changes.length === 0) return 'No unsaved changes: these are the saved scenario’s figures.'
  return `${changes.length} unsaved ${changes.length === 1 ? 'change' : 'changes'}: the results are a what-if until you save.`
}

/** Sent with every results fragment: each field's error slot and the status line, out of band. */
export function WhatIfOob({ groups, errors, changes }: { groups: WhatIfGroup[]; errors: Record<string, string>; changes: WhatIfChange[] | undefined }) {
  const names = ['form', ...groups.flatMap((g) => [...g.fields.map((f) => f.name), ...(g.errorKey ? [g.errorKey] : [])])]
  return (
    <>
      {names.map((n) => (
        <FieldError name={n} message={errors[n]} oob />
      ))}
      <p id={WHAT_IF_STATUS_ID} hx-swap-oob="innerHTML">
        {statusText(changes)}
      </p>
    </>
  )
}
