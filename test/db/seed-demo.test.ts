import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { listForecasts, loadForecast, type StoredForecast } from '../../src/db/forecasts.ts'
import { listScenarios } from '../../src/db/scenarios.ts'
import { readCurves, seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createOption, getOption, listOptions } from '../../src/db/sourcing-options.ts'
import { intervalStart, weekdayOf } from '../../src/domain/forecast/calendar.ts'
import { partner } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

interface DemoChannel {
  channel: string
  weeklyVolume: number
  ahtSeconds: number
}
const DEMO = JSON.parse(readFileSync(new URL('../../data/demo/workspace.json', import.meta.url), 'utf8')) as {
  forecast: { channels: DemoChannel[]; weeks: number; weekendShare: number }
}
const INTERVALS_PER_WEEK = 7 * 48

describe('seedDemoIfEmpty', () => {
  let db: Db
  let forecast: StoredForecast

  beforeAll(() => {
    db = openMemoryDb()
    expect(seedDemoIfEmpty(db)).toBe(true)
    forecast = loadForecast(db, listForecasts(db)[0]!.id)!
  })

  it('seedDemoIfEmpty(db) seeds once: a second call returns false and adds nothing', () => {
    const before = rowCounts(db)
    expect(seedDemoIfEmpty(db)).toBe(false)
    expect(rowCounts(db)).toEqual(before)
  })

  it('seedDemoIfEmpty(db) leaves a workspace that already has an option alone', () => {
    const other = openMemoryDb()
    createOption(other, partner())
    expect(seedDemoIfEmpty(other)).toBe(false)
    expect(rowCounts(other)).toMatchObject({ forecasts: 0, sourcing_options: 1, scenarios: 0 })
  })

  it('the demo has one forecast with voice, chat and email', () => {
    expect(listForecasts(db)).toHaveLength(1)
    expect(forecast.channels).toEqual(['voice', 'chat', 'email'])
    expect(forecast.forecast.channels.map((c) => c.kind)).toEqual(['voice', 'chat', 'deferred'])
  })

  it('the demo forecast is 52 weeks of 30-minute intervals (17,472) from Monday 2026-01-05', () => {
    expect(forecast).toMatchObject({ intervalMinutes: 30, intervalCount: 17_472, start: '2026-01-05T00:00' })
    for (const c of forecast.forecast.channels) expect(c.volume).toHaveLength(17_472)
  })

  it('the demo has four options: one in-house team and three partners billing per productive hour, per interaction and per FTE month', () => {
    const options = listOptions(db)
    expect(options).toHaveLength(4)
    const byShore = (kind: string, shore: string) => options.filter((o) => o.kind === kind && o.shore === shore)
    expect(byShore('in-house', 'onshore')).toHaveLength(1)
    expect(byShore('in-house', 'onshore')[0]!.costStack).not.toBeNull()
    expect(byShore('partner', 'onshore')[0]!.terms!.pricing.model).toBe('per-productive-hour')
    expect(byShore('partner', 'nearshore')[0]!.terms!.pricing.model).toBe('per-interaction')
    expect(byShore('partner', 'offshore')[0]!.terms!.pricing.model).toBe('per-fte-month')
  })

  it('every demo partner escalates to the in-house team', () => {
    const options = listOptions(db)
    const inHouse = options.find((o) => o.kind === 'in-house')!
    for (const o of options.filter((x) => x.kind === 'partner')) expect(getOption(db, o.id)!.escalatesToOptionId).toBe(inHouse.id)
  })

  it('the demo has one scenario, on the demo forecast, using all four options', () => {
    const scenarios = listScenarios(db)
    expect(scenarios).toHaveLength(1)
    expect(scenarios[0]!.forecastId).toBe(forecast.id)
    expect(scenarios[0]!.options.map((o) => o.optionId).sort()).toEqual(listOptions(db).map((o) => o.id).sort())
    expect(rowCounts(db).scenario_options).toBe(4)
  })

  it.each(DEMO.forecast.channels.map((c) => [c.channel, c.weeklyVolume] as const))(
    "every week of the demo's %s volume totals the file's %d contacts (within 1e-6 relative)",
    (channel, weeklyVolume) => {
      const series = forecast.forecast.channels.find((c) => c.channel === channel)!.volume
      for (let w = 0; w < DEMO.forecast.weeks; w++) {
        let week = 0
        for (let i = w * INTERVALS_PER_WEEK; i < (w + 1) * INTERVALS_PER_WEEK; i++) week += series[i]!
        expect(Math.abs(week - weeklyVolume) / weeklyVolume).toBeLessThan(1e-6)
      }
    },
  )

  it('the demo voice volume is 162,307 contacts a week', () => {
    expect(DEMO.forecast.channels[0]).toMatchObject({ channel: 'voice', weeklyVolume: 162_307 })
    const voice = forecast.forecast.channels[0]!.volume
    let firstWeek = 0
    for (let i = 0; i < INTERVALS_PER_WEEK; i++) firstWeek += voice[i]!
    expect(firstWeek).toBeCloseTo(162_307, 6)
  })

  it('the demo has no weekend volume (weekendShare 0)', () => {
    expect(DEMO.forecast.weekendShare).toBe(0)
    for (const c of forecast.forecast.channels) {
      for (let i = 0; i < forecast.intervalCount; i++) {
        if (weekdayOf(intervalStart(forecast.start, 30, i)) >= 5) expect(c.volume[i]).toBe(0)
      }
    }
  })

  it('the demo AHT is the file’s, in every interval', () => {
    for (const c of forecast.forecast.channels) {
      const aht = DEMO.forecast.channels.find((d) => d.channel === c.channel)!.ahtSeconds
      expect(new Set(c.ahtSeconds)).toEqual(new Set([aht]))
    }
  })

  it('the demo forecast names the curves it came from as its source', () => {
    expect(forecast.source).toContain(readCurves('na-bank-2003').source)
  })
})
