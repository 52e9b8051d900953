/** Starts Shoreline's web server on 127.0.0.1 (the only module that listens) and stops it cleanly on a signal. */
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'

const port = Number(process.env.PORT ?? 3000)
const app = createApp()

// Bound to loopback: Shoreline is a local tool, never exposed to the network.
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`Shoreline listening on http://127.0.0.1:${info.port} (local only)`)
})

function shutdown(signal: NodeJS.Signals): void {
  console.log(`Shoreline received ${signal}, shutting down`)
  server.close((error) => {
    if (error) console.error(error)
    process.exit(error ? 1 : 0)
  })
  // Keep-alive connections can hold close() open; do not hang past a short grace period.
  setTimeout(() => process.exit(0), 3000).unref()
}

process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
