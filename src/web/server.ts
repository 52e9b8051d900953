/** Starts Shoreline's web server (the only module that listens): on 127.0.0.1, or with SHORELINE_AUTH on SHORELINE_HOST; stops cleanly on a signal. */
import { serve } from '@hono/node-server'
import { DEFAULT_DB_PATH, openDb } from '../db/client.ts'
import { seedDemoIfEmpty } from '../db/seed-demo.ts'
import { listUsers } from '../db/users.ts'
import { createApp } from './app.ts'
import { readServerSettings } from './auth/config.ts'
import { computePool } from './jobs/compute-pool.ts'

const read = readServerSettings(process.env)
if (!read.ok) {
  console.error(`Shoreline did not start: ${read.message}`)
  process.exit(2)
}
const { auth, host, notes } = read.settings

const port = Number(process.env.PORT ?? 3000)
const dbPath = process.env.SHORELINE_DB ?? DEFAULT_DB_PATH
const db = openDb(dbPath)
if (seedDemoIfEmpty(db)) console.log(`Shoreline loaded the demo workspace into ${dbPath}`)
else console.log(`Shoreline workspace: ${dbPath}`)
const app = createApp({ db, auth })
for (const note of notes) console.log(note)
if (auth && listUsers(db).length === 0) {
  console.log('No user can sign in yet: add one with  npm run --silent cli -- user add NAME')
}

// Without access control Shoreline is a local tool: loopback only, never exposed to the network.
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const shown = host.includes(':') ? `[${host}]` : host
  console.log(`Shoreline listening on http://${shown}:${info.port}${auth ? ' (sign-in required)' : ' (local only)'}`)
})

function shutdown(signal: NodeJS.Signals): void {
  console.log(`Shoreline received ${signal}, shutting down`)
  void computePool.close()
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
