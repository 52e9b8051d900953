/** Shared helpers for database tests: row counts of every table, to prove a refused write changed nothing. */
import { ACCESS_CONTROL_TABLES } from '../../src/db/auth-schema.ts'
import type { Db } from '../../src/db/client.ts'

/** The workspace's tables (not SQLite's own, nor drizzle's migration journal, nor access control, which backups leave alone). */
export function tableNames(db: Db): string[] {
  return (
    db.$client
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations' order by name`)
      .all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((name) => !ACCESS_CONTROL_TABLES.includes(name))
}

/** Rows in each application table, by table name. */
export function rowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of tableNames(db)) counts[name] = (db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n
  return counts
}
