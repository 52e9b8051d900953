/** Small pages of the scenarios area: the delete confirmation (a step that needs no JavaScript), and plain refusals (403, 413). */
import { deletePath, scenarioPath } from './ids.ts'

export function DeletePage({ id, name }: { id: number; name: string }) {
  return (
    <div class="page-intro">
      <p class="scenario-breadcrumb">
        <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(id)}>{name}</a>
      </p>
      <h1>Delete “{name}”?</h1>
      <p class="lead">
        The scenario’s assumptions are removed for good. Its forecast and sourcing options stay, as other scenarios may use them.
        Export the scenario first to keep a copy.
      </p>
      <form method="post" action={deletePath(id)} class="scenario-actions">
        <button type="submit" class="scenario-button--danger-solid">
          Delete scenario
        </button>
        <a href={scenarioPath(id)}>Keep it</a>
      </form>
    </div>
  )
}

export function RefusalPage({ title, message }: { title: string; message: string }) {
  return (
    <div class="page-intro">
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p>
        <a href="/scenarios">Back to the scenarios</a>
      </p>
    </div>
  )
}
