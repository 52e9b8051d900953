/** Starts Shoreline's web server on 127.0.0.1 (the only module that listens) and stops it cleanly on a signal. */
import { serve } from '@hono/node-server'
import { DEFAULT_DB_PATH, openDb } from '../db/client.ts'
import { seedDemoIfEmpty } from '../db/seed-demo.ts'
import { createApp } from './app.ts'

const port = Number(process.env.PORT ?? 3000)
const dbPath = process.env.SHORELINE_DB ?? DEFAULT_DB_PATH
const db = openDb(dbPath)
if (seedDemoIfEmpty(db)) console.log(`Shoreline loaded the demo workspace into ${dbPath}`)
else console.log(`Shoreline workspace: ${dbPath}`)
const app = createApp({ db })

// Bound to loopback: Shoreline is a local tool, never exposed to the network.
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`Shoreline listening on http://127.0.0.1:${info.port} (local only)`)
})

function shutdown(signal: NodeJS.Signals): void {
  console.log(`Shoreline received ${signal}, shutting down`)
  server.close((error) => {
    if (error) console.error(error)
    db.$client.close()
    process.exit(error ? 1 : 0)
  })
  // Keep-alive connections can hold close() open; do not hang past a short grace period.
  setTimeout(() => process.exit(0), 3000).unref()
}

process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
