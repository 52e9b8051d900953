/** Loads the demo's activity days (data/demo/activity.json, demo data made by data/demo/make-activity.ts) for the demo's options. */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ACTIVITIES, type ActivityDay } from '../domain/quality/activity-points.ts'
import { ACTIVITY_FIELD, PAID_HOURS_FIELD } from '../schemas/activity.ts'
import { importActivityDays } from './activity.ts'
import type { Db } from './client.ts'

const FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/demo/activity.json')
/** The source stored with every demo day: the activity page shows a demo-data label while any remain. */
export const DEMO_SOURCE = 'demo'

interface DemoActivity {
  columns: string[]
  options: { key: string; days: [string, ...number[]][] }[]
}

/** The demo file's days for the options the demo created (demo key → option id). */
export function demoActivityDays(optionIds: ReadonlyMap<string, number>): ActivityDay[] {
  const demo = JSON.parse(readFileSync(FILE, 'utf8')) as DemoActivity
  const at = (column: string) => {
    const i = demo.columns.indexOf(column)
    if (i < 0) throw new Error(`data/demo/activity.json has no column '${column}'`)
    return i
  }
  const columns = ACTIVITIES.map((a) => [a, at(ACTIVITY_FIELD[a])] as const)
  const paid = at(PAID_HOURS_FIELD)
  return demo.options.flatMap((o) => {
    const optionId = optionIds.get(o.key)
    if (optionId === undefined) return []
    return o.days.map((d) => ({ optionId, date: d[0], paidHours: d[paid] as number, ...Object.fromEntries(columns.map(([a, i]) => [a, d[i] as number])) }) as ActivityDay)
  })
}

/** Stores the demo's activity days, marked as demo data. */
export function seedDemoActivity(db: Db, optionIds: ReadonlyMap<string, number>): number {
  const days = demoActivityDays(optionIds)
  importActivityDays(db, days, DEMO_SOURCE)
  return days.length
}
