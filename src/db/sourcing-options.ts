/** Saving, listing, cloning and deleting sourcing options. Specs are validated on the way in and out. */
import { asc, eq, sql } from 'drizzle-orm'
import { sourcingOptionSchema, type SourcingOption } from '../schemas/sourcing-option.ts'
import type { Db } from './client.ts'
import { scenarioOptionsTable, sourcingOptionsTable } from './schema.ts'

export const OPTION_SPEC_VERSION = 1

export interface StoredOption extends SourcingOption {
  id: number
  updatedAt: string
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`

function columns(option: SourcingOption) {
  const { name, kind, escalatesToOptionId, ...spec } = option
  return { name, kind, escalatesToOptionId, spec, specVersion: OPTION_SPEC_VERSION }
}

function fromRow(row: typeof sourcingOptionsTable.$inferSelect): StoredOption {
  // Parsing on read means a hand-edited or corrupted row fails loudly here, not deep in a formula.
  const option = sourcingOptionSchema.parse({
    ...(row.spec as object),
    name: row.name,
    kind: row.kind,
    escalatesToOptionId: row.escalatesToOptionId,
  })
  return { ...option, id: row.id, updatedAt: row.updatedAt }
}

export function createOption(db: Db, option: SourcingOption): number {
  return db.insert(sourcingOptionsTable).values(columns(option)).returning({ id: sourcingOptionsTable.id }).get().id
}

export function updateOption(db: Db, id: number, option: SourcingOption): boolean {
  return db.update(sourcingOptionsTable).set({ ...columns(option), updatedAt: now }).where(eq(sourcingOptionsTable.id, id)).run().changes > 0
}

export function getOption(db: Db, id: number): StoredOption | undefined {
  const row = db.select().from(sourcingOptionsTable).where(eq(sourcingOptionsTable.id, id)).get()
  return row && fromRow(row)
}

export function listOptions(db: Db): StoredOption[] {
  return db.select().from(sourcingOptionsTable).orderBy(asc(sourcingOptionsTable.name), asc(sourcingOptionsTable.id)).all().map(fromRow)
}

/** Copies an option under a new name ("… (copy)"), returning the new id. */
export function cloneOption(db: Db, id: number): number | undefined {
  const original = getOption(db, id)
  if (!original) return undefined
  const { id: _id, updatedAt: _at, ...option } = original
  return createOption(db, { ...option, name: `${option.name} (copy)`.slice(0, 80) })
}

/** Deletes an option unless a scenario uses it; options escalating to it stop escalating. */
export function deleteOption(db: Db, id: number): 'deleted' | 'not-found' | 'in-use' {
  const used = db.select({ id: scenarioOptionsTable.scenarioId }).from(scenarioOptionsTable).where(eq(scenarioOptionsTable.optionId, id)).get()
  if (used) return 'in-use'
  return db.delete(sourcingOptionsTable).where(eq(sourcingOptionsTable.id, id)).run().changes > 0 ? 'deleted' : 'not-found'
}
