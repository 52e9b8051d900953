/** The answer when the compute pool is full: 503 with Retry-After, as a fragment for htmx (keeping its target) or a page. */
import type { Context } from 'hono'
import { isHtmxRequest, reswap } from '../htmx.ts'
import { RefusalPage } from '../../../views/scenarios/message-pages.tsx'

const MESSAGE = 'The server is busy with other people’s comparisons right now. Try again in a few seconds.'
const RETRY_AFTER_SECONDS = '5'

export function computeBusy(c: Context): Response | Promise<Response> {
  c.status(503)
  c.header('Retry-After', RETRY_AFTER_SECONDS)
  if (isHtmxRequest(c)) {
    // Keep the placeholder (its id), so a reload finds it again.
    reswap(c, 'innerHTML')
    return c.html(<p class="notice notice--error">{MESSAGE}</p>)
  }
  return c.render(<RefusalPage title="Busy, try again shortly" message={MESSAGE} />, { title: 'Busy, try again shortly' })
}
