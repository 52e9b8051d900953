/** Measured KPI values per option and period: all-or-nothing imports that replace the same option, period, KPI and contact type, and the rows the scorecard reads. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { ScorecardRow } from '../domain/quality/scorecard-row.ts'
import type { Db } from './client.ts'
import { kpiObservationsTable, sourcingOptionsTable } from './schema.ts'

/** One value to store: the option it belongs to (resolved from a CSV's partner name or id before this point). */
export interface KpiObservationInput {
  optionId: number
  /** YYYY-MM or YYYY-Www, normalised. */
  period: string
  kpi: string
  value: number
  sampleSize?: number | undefined
  sd?: number | undefined
  /** 'voice', 'chat', …; absent = all contacts. */
  contactType?: string | undefined
}

/**
 * A stored value in the shape the scorecard statistics read (ScorecardRow: `partner` is the
 * option's name), with the option's id, its kind and where the value came from, so callers can
 * join it back to the sourcing option (measured quality into cost) and label demo data.
 */
export interface KpiObservation extends ScorecardRow {
  optionId: number
  optionKind: 'in-house' | 'partner'
  source: string
}

export interface KpiImportOutcome {
  /** Values not stored before. */
  added: number
  /** Values that replaced a stored one for the same option, period, KPI and contact type. */
  replaced: number
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`

/**
 * Stores values in one transaction: a value for an option, period, KPI and contact type already stored
 * replaces it; any failure (an unknown option, a broken constraint) rolls every value back.
 */
export function importKpiObservations(db: Db, rows: readonly KpiObservationInput[], source: string): KpiImportOutcome {
  return db.transaction((tx) => {
    let replaced = 0
    for (const r of rows) {
      const contactType = r.contactType ?? ''
      const values = { optionId: r.optionId, period: r.period, kpi: r.kpi, contactType, value: r.value, sampleSize: r.sampleSize ?? null, sd: r.sd ?? null, source }
      const existing = tx
        .select({ id: kpiObservationsTable.id })
        .from(kpiObservationsTable)
        .where(and(eq(kpiObservationsTable.optionId, r.optionId), eq(kpiObservationsTable.period, r.period), eq(kpiObservationsTable.kpi, r.kpi), eq(kpiObservationsTable.contactType, contactType)))
        .get()
      if (existing) {
        replaced++
        tx.update(kpiObservationsTable).set({ ...values, updatedAt: now }).where(eq(kpiObservationsTable.id, existing.id)).run()
      } else {
        tx.insert(kpiObservationsTable).values(values).run()
      }
    }
    return { added: rows.length - replaced, replaced }
  })
}

/**
 * Every stored value (or only those of `optionIds`), ordered by period, option name and KPI.
 * Months sort before weeks of the same year only by text; callers that compare keep one kind.
 * @example listKpiObservations(db, [3]).filter((r) => r.kpi === 'fcr') // option 3's measured FCR by period
 */
export function listKpiObservations(db: Db, optionIds?: readonly number[]): KpiObservation[] {
  if (optionIds && optionIds.length === 0) return []
  const o = kpiObservationsTable
  return db
    .select({
      optionId: o.optionId,
      partner: sourcingOptionsTable.name,
      optionKind: sourcingOptionsTable.kind,
      period: o.period,
      kpi: o.kpi,
      contactType: o.contactType,
      value: o.value,
      sampleSize: o.sampleSize,
      sd: o.sd,
      source: o.source,
    })
    .from(o)
    .innerJoin(sourcingOptionsTable, eq(sourcingOptionsTable.id, o.optionId))
    .where(optionIds ? inArray(o.optionId, [...optionIds]) : undefined)
    .orderBy(asc(o.period), asc(sourcingOptionsTable.name), asc(o.optionId), asc(o.kpi), asc(o.contactType))
    .all()
    .map((r) => ({
      partner: r.partner,
      period: r.period,
      kpi: r.kpi,
      value: r.value,
      // Absent rather than null, as ScorecardRow has it: the statistics test `=== undefined`.
      sampleSize: r.sampleSize ?? undefined,
      sd: r.sd ?? undefined,
      // '' (all contacts) is stored so the unique key holds; callers see it as absent.
      ...(r.contactType ? { contactType: r.contactType } : {}),
      optionId: r.optionId,
      optionKind: r.optionKind,
      source: r.source,
    }))
}

/** How many stored values came from each source, so a page can say when it shows demo data. */
export function kpiObservationSources(db: Db): Map<string, number> {
  const rows = db.select({ source: kpiObservationsTable.source, n: sql<number>`count(*)` }).from(kpiObservationsTable).groupBy(kpiObservationsTable.source).all()
  return new Map(rows.map((r) => [r.source, r.n]))
}
