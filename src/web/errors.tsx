/** The app's 404 and 500 responses: a page for browsers, a fragment for htmx, and never a stack trace. */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { NotFoundPage, ServerErrorFragment, ServerErrorPage } from '../../views/errors/error-page.tsx'
import { isHtmxRequest, reswap } from './htmx.ts'

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/')

export const notFound: NotFoundHandler = (c) => {
  if (isApi(c)) return c.json({ errors: { path: `no API route ${c.req.method} ${c.req.path}` } }, 404)
  c.status(404)
  if (isHtmxRequest(c)) return c.html(<p class="notice notice--error">Not found.</p>)
  return c.render(<NotFoundPage />, { title: 'Page not found' })
}

/** Logs the error on this computer and answers in plain words. */
export const serverError: ErrorHandler = (error, c) => {
  // Middleware that refuses a request (body limits, CSRF) throws its own 4xx answer: pass it on.
  if (error instanceof HTTPException) return error.getResponse()
  console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed:`, error)
  return renderServerError(c)
}

function renderServerError(c: Context) {
  if (isApi(c)) return c.json({ errors: { server: 'something went wrong; the details are in the server log' } }, 500)
  c.status(500)
  if (isHtmxRequest(c)) {
    // Keep the targeted element (its id) and replace only its content, so later requests still find their target.
    reswap(c, 'innerHTML')
    return c.html(<ServerErrorFragment />)
  }
  return c.render(<ServerErrorPage />, { title: 'Something went wrong' })
}
