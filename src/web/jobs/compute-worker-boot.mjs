// Compute-pool worker bootstrap (plain JavaScript, since TypeScript cannot load yet): registers tsx, then loads the TypeScript entry.
// As for simulation-worker-boot.mjs: Node 20 ignores loaders given in a Worker's execArgv (nodejs/node#47747).
import { register } from 'tsx/esm/api'

register()
await import('./compute-worker.ts')
