/**
 * A section computed after the page loads: htmx fetches it once (`hx-trigger="load"`)
 * and swaps it in; without JavaScript the link opens the same content as a page.
 */
export interface DeferredSectionProps {
  id: string
  headingId: string
  heading: string
  url: string
  /** What the wait is for ("Working out break-evens…"). */
  working: string
  /** The no-JS link's text. */
  linkText: string
  /** The finished section's class, so the placeholder takes the same place in the layout. */
  class: string
}

export function DeferredSection(p: DeferredSectionProps) {
  return (
    <section id={p.id} class={`${p.class} deferred-section`} aria-labelledby={p.headingId} aria-busy="true" hx-get={p.url} hx-trigger="load" hx-swap="outerHTML">
      <h2 id={p.headingId}>{p.heading}</h2>
      <p class="deferred-section__working" role="status">
        {p.working}
      </p>
      <p class="deferred-section__link">
        <a href={p.url}>{p.linkText}</a>
      </p>
    </section>
  )
}
