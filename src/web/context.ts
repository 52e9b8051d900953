/** What every request handler can reach through `c.var`: the workspace database. */
import type { Db } from '../db/client.ts'

declare module 'hono' {
  interface ContextVariableMap {
    db: Db
  }
}

export interface AppDeps {
  db: Db
}
