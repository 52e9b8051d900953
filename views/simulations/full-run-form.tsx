/** The form that starts a full simulation run of a scenario: how many futures, with the scenario's seed. Placed on the compare page and on the run pages. */
import { MAX_FULL_RUN_TRIALS, TRIALS_ERROR_ID, TRIALS_FIELD, TRIALS_INPUT_ID, simulationsPath } from './ids.ts'

export interface FullRunFormProps {
  scenarioId: number
  /** What the field shows: the default 10,000, or what was typed when it was refused. */
  trials: number | string
  /** The message beside the field when the value was refused. */
  error?: string | undefined
}

/**
 * A plain form (works without JavaScript): the POST answers with a redirect to the
 * run's page, where the progress bar shows. Hints say what the run costs in time.
 */
export function FullRunForm({ scenarioId, trials, error }: FullRunFormProps) {
  const hintId = `${TRIALS_INPUT_ID}-hint`
  return (
    <form method="post" action={simulationsPath(scenarioId)} class="full-run-form">
      <div class="field">
        <label for={TRIALS_INPUT_ID}>Futures to simulate</label>
        {/* Input and button share a row at any width; the hint and the error sit under both. */}
        <div class="full-run-form__row">
          <input
            id={TRIALS_INPUT_ID}
            name={TRIALS_FIELD}
            type="text"
            inputmode="numeric"
            autocomplete="off"
            value={String(trials)}
            aria-describedby={`${hintId} ${TRIALS_ERROR_ID}`}
            aria-invalid={error ? 'true' : undefined}
          />
          <button type="submit">Start full run</button>
        </div>
        <p class="field__hint" id={hintId}>
          Up to {MAX_FULL_RUN_TRIALS.toLocaleString('en-US')}, with the scenario’s seed. Runs in the background, with a progress bar; you can cancel it.
        </p>
        <span id={TRIALS_ERROR_ID} class="field__error" aria-live="polite">
          {error ?? ''}
        </span>
      </div>
    </form>
  )
}
