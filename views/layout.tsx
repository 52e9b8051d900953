/** The document shell every page shares: head (CSS, htmx and its config), navigation and footer. */
import type { Child } from 'hono/jsx'

/**
 * htmx settings, read from this meta tag at start-up. 422 swaps so validation
 * errors show (htmx 2 drops 4xx by default); 5xx swaps the error fragment
 * app.onError sends; eval, script tags and injected indicator styles are off
 * because the Content-Security-Policy forbids them anyway. No history snapshots:
 * a snapshot keeps the form's original value attributes, not what was typed, so
 * Back would show old inputs beside new results; a reload from the URL is exact.
 */
export const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  historyCacheSize: 0,
  refreshOnHistoryMiss: true,
  responseHandling: [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '422', swap: true },
    { code: '5..', swap: true, error: true },
    { code: '[45]..', swap: false, error: true },
  ],
})

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/scenarios', label: 'Scenarios' },
  { href: '/forecasts', label: 'Forecasts' },
  { href: '/options', label: 'Sourcing options' },
  { href: '/activity', label: 'Activity' },
  { href: '/scorecards', label: 'Scorecards' },
  { href: '/staffing', label: 'Staffing calculator' },
  { href: '/methods', label: 'How this is computed' },
] as const

export interface LayoutProps {
  title: string
  /** Request path, to mark the current page in the navigation. */
  path: string
  /** The signed-in user's name (only with SHORELINE_AUTH), shown with a sign-out button. */
  account?: string
  children?: Child
}

export function Layout({ title, path, account, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{title === 'Shoreline' ? title : `${title} · Shoreline`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/htmx.min.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="brand" href="/">
              Shoreline
            </a>
            <nav aria-label="Main">
              <ul class="nav">
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {account && (
              <form method="post" action="/sign-out" class="site-account">
                <span>Signed in as {account}</span>
                <button type="submit">Sign out</button>
              </form>
            )}
          </div>
        </header>
        <main id="main" class="container">
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            {account === undefined
              ? 'Shoreline runs on this computer only; nothing you type leaves it.'
              : 'Shoreline runs on this server, for signed-in users only; nothing you type leaves it.'}{' '}
            Figures follow the conventions on{' '}
            <a href="/methods">How this is computed</a>. <a href="/workspace">Backup</a> the workspace.
          </div>
        </footer>
      </body>
    </html>
  )
}

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`)
}
