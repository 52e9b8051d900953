/** Fuzzing the forecast CSV import: the parser called directly, and POST /forecasts/import; never a 500, a hang or a half-saved forecast. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readForecastCsv, MAX_FORECAST_ROWS } from '../../src/io/forecast-csv.ts'
import { csvText, encode, encoding, extremeNumberText, nastyText, randomBytes } from './arbitraries.ts'
import { bounded, demoWorkspace, rowCounts, Tally, uploadInit } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('forecast-csv', ws)

const HEADER = ['start', 'channel', 'volume', 'aht_s']
const header: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(HEADER) },
  { weight: 1, arbitrary: fc.constant<string[]>(['START', 'Channel', 'VOLUME']) },
  { weight: 1, arbitrary: fc.shuffledSubarray(HEADER, { minLength: 1 }) },
  { weight: 1, arbitrary: fc.array(nastyText, { minLength: 1, maxLength: 5 }) },
)

/** A start on the 30-minute grid from 2026-01-05, or text that only looks like one. */
const start = (i: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(new Date(Date.UTC(2026, 0, 5) + i * 30 * 60_000).toISOString().slice(0, 16)) },
    { weight: 1, arbitrary: fc.constantFrom('2026-02-30T00:00', '2026-01-05 07:00', '2026-01-05T07:00:30', '2026-13-01T00:00', '99999-01-01T00:00', '2026-01-05T07:07') },
    { weight: 1, arbitrary: nastyText },
  )

const row = (i: number, channels: string[]) =>
  fc.tuple(start(Math.floor(i / channels.length)), fc.constantFrom(...channels), fc.oneof({ weight: 3, arbitrary: fc.nat(500).map(String) }, { weight: 2, arbitrary: extremeNumberText }), fc.oneof(fc.constant(''), fc.constant('300'), extremeNumberText))

/** Mostly-plausible files (so some import), with every cell open to damage. */
const forecastCsv = fc
  .record({ header, channels: fc.constantFrom<string[]>(['voice'], ['voice', 'chat'], ['voice', 'email', 'chat'], ['voice', 'a,b', 'x"y']), n: fc.nat(120) })
  .chain(({ header, channels, n }) =>
    csvText(fc.tuple(...Array.from({ length: n }, (_, i) => row(i, channels))).map((rows): string[][] => [header, ...rows.map((r) => r.slice(0, header.length === 3 ? 3 : 4))])),
  )

/** A clean grid that must import: one or two channels, every interval once. */
const cleanCsv = fc.record({ intervals: fc.integer({ min: 2, max: 200 }), channels: fc.constantFrom<string[]>(['voice'], ['voice', 'chat']), volume: fc.nat(1000) }).map(({ intervals, channels, volume }) => {
  const lines = ['start,channel,volume,aht_s']
  for (let i = 0; i < intervals; i++) {
    const at = new Date(Date.UTC(2026, 0, 5) + i * 30 * 60_000).toISOString().slice(0, 16)
    for (const c of channels) lines.push(`${at},${c},${volume},240`)
  }
  return lines.join('\n')
})

const fileBytes = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(forecastCsv, encoding).map(([t, e]) => encode(t, e)) },
  { weight: 2, arbitrary: randomBytes },
  { weight: 1, arbitrary: fc.tuple(cleanCsv, encoding).map(([t, e]) => encode(t, e)) },
)

describe('readForecastCsv', () => {
  it('answers every text with a forecast or located errors, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(forecastCsv, cleanCsv, randomBytes.map((b) => new TextDecoder().decode(b))), (text) => {
        tally.count()
        const read = readForecastCsv(text)
        if (read.ok) expect(read.forecast.channels.length).toBeGreaterThan(0)
        else for (const e of read.errors) expect(e.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 500 },
    )
  })

  it('reads quoted commas and quoted line breaks in a channel name as part of the name', () => {
    tally.count()
    const read = readForecastCsv('start,channel,volume\n2026-01-05T00:00,"a,b",1\n2026-01-05T00:30,"a,b",2\n')
    expect(read.ok && read.forecast.channels[0]!.channel).toBe('a,b')
  })

  it('refuses a 1 MB cell with a message, quickly', async () => {
    tally.count()
    const read = await bounded(readForecastCsv(`start,channel,volume\n2026-01-05T00:00,${'v'.repeat(1024 * 1024)},1\n`), '1 MB cell', 5000)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors[0]!.message).toMatch(/10,000 characters/)
  })
})

describe('POST /forecasts/import', () => {
  it('imports or refuses any file with a 4xx, and a refused file leaves every table as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, nastyText, fc.constantFrom('forecast.csv', 'x', '', '<b>.csv', 'é.csv'), async (bytes, name, fileName) => {
        const before = rowCounts(ws.db)
        const res = await tally.expectNoServerError('/forecasts/import', uploadInit('file', bytes, fileName, { name }))
        if (res.status === 303) expect(rowCounts(ws.db).forecasts).toBe(before.forecasts! + 1)
        else {
          expect([413, 422]).toContain(res.status)
          expect(rowCounts(ws.db)).toEqual(before)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('a million rows', () => {
  // Built once: 1,000,000 rows of a 30-minute grid, about 31 MB.
  const lines = ['start,channel,volume']
  for (let i = 0; i < 1_000_000; i++) lines.push(`${new Date(Date.UTC(2026, 0, 5) + (i % 17_568) * 1_800_000).toISOString().slice(0, 16)},c${Math.floor(i / 17_568)},1`)
  const million = lines.join('\n')

  it('is refused by the parser, naming the row limit, within seconds', async () => {
    tally.count()
    const read = await bounded(readForecastCsv(million), 'a million rows', 20_000)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors[0]!.message).toContain(MAX_FORECAST_ROWS.toLocaleString('en-US'))
  })

  it('is refused by the upload route with a 4xx naming the limit, and nothing saved', async () => {
    const before = rowCounts(ws.db)
    const res = await tally.send('/forecasts/import', uploadInit('file', million, 'million.csv'))
    expect([413, 422]).toContain(res.status)
    expect(await res.text()).toMatch(/larger than|more than 450,000 rows/)
    expect(rowCounts(ws.db)).toEqual(before)
  })
})
