/**
 * The two-select form that picks the scenarios. A plain GET form to the page (works
 * without JavaScript, and the URL is a link to the comparison); with htmx a change of
 * either select fetches only the results region. `hx-sync="this:replace"` aborts an
 * older request when a newer change arrives, so a stale answer never lands last, and
 * `hx-push-url` keeps the address bar on the page's URL with both ids.
 */
import { A_FIELD, B_FIELD, VERSUS_FORM_ID, VERSUS_PATH, VERSUS_RESULTS_ID } from './ids.ts'

export interface ScenarioChoice {
  id: number
  name: string
}

export interface PickerProps {
  choices: ScenarioChoice[]
  /** The ids to preselect (undefined: the first and second scenario). */
  a: number | undefined
  b: number | undefined
}

const INDICATOR_ID = 'versus-indicator'

export function PickerForm({ choices, a, b }: PickerProps) {
  const first = choices[0]?.id
  const second = choices[1]?.id ?? first
  return (
    <form
      id={VERSUS_FORM_ID}
      class="versus-form"
      method="get"
      action={VERSUS_PATH}
      hx-get={VERSUS_PATH}
      hx-trigger="change, submit"
      hx-target={`#${VERSUS_RESULTS_ID}`}
      hx-swap="outerHTML"
      hx-sync="this:replace"
      hx-push-url="true"
      hx-indicator={`#${INDICATOR_ID}`}
    >
      <ScenarioSelect field={A_FIELD} label="Scenario A" choices={choices} selected={a ?? first} />
      <ScenarioSelect field={B_FIELD} label="Scenario B" choices={choices} selected={b ?? second} />
      <div class="versus-form__actions">
        <button type="submit">Compare</button>
        <span id={INDICATOR_ID} class="htmx-indicator" aria-hidden="true">
          Comparing…
        </span>
      </div>
    </form>
  )
}

/** The id leads each choice: a narrow select cuts the end of a long name, and clones differ only there. */
function ScenarioSelect({ field, label, choices, selected }: { field: string; label: string; choices: ScenarioChoice[]; selected: number | undefined }) {
  const id = `versus-${field}`
  return (
    <div class="field versus-form__field">
      <label for={id}>{label}</label>
      <select id={id} name={field}>
        {choices.map((c) => (
          <option value={String(c.id)} selected={c.id === selected}>
            #{c.id} · {c.name}
          </option>
        ))}
      </select>
    </div>
  )
}
