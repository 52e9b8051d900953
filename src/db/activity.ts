/** Activity days and point weights: all-or-nothing imports that replace an option's day, and the weights with their defaults. */
import { asc, eq, sql } from 'drizzle-orm'
import { ACTIVITIES, DEFAULT_ACTIVITY_WEIGHTS, type ActivityDay, type ActivityWeights } from '../domain/quality/activity-points.ts'
import type { Db } from './client.ts'
import { activityDaysTable, activityWeightsTable } from './schema.ts'

/** A stored day with where it came from ('demo', 'form' or a file name). */
export interface StoredActivityDay extends ActivityDay {
  source: string
}

export interface ImportOutcome {
  /** Days that were not stored before. */
  added: number
  /** Days that replaced what was stored for the same option and date. */
  replaced: number
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`

function row(day: ActivityDay, source: string) {
  const { optionId, date, paidHours } = day
  return { optionId, date, paidHours, source, ...Object.fromEntries(ACTIVITIES.map((a) => [a, day[a]])) } as typeof activityDaysTable.$inferInsert
}

/**
 * Stores days in one transaction: a day for an option and date already stored replaces it;
 * any failure (an unknown option, a broken constraint) rolls every day back.
 */
export function importActivityDays(db: Db, days: readonly ActivityDay[], source: string): ImportOutcome {
  return db.transaction((tx) => {
    let replaced = 0
    for (const day of days) {
      const values = row(day, source)
      const existing = tx
        .select({ id: activityDaysTable.id })
        .from(activityDaysTable)
        .where(sql`${activityDaysTable.optionId} = ${day.optionId} and ${activityDaysTable.date} = ${day.date}`)
        .get()
      if (existing) {
        replaced++
        tx.update(activityDaysTable).set({ ...values, updatedAt: now }).where(eq(activityDaysTable.id, existing.id)).run()
      } else {
        tx.insert(activityDaysTable).values(values).run()
      }
    }
    return { added: days.length - replaced, replaced }
  })
}

/** Every stored day, by date then option. */
export function listActivityDays(db: Db): StoredActivityDay[] {
  return db
    .select()
    .from(activityDaysTable)
    .orderBy(asc(activityDaysTable.date), asc(activityDaysTable.optionId))
    .all()
    .map((r) => ({
      optionId: r.optionId,
      date: r.date,
      paidHours: r.paidHours,
      source: r.source,
      ...Object.fromEntries(ACTIVITIES.map((a) => [a, r[a]])),
    }) as StoredActivityDay)
}

/** How many stored days came from each source, so a page can say when it shows demo data. */
export function activitySources(db: Db): Map<string, number> {
  const rows = db.select({ source: activityDaysTable.source, n: sql<number>`count(*)` }).from(activityDaysTable).groupBy(activityDaysTable.source).all()
  return new Map(rows.map((r) => [r.source, r.n]))
}

/** The stored weights; an activity never set takes its default. */
export function loadActivityWeights(db: Db): ActivityWeights {
  const weights: ActivityWeights = { ...DEFAULT_ACTIVITY_WEIGHTS }
  for (const r of db.select().from(activityWeightsTable).all()) weights[r.activity] = r.points
  return weights
}

/** Saves every weight at once (one transaction), so a half-saved scheme never mixes old and new points. */
export function saveActivityWeights(db: Db, weights: ActivityWeights): void {
  db.transaction((tx) => {
    for (const activity of ACTIVITIES) {
      tx.insert(activityWeightsTable)
        .values({ activity, points: weights[activity] })
        .onConflictDoUpdate({ target: activityWeightsTable.activity, set: { points: weights[activity], updatedAt: now } })
        .run()
    }
  })
}
