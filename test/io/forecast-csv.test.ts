import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { localIso, localMillis } from '../../src/domain/forecast/calendar.ts'
import { DEFAULT_AHT_SECONDS, defaultChannelKind, type Forecast } from '../../src/domain/forecast/forecast.ts'
import type { RowError } from '../../src/domain/forecast/forecast-rows.ts'
import { readForecastCsv } from '../../src/io/forecast-csv.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/forecasts/${name}`, import.meta.url), 'utf8')

/** CSV text from lines, each ended by `eol` (the last one too). */
const csv = (lines: readonly string[], eol = '\n') => lines.map((l) => l + eol).join('')

/** Data rows `start,channel,volume` for consecutive intervals. */
function rowsOf(channel: string, volumes: readonly (number | string)[], { start = '2026-01-05T08:00', minutes = 30 } = {}): string[] {
  return volumes.map((v, i) => `${localIso(localMillis(start) + i * minutes * 60_000)},${channel},${v}`)
}

const HEADER = 'start,channel,volume'

/** The forecast of a file that must read cleanly. */
function read(text: string): Forecast {
  const result = readForecastCsv(text)
  if (!result.ok) throw new Error(`expected a good file, got ${JSON.stringify(result.errors)}`)
  return result.forecast
}

/** The errors of a file that must be refused. */
function errorsOf(text: string): RowError[] {
  const result = readForecastCsv(text)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

/** The first error of a refused file. */
const firstError = (text: string): RowError => errorsOf(text)[0]!

const values = (f: Forecast, channel: string, field: 'volume' | 'ahtSeconds' = 'volume') => [...f.channels.find((c) => c.channel === channel)![field]]

describe('readForecastCsv: good files', () => {
  it('reads a file with aht_s, a byte-order mark and CRLF line ends (as Excel saves it)', () => {
    const f = read(fixture('excel-bom-crlf.csv'))
    expect(f).toMatchObject({ intervalMinutes: 30, start: '2026-01-05T08:00', intervalCount: 3 })
    expect(f.channels.map((c) => [c.channel, c.kind])).toEqual([['voice', 'voice'], ['email', 'deferred']])
    expect(values(f, 'voice')).toEqual([12, 20.25, 31])
    expect(values(f, 'voice', 'ahtSeconds')).toEqual([420, 400, 390.5])
  })

  it('gives rows with a blank aht_s the channel’s typical AHT', () => {
    const f = read(fixture('excel-bom-crlf.csv'))
    expect(values(f, 'email')).toEqual([3.5, 0, 4])
    expect(values(f, 'email', 'ahtSeconds')).toEqual([DEFAULT_AHT_SECONDS.deferred, 310, DEFAULT_AHT_SECONDS.deferred])
  })

  it('reads a file without aht_s, with capitalised headers and a space between date and time', () => {
    const f = read(fixture('quarter-hours-no-aht.csv'))
    expect(f).toMatchObject({ intervalMinutes: 15, start: '2026-03-02T07:00', intervalCount: 4 })
    expect(values(f, 'chat')).toEqual([1, 2, 3, 4])
    expect(values(f, 'chat', 'ahtSeconds')).toEqual([600, 600, 600, 600])
  })

  it.each([15, 30, 60] as const)('reads %d-minute intervals', (minutes) => {
    const f = read(csv([HEADER, ...rowsOf('voice', [5, 6, 7, 8], { minutes, start: '2026-01-05T22:00' })]))
    expect(f).toMatchObject({ intervalMinutes: minutes, start: '2026-01-05T22:00', intervalCount: 4 })
    expect(values(f, 'voice')).toEqual([5, 6, 7, 8])
  })

  it('reads a series across midnight and a month end', () => {
    const f = read(csv([HEADER, ...rowsOf('voice', [1, 2, 3], { minutes: 60, start: '2026-01-31T23:00' })]))
    expect(f).toMatchObject({ start: '2026-01-31T23:00', intervalCount: 3 })
  })

  it('reads rows in any order and columns in any order', () => {
    const f = read(csv(['volume,channel,start', '3,voice,2026-01-05T09:00', '1,voice,2026-01-05T08:00', '2,voice,2026-01-05T08:30']))
    expect(f).toMatchObject({ intervalMinutes: 30, start: '2026-01-05T08:00', intervalCount: 3 })
    expect(values(f, 'voice')).toEqual([1, 2, 3])
  })

  it('reads quoted fields and seconds of :00', () => {
    const f = read(csv([HEADER, '"2026-01-05T08:00:00","voice","1.5"', '2026-01-05T08:30:00,"voice",2']))
    expect(values(f, 'voice')).toEqual([1.5, 2])
  })

  it('counts several channels on one calendar, in order of first appearance', () => {
    const f = read(csv([HEADER, ...rowsOf('chat', [1, 2]), ...rowsOf('voice', [3, 4]), ...rowsOf('back office', [5, 6])]))
    expect(f.intervalCount).toBe(2)
    expect(f.channels.map((c) => [c.channel, c.kind])).toEqual([['chat', 'chat'], ['voice', 'voice'], ['back office', 'deferred']])
  })

  it('accepts a volume of exactly 10,000,000 contacts per interval', () => {
    expect(values(read(csv([HEADER, ...rowsOf('voice', [1e7, 0])])), 'voice')).toEqual([1e7, 0])
  })

  it('reads twelve channels', () => {
    const lines = Array.from({ length: 12 }, (_, k) => rowsOf(`c${k}`, [1, 2])).flat()
    expect(read(csv([HEADER, ...lines])).channels).toHaveLength(12)
  })
})

describe('readForecastCsv: each problem names its line and column', () => {
  describe('header', () => {
    it('refuses a header without volume, naming line 1 and the missing column', () => {
      expect(errorsOf(csv(['start,channel', '2026-01-05T08:00,voice']))).toEqual([{ line: 1, column: 'volume', message: "missing column 'volume'" }])
    })

    it('refuses an unknown column, naming line 1 and the column', () => {
      expect(firstError(csv(['start,channel,volume,queue', '2026-01-05T08:00,voice,1,main']))).toMatchObject({ line: 1, column: 'queue', message: expect.stringContaining("unknown column 'queue'") })
    })

    it('refuses a header that names a column twice', () => {
      expect(firstError(csv(['start,channel,volume,volume', '2026-01-05T08:00,voice,1,5', '2026-01-05T08:30,voice,1,5']))).toMatchObject({ line: 1, column: 'volume' })
    })

    it('refuses an empty file, naming line 1', () => {
      expect(firstError('')).toMatchObject({ line: 1, message: expect.stringContaining('the file is empty') })
    })

    it('refuses a file of blank lines as empty', () => {
      expect(firstError('\n\r\n  \n')).toMatchObject({ line: 1, message: expect.stringContaining('the file is empty') })
    })

    it('refuses a header without data rows', () => {
      expect(firstError(csv([HEADER]))).toMatchObject({ line: 1, message: 'the file has no data rows' })
    })
  })

  describe('start', () => {
    it.each([
      ['yesterday', 'not a date'],
      ['2026-02-30T00:00', 'a day February does not have'],
      ['2026-13-01T00:00', 'month 13'],
      ['2026-01-05T24:00', 'hour 24'],
      ['2026-01-05T08:30:15', 'seconds other than 00'],
      ['2026-01-05T08:30Z', 'a time-zone suffix'],
      ['05/01/2026 08:30', 'a day-first date'],
    ])("refuses start '%s' (%s), naming its line and the start column", (start) => {
      const text = csv([HEADER, '2026-01-05T08:00,voice,1', `${start},voice,2`])
      expect(firstError(text)).toMatchObject({ line: 3, column: 'start', message: `'${start}' is not a date-time like 2026-01-05T07:00` })
    })
  })

  describe('volume', () => {
    it.each(['many', '', '1,200', '12abc', 'NaN', 'Infinity', '1e400', '0x10'])("refuses volume '%s' as not a number, naming its line and the volume column", (volume) => {
      const text = csv([HEADER, '2026-01-05T08:00,voice,1', '2026-01-05T08:30,voice,1', `2026-01-05T09:00,voice,"${volume}"`])
      expect(firstError(text)).toMatchObject({ line: 4, column: 'volume', message: expect.stringContaining('is not a number') })
    })

    it('refuses a negative volume, naming its line and the volume column', () => {
      expect(firstError(csv([HEADER, ...rowsOf('voice', [1, -0.5])]))).toEqual({ line: 3, column: 'volume', message: 'must be at least 0' })
    })

    it('refuses a volume above 10,000,000 contacts per interval', () => {
      expect(firstError(csv([HEADER, ...rowsOf('voice', [1, 10_000_001])]))).toEqual({ line: 3, column: 'volume', message: 'must be at most 10,000,000 contacts per interval' })
    })
  })

  describe('aht_s', () => {
    it.each(['0', '-30', 'long', '86401'])("refuses aht_s '%s', naming its line and the aht_s column", (aht) => {
      const text = csv(['start,channel,volume,aht_s', '2026-01-05T08:00,voice,1,300', `2026-01-05T08:30,voice,1,${aht}`])
      expect(firstError(text)).toMatchObject({ line: 3, column: 'aht_s', message: expect.stringContaining('must be a number of seconds above 0') })
    })
  })

  describe('channel', () => {
    it('refuses an empty channel name', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,,1']))).toEqual({ line: 2, column: 'channel', message: 'is empty' })
    })

    it('refuses a thirteenth channel, naming the line of its first row', () => {
      const lines = Array.from({ length: 13 }, (_, k) => rowsOf(`c${k}`, [1, 2])).flat()
      // Twelve channels of two rows each take lines 2–25; c12 starts on line 26.
      expect(firstError(csv([HEADER, ...lines]))).toEqual({ line: 26, column: 'channel', message: "'c12' would be channel 13; at most 12 per forecast" })
    })
  })

  describe('calendar', () => {
    it('refuses a duplicate row, naming its line and the line it repeats', () => {
      const text = csv([HEADER, ...rowsOf('voice', [1, 2, 3]), '2026-01-05T08:30,voice,9'])
      expect(errorsOf(text)).toEqual([{ line: 5, column: 'start', message: "duplicate: channel 'voice' already has 2026-01-05T08:30 on line 3" }])
    })

    it('refuses a gap, naming the line before it and the missing interval', () => {
      const text = csv([HEADER, '2026-01-05T08:00,voice,1', '2026-01-05T08:30,voice,1', '2026-01-05T09:30,voice,1'])
      expect(errorsOf(text)).toEqual([{ line: 3, column: 'start', message: "gap: channel 'voice' has no row for 2026-01-05T09:00" }])
    })

    it('refuses a channel that lacks an interval the other channels have', () => {
      const text = csv([HEADER, ...rowsOf('voice', [1, 2, 3]), ...rowsOf('chat', [1, 2])])
      expect(firstError(text)).toMatchObject({ line: 6, column: 'start', message: "gap: channel 'chat' has no row for 2026-01-05T09:00" })
    })

    it('refuses uneven spacing: a start off the interval grid, naming its line', () => {
      const text = csv([HEADER, '2026-01-05T08:00,voice,1', '2026-01-05T08:30,voice,1', '2026-01-05T09:10,voice,1', '2026-01-05T09:40,voice,1'])
      expect(firstError(text)).toEqual({ line: 4, column: 'start', message: '2026-01-05T09:10 is off the 30-minute grid that starts at 2026-01-05T08:00 (uneven spacing)' })
    })

    it('refuses 20-minute intervals, naming the line where the step first shows', () => {
      const text = csv([HEADER, ...rowsOf('voice', [1, 2, 3], { minutes: 20 })])
      expect(errorsOf(text)).toEqual([{ line: 3, column: 'start', message: 'intervals are 20 minutes apart; they must be 15, 30 or 60 minutes' }])
    })

    it('refuses 5-minute intervals', () => {
      expect(firstError(csv([HEADER, ...rowsOf('voice', [1, 2], { minutes: 5 })]))).toMatchObject({ line: 3, column: 'start', message: expect.stringContaining('5 minutes apart') })
    })
  })

  describe('CSV structure', () => {
    it('refuses a row with the wrong number of columns, naming its line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,voice,1', '2026-01-05T08:30,voice,1,7']))).toMatchObject({ line: 3, message: expect.stringContaining('expect 3, got 4') })
    })

    it('refuses a quote in the middle of a field, naming its line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,vo"ice,1']))).toMatchObject({ line: 2, message: expect.stringContaining('a quote in the middle of a field') })
    })

    it('refuses an unclosed quote at the end of the file, naming its line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,voice,1', '2026-01-05T08:30,"voice,1']))).toMatchObject({ line: 3, message: expect.stringContaining('never closed') })
    })

    it('refuses an unclosed quote, naming the line where the quote opens', () => {
      const lines = rowsOf('voice', [1, 2, 3, 4, 5, 6, 7, 8])
      lines[1] = lines[1]!.replace(',voice,', ',"voice,')
      expect(firstError(csv([HEADER, ...lines]))).toMatchObject({ line: 3 })
    })
  })

  describe('line numbers are file lines', () => {
    const bad = '2026-01-05T09:00,voice,x'

    it('a blank line between rows does not shift the reported line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,voice,1', '', '2026-01-05T08:30,voice,1', bad]))).toMatchObject({ line: 5, column: 'volume' })
    })

    it('blank CRLF lines do not shift the reported line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,voice,1', '', '', '2026-01-05T08:30,voice,1', bad], '\r\n'))).toMatchObject({ line: 6, column: 'volume' })
    })

    it('a line of spaces does not shift the reported line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,voice,1', '   ', '2026-01-05T08:30,voice,1', bad]))).toMatchObject({ line: 5, column: 'volume' })
    })

    it('a quoted field spanning two lines does not shift the reported line', () => {
      expect(firstError(csv([HEADER, '2026-01-05T08:00,"voice",1', '2026-01-05T08:30,"vo', 'ice",1', bad]))).toMatchObject({ line: 5, column: 'volume' })
    })

    it('a blank line before the header does not shift the reported line', () => {
      expect(firstError(csv(['', HEADER, '2026-01-05T08:00,voice,1', '2026-01-05T08:30,voice,1', bad]))).toMatchObject({ line: 5, column: 'volume' })
    })

    it('a wrong column count after blank lines names its file line', () => {
      expect(firstError(csv([HEADER, '', '2026-01-05T08:00,voice,1', '', '2026-01-05T08:30,voice,1,7']))).toMatchObject({ line: 5 })
    })
  })

  it('reports every bad row, not only the first', () => {
    const errors = errorsOf(csv([HEADER, '2026-01-05T08:00,voice,-1', 'soon,voice,1', '2026-01-05T09:00,,1']))
    expect(errors.map((e) => [e.line, e.column])).toEqual([[2, 'volume'], [3, 'start'], [4, 'channel']])
  })

  it('stops listing problems after 50', () => {
    const lines = Array.from({ length: 80 }, (_, i) => `2026-01-05T08:00,c${i % 3},bad`)
    expect(errorsOf(csv([HEADER, ...lines]))).toHaveLength(50)
  })
})

