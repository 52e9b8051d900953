/** The one 403 for a cross-site state-changing request, in the caller's own words: JSON for the API, a fragment for htmx, a page otherwise. */
import type { Context } from 'hono'
import { isHtmxRequest } from './htmx.ts'
import { RefusalPage } from '../../views/scenarios/message-pages.tsx'

const MESSAGE = 'Changes are accepted only from Shoreline’s own pages; this request came from another site, so nothing was changed.'

export function refuseCrossSite(c: Context): Response | Promise<Response> {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.json({ errors: { origin: 'cross-site requests are refused; send the request without a browser, or from Shoreline’s own pages' } }, 403)
  c.status(403)
  if (isHtmxRequest(c)) return c.html(<p class="notice notice--error">{MESSAGE}</p>)
  return c.render(<RefusalPage title="Request refused" message={MESSAGE} />, { title: 'Request refused' })
}
