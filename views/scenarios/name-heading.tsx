/** The scenario's name as its page heading, and the rename form that swaps in for it (inline with htmx, its own page without). */
import { NAME_ID, namePath, renamePath, scenarioPath } from './ids.ts'

export const RENAME_FIELD = 'name'
const RENAME_INPUT_ID = 'rename-name'
const RENAME_ERROR_ID = 'error-rename'

export function ScenarioName({ id, name }: { id: number; name: string }) {
  return (
    <div id={NAME_ID} class="scenario-name">
      <h1>{name}</h1>
      <a class="scenario-button--quiet" href={renamePath(id)} hx-get={renamePath(id)} hx-target={`#${NAME_ID}`} hx-swap="outerHTML">
        Rename
      </a>
    </div>
  )
}

interface RenameFormProps {
  id: number
  value: string
  error?: string | undefined
  /** Inline: htmx swaps it in place of the heading and back. Otherwise a plain form on its own page. */
  inline: boolean
}

export function RenameForm({ id, value, error, inline }: RenameFormProps) {
  const hx = inline ? { 'hx-post': renamePath(id), 'hx-target': 'this', 'hx-swap': 'outerHTML', 'hx-sync': 'this:replace' } : {}
  const cancel = inline ? { 'hx-get': namePath(id), 'hx-target': `#${NAME_ID}`, 'hx-swap': 'outerHTML' } : {}
  return (
    <form id={NAME_ID} class="scenario-rename" method="post" action={renamePath(id)} novalidate {...hx}>
      <div class="field scenario-field scenario-field--wide">
        <label for={RENAME_INPUT_ID}>Scenario name</label>
        <div class="scenario-inline">
          <input
            id={RENAME_INPUT_ID}
            name={RENAME_FIELD}
            type="text"
            value={value}
            maxlength={80}
            autocomplete="off"
            autofocus
            aria-describedby={RENAME_ERROR_ID}
            aria-invalid={error ? 'true' : undefined}
          />
          <button type="submit">Save name</button>
          <a href={scenarioPath(id)} {...cancel}>
            Cancel
          </a>
        </div>
        <span id={RENAME_ERROR_ID} class="field__error" aria-live="polite">
          {error ?? ''}
        </span>
      </div>
    </form>
  )
}

export function RenamePage(props: Omit<RenameFormProps, 'inline'>) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(props.id)}>This scenario</a>
        </p>
        <h1>Rename scenario</h1>
      </div>
      <RenameForm {...props} inline={false} />
    </>
  )
}
