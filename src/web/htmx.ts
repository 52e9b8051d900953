/** htmx request detection and response-header helpers, so routes never spell header names themselves. */
import type { Context } from 'hono'

/** Whether htmx sent the request (it adds `HX-Request: true`), as opposed to a plain browser navigation. */
export function isHtmxRequest(c: Context): boolean {
  return c.req.header('HX-Request') === 'true'
}

/** Asks htmx to push `url` into the browser history after swapping (the page URL, not the fragment URL). */
export function pushUrl(c: Context, url: string): void {
  c.header('HX-Push-Url', url)
}

/** Overrides the swap style for this response (e.g. keep the target element, replace its content; 'none' leaves the target as it is, out-of-band parts still swap). */
export function reswap(c: Context, swap: 'innerHTML' | 'outerHTML' | 'none'): void {
  c.header('HX-Reswap', swap)
}

/** Asks htmx to replace the current history entry with `url` (live edits, where every keystroke is not a step Back should take). */
export function replaceUrl(c: Context, url: string): void {
  c.header('HX-Replace-Url', url)
}

/** Asks htmx for a full navigation to `url` (a followed redirect would be swapped into the target instead). */
export function redirectHtmx(c: Context, url: string) {
  c.header('HX-Redirect', url)
  return c.body(null, 204)
}
