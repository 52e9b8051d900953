/** Enter one option's day by hand: the same fields as a row of the CSV, errors beside each field. */
import { ACTIVITIES } from '../../src/domain/quality/activity-points.ts'
import { ACTIVITY_FIELD, ACTIVITY_LABEL, DATE_FIELD, OPTION_FIELD, PAID_HOURS_FIELD } from '../../src/schemas/activity.ts'
import { ACTIVITY_DAYS_PATH, DAY_FORM_ID } from './ids.ts'

export interface DayFormState {
  values: Record<string, string>
  errors: Record<string, string>
}

const fieldId = (name: string) => `day-${name}`

export function DayForm({ state, options }: { state: DayFormState; options: ReadonlyArray<{ id: number; name: string }> }) {
  const { values, errors } = state
  const count = Object.keys(errors).length
  return (
    <section id={DAY_FORM_ID} class="ws-form-card activity-day" aria-labelledby="activity-day-heading">
      <h2 id="activity-day-heading">Enter a day</h2>
      {count > 0 && (
        <p class="field__error" role="alert">
          Nothing was saved: correct the {count === 1 ? 'field' : 'fields'} marked below.
        </p>
      )}
      {options.length === 0 ? (
        <p class="ws-empty">Add a sourcing option first: activity belongs to an in-house team or a partner.</p>
      ) : (
        <form method="post" action={ACTIVITY_DAYS_PATH} novalidate>
          <div class="activity-day__grid">
            <div class="field">
              <label for={fieldId(OPTION_FIELD)}>Option</label>
              <select id={fieldId(OPTION_FIELD)} name={OPTION_FIELD} aria-invalid={errors[OPTION_FIELD] ? 'true' : undefined} aria-describedby={`${fieldId(OPTION_FIELD)}-error`}>
                {options.map((o) => (
                  <option value={String(o.id)} selected={values[OPTION_FIELD] === String(o.id)}>
                    {o.name}
                  </option>
                ))}
              </select>
              <ErrorSlot name={OPTION_FIELD} label="Option" message={errors[OPTION_FIELD]} />
            </div>
            <Input name={DATE_FIELD} label="Date" type="date" state={state} />
            {ACTIVITIES.map((a) => (
              <Input name={ACTIVITY_FIELD[a]} label={ACTIVITY_LABEL[a].label} unit={a === 'callMinutes' ? 'minutes' : undefined} numeric state={state} />
            ))}
            <Input name={PAID_HOURS_FIELD} label="Paid hours" unit="hours" numeric state={state} />
          </div>
          <p class="field__hint">A blank count means none. Saving a day already stored for this option and date replaces it.</p>
          <div class="form-actions">
            <button type="submit">Save the day</button>
          </div>
        </form>
      )}
    </section>
  )
}

function Input({ name, label, unit, type = 'text', numeric, state }: { name: string; label: string; unit?: string | undefined; type?: string; numeric?: boolean; state: DayFormState }) {
  const message = state.errors[name]
  return (
    <div class="field">
      <label for={fieldId(name)}>
        {label}
        {unit && <span class="field__unit"> ({unit})</span>}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        inputmode={numeric ? 'decimal' : undefined}
        autocomplete="off"
        value={state.values[name] ?? ''}
        aria-invalid={message ? 'true' : undefined}
        aria-describedby={`${fieldId(name)}-error`}
      />
      <ErrorSlot name={name} label={label} message={message} />
    </div>
  )
}

function ErrorSlot({ name, label, message }: { name: string; label: string; message: string | undefined }) {
  return (
    <span id={`${fieldId(name)}-error`} class="field__error" aria-live="polite">
      {message ? `${label} ${message}.` : ''}
    </span>
  )
}
