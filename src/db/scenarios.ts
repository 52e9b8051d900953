/** Saving, listing, cloning, renaming and deleting scenarios. */
import { asc, eq, sql } from 'drizzle-orm'
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts'
import type { Db } from './client.ts'
import { scenarioOptionsTable, scenariosTable } from './schema.ts'

export const SCENARIO_SPEC_VERSION = 1

export interface StoredScenario extends Scenario {
  id: number
  updatedAt: string
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`

function fromRow(row: typeof scenariosTable.$inferSelect): StoredScenario {
  const scenario = scenarioSchema.parse({ ...(row.spec as object), name: row.name, forecastId: row.forecastId })
  return { ...scenario, id: row.id, updatedAt: row.updatedAt }
}

function columns(s: Scenario) {
  const { name, forecastId, ...spec } = s
  return { name, forecastId, spec, specVersion: SCENARIO_SPEC_VERSION }
}

/** Keeps the option links in step with the spec, so the database can refuse deleting an option in use. */
function linkOptions(tx: Pick<Db, 'insert' | 'delete'>, scenarioId: number, s: Scenario): void {
  tx.delete(scenarioOptionsTable).where(eq(scenarioOptionsTable.scenarioId, scenarioId)).run()
  for (const optionId of new Set(s.options.map((o) => o.optionId))) {
    tx.insert(scenarioOptionsTable).values({ scenarioId, optionId }).run()
  }
}

export function createScenario(db: Db, s: Scenario): number {
  return db.transaction((tx) => {
    const id = tx.insert(scenariosTable).values(columns(s)).returning({ id: scenariosTable.id }).get().id
    linkOptions(tx, id, s)
    return id
  })
}

export function updateScenario(db: Db, id: number, s: Scenario): boolean {
  return db.transaction((tx) => {
    const changed = tx.update(scenariosTable).set({ ...columns(s), updatedAt: now }).where(eq(scenariosTable.id, id)).run().changes > 0
    if (changed) linkOptions(tx, id, s)
    return changed
  })
}

export function getScenario(db: Db, id: number): StoredScenario | undefined {
  const row = db.select().from(scenariosTable).where(eq(scenariosTable.id, id)).get()
  return row && fromRow(row)
}

export function listScenarios(db: Db): StoredScenario[] {
  return db.select().from(scenariosTable).orderBy(asc(scenariosTable.name), asc(scenariosTable.id)).all().map(fromRow)
}

export function renameScenario(db: Db, id: number, name: string): boolean {
  return db.update(scenariosTable).set({ name, updatedAt: now }).where(eq(scenariosTable.id, id)).run().changes > 0
}

export function cloneScenario(db: Db, id: number): number | undefined {
  const original = getScenario(db, id)
  if (!original) return undefined
  const { id: _id, updatedAt: _at, ...scenario } = original
  return createScenario(db, { ...scenario, name: `${scenario.name} (copy)`.slice(0, 80) })
}

export function deleteScenario(db: Db, id: number): boolean {
  return db.delete(scenariosTable).where(eq(scenariosTable.id, id)).run().changes > 0
}
