/** Pages and fragments for errors: what went wrong in plain words, never a stack trace. */

export function NotFoundPage() {
  return (
    <div class="page-intro">
      <h1>Page not found</h1>
      <p class="lead">There is no page at this address.</p>
      <p>
        Try the <a href="/">home page</a> or the <a href="/staffing">staffing calculator</a>.
      </p>
    </div>
  )
}

export function ServerErrorPage() {
  return (
    <div class="page-intro">
      <h1>Something went wrong</h1>
      <p class="lead">Shoreline could not answer this request. The problem has been logged on this computer.</p>
      <p>
        Go back and try again, or start from the <a href="/">home page</a>.
      </p>
    </div>
  )
}

/** Swapped into whatever region an htmx request targeted. */
export function ServerErrorFragment() {
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>Something went wrong</strong> while updating this section; the figures shown may be out of date. Try
        again, or reload the page.
      </p>
    </div>
  )
}
