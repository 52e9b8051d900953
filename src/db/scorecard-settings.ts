/** The scorecard's choices (which KPIs, their weights and targets) and the user's own KPIs, with the default scorecard when nothing is saved. */
import { asc, eq } from 'drizzle-orm'
import { KPI_CATALOGUE, kpiById, type Kpi } from '../domain/quality/kpi-catalogue.ts'
import { DEFAULT_SCORECARD_WEIGHTS } from '../domain/quality/scorecard-defaults.ts'
import { weightProblems } from '../domain/quality/weighted-scorecard.ts'
import type { Db } from './client.ts'
import { customKpisTable, kpiObservationsTable, scorecardKpiSettingsTable } from './schema.ts'

export interface ScorecardSettings {
  /** Every KPI known to the workspace: the catalogue's, then the user's own by name. */
  kpis: Kpi[]
  /** Ids of the user's own KPIs. */
  customIds: string[]
  /** KPIs on the scorecard, in catalogue order. */
  selected: string[]
  /** Percent per KPI on the scorecard, adding up to 100. */
  weights: Record<string, number>
  /** Targets the user set, overriding the KPI's default. */
  targetOverrides: Record<string, number>
  /** The target in force per KPI (the user's, else the default), only where one exists. */
  targets: Record<string, number>
  /** Nothing saved yet: the default scorecard. */
  isDefault: boolean
}

/** What a save replaces: the selection with its weights, and every target override. */
export interface ScorecardChoices {
  weights: Record<string, number>
  targetOverrides: Record<string, number>
}

function customKpi(row: typeof customKpisTable.$inferSelect): Kpi {
  return {
    id: row.id,
    name: row.name,
    definition: row.definition,
    unit: row.unit,
    kind: row.kind,
    direction: row.direction,
    perspective: row.perspective,
    timing: row.timing,
    defaultTarget: row.defaultTarget,
    min: row.min,
    max: row.max ?? Infinity,
  }
}

/** The user's own KPIs, by name. */
export function listCustomKpis(db: Db): Kpi[] {
  return db.select().from(customKpisTable).orderBy(asc(customKpisTable.name)).all().map(customKpi)
}

/** The catalogue followed by the user's own KPIs. */
export function workspaceKpis(db: Db): Kpi[] {
  return [...KPI_CATALOGUE, ...listCustomKpis(db)]
}

/** The saved scorecard, or the default one (DEFAULT_SCORECARD_WEIGHTS, catalogue targets) when nothing is saved. */
export function loadScorecardSettings(db: Db): ScorecardSettings {
  const custom = listCustomKpis(db)
  const kpis = [...KPI_CATALOGUE, ...custom]
  const rows = db.select().from(scorecardKpiSettingsTable).all()
  const known = new Set(kpis.map((k) => k.id))
  const isDefault = rows.length === 0
  const weights: Record<string, number> = {}
  const targetOverrides: Record<string, number> = {}
  if (isDefault) Object.assign(weights, DEFAULT_SCORECARD_WEIGHTS)
  for (const r of rows) {
    if (!known.has(r.kpi)) continue
    if (r.selected) weights[r.kpi] = r.weight
    if (r.target !== null) targetOverrides[r.kpi] = r.target
  }
  const order = new Map(kpis.map((k, i) => [k.id, i]))
  const selected = Object.keys(weights).sort((a, b) => order.get(a)! - order.get(b)!)
  const targets: Record<string, number> = {}
  for (const k of kpis) {
    const t = targetOverrides[k.id] ?? k.defaultTarget
    if (t !== null && t !== undefined) targets[k.id] = t
  }
  return { kpis, customIds: custom.map((k) => k.id), selected, weights: Object.fromEntries(selected.map((id) => [id, weights[id]!])), targetOverrides, targets, isDefault }
}

/**
 * Replaces the saved choices in one transaction. The forms check everything first and say what
 * is wrong beside each field; reaching here with weights that do not add up to 100, an unknown
 * KPI, or a weighted KPI without a target is a programming error and throws a RangeError.
 */
export function saveScorecardChoices(db: Db, choices: ScorecardChoices): void {
  const known = new Map(workspaceKpis(db).map((k) => [k.id, k]))
  const problems = weightProblems(choices.weights)
  if (Object.keys(problems).length) throw new RangeError(`scorecard weights: ${Object.entries(problems).map(([k, v]) => `${k} ${v}`).join('; ')}`)
  for (const id of [...Object.keys(choices.weights), ...Object.keys(choices.targetOverrides)]) {
    if (!known.has(id)) throw new RangeError(`'${id}' is not a KPI of this workspace`)
  }
  for (const id of Object.keys(choices.weights)) {
    if (choices.targetOverrides[id] === undefined && known.get(id)!.defaultTarget === null) throw new RangeError(`${id} is on the scorecard without a target`)
  }
  db.transaction((tx) => {
    tx.delete(scorecardKpiSettingsTable).run()
    for (const id of new Set([...Object.keys(choices.weights), ...Object.keys(choices.targetOverrides)])) {
      const weight = choices.weights[id]
      tx.insert(scorecardKpiSettingsTable)
        .values({ kpi: id, selected: weight !== undefined, weight: weight ?? 0, target: choices.targetOverrides[id] ?? null })
        .run()
    }
  })
}

/** Adds a user-defined KPI; its id must not be a catalogue id or another own KPI's (the form checks; here it throws). */
export function addCustomKpi(db: Db, kpi: Kpi): void {
  if (kpiById(kpi.id)) throw new RangeError(`'${kpi.id}' is a catalogue KPI`)
  const { max, ...rest } = kpi
  db.insert(customKpisTable)
    .values({ ...rest, max: Number.isFinite(max) ? max : null })
    .run()
}

/**
 * Deletes a user-defined KPI with its stored values and saved target, in one transaction.
 * A KPI on the scorecard is refused (its weight would leave the rest short of 100).
 */
export function deleteCustomKpi(db: Db, id: string): 'deleted' | 'not-found' | 'on-scorecard' {
  if (loadScorecardSettings(db).selected.includes(id)) return 'on-scorecard'
  return db.transaction((tx) => {
    const gone = tx.delete(customKpisTable).where(eq(customKpisTable.id, id)).run().changes
    if (gone === 0) return 'not-found'
    tx.delete(kpiObservationsTable).where(eq(kpiObservationsTable.kpi, id)).run()
    tx.delete(scorecardKpiSettingsTable).where(eq(scorecardKpiSettingsTable.kpi, id)).run()
    return 'deleted'
  })
}
