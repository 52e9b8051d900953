/** Loads the demo workspace (data/demo) into an empty database, so a fresh start has something to explore. */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { generateForecast } from '../domain/forecast/generate.ts'
import type { IntervalMinutes } from '../domain/forecast/forecast.ts'
import { weekShapeFromCurves, type CurveFile } from '../domain/forecast/week-shape.ts'
import { scenarioSchema } from '../schemas/scenario.ts'
import { sourcingOptionSchema } from '../schemas/sourcing-option.ts'
import type { Db } from './client.ts'
import { saveForecast } from './forecasts.ts'
import { seedDemoActivity } from './seed-demo-activity.ts'
import { seedDemoScorecards } from './seed-demo-scorecards.ts'
import { forecastsTable, scenariosTable, sourcingOptionsTable } from './schema.ts'
import { createScenario } from './scenarios.ts'
import { createOption, updateOption } from './sourcing-options.ts'

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data')

export function readCurves(name: string): CurveFile {
  return JSON.parse(readFileSync(resolve(DATA, 'curves', `${name}.json`), 'utf8')) as CurveFile
}

interface DemoFile {
  forecast: {
    name: string
    curves: string
    startDate: string
    weeks: number
    intervalMinutes: IntervalMinutes
    weekendShare: number
    channels: { channel: string; kind: 'voice' | 'chat' | 'deferred'; weeklyVolume: number; ahtSeconds: number }[]
  }
  options: (Record<string, unknown> & { key: string; escalatesTo: string | null })[]
  scenario: Record<string, unknown> & {
    options: { key: string; staffing: unknown }[]
    channels: { allocation: { mode: string; shares?: { key: string; share: number }[]; order?: string[] } }[]
  }
}

function isEmpty(db: Db): boolean {
  const count = (table: typeof forecastsTable | typeof sourcingOptionsTable | typeof scenariosTable) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()!.n
  return count(forecastsTable) + count(sourcingOptionsTable) + count(scenariosTable) === 0
}

/** Seeds the demo when the workspace is empty; returns whether it did. One transaction. */
export function seedDemoIfEmpty(db: Db): boolean {
  if (!isEmpty(db)) return false
  const demo = JSON.parse(readFileSync(resolve(DATA, 'demo', 'workspace.json'), 'utf8')) as DemoFile
  const curves = readCurves(demo.forecast.curves)
  db.transaction(() => {
    const f = demo.forecast
    const forecast = generateForecast({
      startDate: f.startDate,
      weeks: f.weeks,
      intervalMinutes: f.intervalMinutes,
      channels: f.channels,
      shape: weekShapeFromCurves(curves, f.weekendShare),
    })
    const source = `Demo data. Generated from weekly totals with the day-of-week shares and intraday curves of ${curves.source}`
    const forecastId = saveForecast(db, f.name, source, forecast)
    const ids = new Map<string, number>()
    for (const o of demo.options) {
      ids.set(o.key, createOption(db, sourcingOptionSchema.parse({ ...o, escalatesToOptionId: null })))
    }
    for (const o of demo.options) {
      if (o.escalatesTo) updateOption(db, ids.get(o.key)!, sourcingOptionSchema.parse({ ...o, escalatesToOptionId: ids.get(o.escalatesTo)! }))
    }
    seedDemoActivity(db, ids)
    seedDemoScorecards(db, ids)
    const id = (key: string) => ids.get(key)!
    const s = demo.scenario
    createScenario(
      db,
      scenarioSchema.parse({
        ...s,
        forecastId,
        options: s.options.map((o) => ({ optionId: id(o.key), staffing: o.staffing })),
        channels: s.channels.map((c) => ({
          ...c,
          allocation:
            c.allocation.mode === 'shares'
              ? { mode: 'shares', shares: c.allocation.shares!.map((x) => ({ optionId: id(x.key), share: x.share })) }
              : { mode: 'overflow', order: c.allocation.order!.map(id) },
        })),
      }),
    )
  })
  return true
}
