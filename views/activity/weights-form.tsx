/** The point weights form: one number per activity, its default and why, errors beside each field. htmx swaps it whole. */
import { ACTIVITIES, DEFAULT_ACTIVITY_WEIGHTS } from '../../src/domain/quality/activity-points.ts'
import { ACTIVITY_FIELD, ACTIVITY_LABEL, MAX_WEIGHT } from '../../src/schemas/activity.ts'
import { ACTIVITY_WEIGHTS_PATH, WEIGHTS_FORM_ID, WEIGHTS_ID } from './ids.ts'

export interface WeightsFormState {
  values: Record<string, string>
  errors: Record<string, string>
  /** Just saved: say so to screen readers and beside the button. */
  saved?: boolean
}

/** Why each default is what it is, in a few words (the full reasoning is on the domain's DEFAULT_ACTIVITY_WEIGHTS). */
const WHY: Record<(typeof ACTIVITIES)[number], string> = {
  ticketsCreated: 'mostly logging; solving earns the credit',
  ticketsSolved: 'the unit of work',
  inboundCalls: 'a handled call is worth a solved ticket',
  outboundCalls: 'callbacks are scheduled and shorter',
  callMinutes: 'time on the phone counts, without making long calls pay',
  voicemails: 'listening and logging; the callback earns its own points',
  chats: 'agents run several at once',
}

const fieldId = (name: string) => `weight-${name}`

export function WeightsForm({ state }: { state: WeightsFormState }) {
  const count = Object.keys(state.errors).length
  return (
    <section id={WEIGHTS_ID} class="ws-form-card activity-weights" aria-labelledby="activity-weights-heading">
      <h2 id="activity-weights-heading">Point weights</h2>
      <p class="field__hint">Points each activity earns. Points per paid hour = Σ weight × count ÷ paid hours. Weights apply to every option alike.</p>
      <form id={WEIGHTS_FORM_ID} method="post" action={ACTIVITY_WEIGHTS_PATH} hx-post={ACTIVITY_WEIGHTS_PATH} hx-target={`#${WEIGHTS_ID}`} hx-swap="outerHTML" novalidate>
        <div class="activity-weights__grid">
          {ACTIVITIES.map((a) => {
            const name = ACTIVITY_FIELD[a]
            const error = state.errors[name]
            return (
              <div class="field">
                <label for={fieldId(name)}>
                  {ACTIVITY_LABEL[a].label}
                  <span class="field__unit"> (points {ACTIVITY_LABEL[a].per})</span>
                </label>
                <input
                  id={fieldId(name)}
                  name={name}
                  type="text"
                  inputmode="decimal"
                  autocomplete="off"
                  value={state.values[name] ?? ''}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={`${fieldId(name)}-hint ${fieldId(name)}-error`}
                />
                <p class="field__hint" id={`${fieldId(name)}-hint`}>
                  Default {DEFAULT_ACTIVITY_WEIGHTS[a]}: {WHY[a]}.
                </p>
                <span id={`${fieldId(name)}-error`} class="field__error" aria-live="polite">
                  {error ? `${ACTIVITY_LABEL[a].label} ${error}.` : ''}
                </span>
              </div>
            )
          })}
        </div>
        <span id="weight-weights-error" class="field__error" role={state.errors.weights ? 'alert' : undefined}>
          {state.errors.weights ? `The weights: ${state.errors.weights}.` : ''}
        </span>
        {count > 0 && (
          <p class="field__error" role="alert">
            Nothing was saved: correct the {count === 1 ? 'field' : 'fields'} marked above (0 to {MAX_WEIGHT} points each).
          </p>
        )}
        <div class="form-actions activity-weights__actions">
          <button type="submit">Save weights</button>
          <button type="submit" name="intent" value="defaults" class="ws-button-link">
            Back to the defaults
          </button>
          <span class="activity-weights__saved" role="status">
            {state.saved ? 'Saved: the figures use these weights.' : ''}
          </span>
        </div>
      </form>
    </section>
  )
}