describe('readForecastCsv: round trip', () => {
  const CHANNELS = ['voice', 'chat', 'email', 'back office', 'Phone']
  const nonNegative = fc.double({ min: 0, max: 1e7, noNaN: true }).map((v) => v + 0) // +0 turns −0 into 0
  const aht = fc.double({ min: 1e-3, max: 86_400, noNaN: true })

  const wellFormed = fc
    .record({
      minutes: fc.constantFrom(15, 30, 60),
      // Any day of 2026, at a time on the interval grid.
      day: fc.integer({ min: 0, max: 364 }),
      slot: fc.integer({ min: 0, max: 95 }),
      count: fc.integer({ min: 2, max: 40 }),
      channels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: CHANNELS.length }),
      withAht: fc.boolean(),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      timeMajor: fc.boolean(),
    })
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        volumes: fc.array(fc.array(nonNegative, { minLength: shape.count, maxLength: shape.count }), { minLength: shape.channels.length, maxLength: shape.channels.length }),
        ahts: fc.array(fc.array(aht, { minLength: shape.count, maxLength: shape.count }), { minLength: shape.channels.length, maxLength: shape.channels.length }),
      }),
    )

  it('a well-formed series written as CSV reads back identically (property, 100 runs)', () => {
    fc.assert(
      fc.property(wellFormed, ({ shape, volumes, ahts }) => {
        const step = shape.minutes * 60_000
        const first = Date.UTC(2026, 0, 1) + shape.day * 86_400_000 + Math.floor((shape.slot * 15) / shape.minutes) * step
        const line = (c: number, i: number) =>
          [localIso(first + i * step), shape.channels[c], String(volumes[c]![i]), ...(shape.withAht ? [String(ahts[c]![i])] : [])].join(',')
        const body: string[] = []
        if (shape.timeMajor) for (let i = 0; i < shape.count; i++) for (let c = 0; c < shape.channels.length; c++) body.push(line(c, i))
        else for (let c = 0; c < shape.channels.length; c++) for (let i = 0; i < shape.count; i++) body.push(line(c, i))
        const text = (shape.bom ? '\uFEFF' : '') + csv([shape.withAht ? 'start,channel,volume,aht_s' : HEADER, ...body], shape.crlf ? '\r\n' : '\n')

        const f = read(text)
        expect(f.intervalMinutes).toBe(shape.minutes)
        expect(f.start).toBe(localIso(first))
        expect(f.intervalCount).toBe(shape.count)
        expect(f.channels.map((c) => c.channel)).toEqual(shape.channels)
        f.channels.forEach((c, k) => {
          expect(c.kind).toBe(defaultChannelKind(c.channel))
          expect([...c.volume]).toEqual(volumes[k])
          expect([...c.ahtSeconds]).toEqual(shape.withAht ? ahts[k] : new Array(shape.count).fill(DEFAULT_AHT_SECONDS[c.kind]))
        })
      }),
      { numRuns: 100 },
    )
  })
})
