/** Static assets: htmx from the installed package (no CDN), the stylesheet and the icon, read once at start-up. */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Hono } from 'hono'

const require = createRequire(import.meta.url)
const HTMX_JS = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8')
const ASSETS_DIR = new URL('../../../views/assets/', import.meta.url)
/**
 * One stylesheet for the browser, kept as several files in the repository: app.css
 * first, then each feature's own file (report.css, versus.css, …) in name order,
 * so a feature's rules live beside nothing else's.
 */
const CSS_FILES = ['app.css', ...readdirSync(ASSETS_DIR).filter((f) => f.endsWith('.css') && f !== 'app.css').sort()]
const APP_CSS = CSS_FILES.map((f) => readFileSync(new URL(f, ASSETS_DIR), 'utf8')).join('\n')
const FAVICON_SVG = readFileSync(new URL('../../../views/assets/favicon.svg', import.meta.url), 'utf8')

/** htmx only changes with the package version; the stylesheet with each release of the app, so it revalidates. */
const LONG_CACHE = 'public, max-age=31536000, immutable'
const SHORT_CACHE = 'public, max-age=300'

export const assetRoutes = new Hono()

assetRoutes.get('/assets/htmx.min.js', (c) => {
  c.header('Content-Type', 'text/javascript; charset=utf-8')
  c.header('Cache-Control', LONG_CACHE)
  return c.body(HTMX_JS)
})

assetRoutes.get('/assets/app.css', (c) => {
  c.header('Content-Type', 'text/css; charset=utf-8')
  c.header('Cache-Control', SHORT_CACHE)
  return c.body(APP_CSS)
})

assetRoutes.get('/assets/favicon.svg', (c) => {
  c.header('Content-Type', 'image/svg+xml')
  c.header('Cache-Control', SHORT_CACHE)
  return c.body(FAVICON_SVG)
})
