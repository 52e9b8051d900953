/** Saving, listing and loading forecasts. Returns domain types, never rows. */
import { asc, eq, sql } from 'drizzle-orm'
import type { Forecast, IntervalMinutes } from '../domain/forecast/forecast.ts'
import type { Db } from './client.ts'
import { fromBlob, toBlob } from './float-blob.ts'
import { forecastChannelsTable, forecastsTable, scenariosTable } from './schema.ts'

export interface ForecastSummary {
  id: number
  name: string
  intervalMinutes: IntervalMinutes
  start: string
  intervalCount: number
  source: string
  channels: string[]
  updatedAt: string
}

export interface StoredForecast extends ForecastSummary {
  forecast: Forecast
}

/** Saves a forecast and its channel series in one transaction: all of it or none. */
export function saveForecast(db: Db, name: string, source: string, forecast: Forecast): number {
  return db.transaction((tx) => {
    const [row] = tx
      .insert(forecastsTable)
      .values({ name, source, intervalMinutes: forecast.intervalMinutes, start: forecast.start, intervalCount: forecast.intervalCount })
      .returning({ id: forecastsTable.id })
      .all()
    const id = row!.id
    for (const c of forecast.channels) {
      tx.insert(forecastChannelsTable)
        .values({ forecastId: id, channel: c.channel, kind: c.kind, volume: toBlob(c.volume), ahtSeconds: toBlob(c.ahtSeconds) })
        .run()
    }
    return id
  })
}

export function listForecasts(db: Db): ForecastSummary[] {
  const rows = db.select().from(forecastsTable).orderBy(asc(forecastsTable.name), asc(forecastsTable.id)).all()
  const channels = db
    .select({ forecastId: forecastChannelsTable.forecastId, channel: forecastChannelsTable.channel })
    .from(forecastChannelsTable)
    .orderBy(asc(forecastChannelsTable.id))
    .all()
  return rows.map((r) => ({ ...summary(r), channels: channels.filter((c) => c.forecastId === r.id).map((c) => c.channel) }))
}

export function loadForecast(db: Db, id: number): StoredForecast | undefined {
  const row = db.select().from(forecastsTable).where(eq(forecastsTable.id, id)).get()
  if (!row) return undefined
  const series = db.select().from(forecastChannelsTable).where(eq(forecastChannelsTable.forecastId, id)).orderBy(asc(forecastChannelsTable.id)).all()
  const channels = series.map((s) => ({ channel: s.channel, kind: s.kind, volume: fromBlob(s.volume), ahtSeconds: fromBlob(s.ahtSeconds) }))
  return {
    ...summary(row),
    channels: channels.map((c) => c.channel),
    forecast: { intervalMinutes: row.intervalMinutes as IntervalMinutes, start: row.start, intervalCount: row.intervalCount, channels },
  }
}

export function renameForecast(db: Db, id: number, name: string): boolean {
  return db.update(forecastsTable).set({ name, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` }).where(eq(forecastsTable.id, id)).run().changes > 0
}

/** Deletes a forecast unless a scenario still uses it. */
export function deleteForecast(db: Db, id: number): 'deleted' | 'not-found' | 'in-use' {
  const used = db.select({ id: scenariosTable.id }).from(scenariosTable).where(eq(scenariosTable.forecastId, id)).get()
  if (used) return 'in-use'
  return db.delete(forecastsTable).where(eq(forecastsTable.id, id)).run().changes > 0 ? 'deleted' : 'not-found'
}

export function countForecasts(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(forecastsTable).get()!.n
}

function summary(r: typeof forecastsTable.$inferSelect): Omit<ForecastSummary, 'channels'> {
  return {
    id: r.id,
    name: r.name,
    intervalMinutes: r.intervalMinutes as IntervalMinutes,
    start: r.start,
    intervalCount: r.intervalCount,
    source: r.source,
    updatedAt: r.updatedAt,
  }
}
