// Worker-thread bootstrap (plain JavaScript, since TypeScript cannot load yet): registers tsx, then loads the TypeScript entry.
// Node 20 ignores loaders given in a Worker's execArgv (`--import tsx`, nodejs/node#47747, fixed in 22.2), so the worker
// registers tsx itself; resolved from this file, it works under `npm start`, vitest and any working directory.
import { register } from 'tsx/esm/api'

register()
await import('./simulation-worker.ts')
