import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RowError } from '../../src/domain/forecast/forecast-rows.ts'
import type { ActivityDay } from '../../src/domain/quality/activity-points.ts'
import { MAX_ACTIVITY_ERRORS, MAX_ACTIVITY_ROWS, readActivityCsv, type NamedOption } from '../../src/io/activity-csv.ts'

const OPTIONS: NamedOption[] = [
  { id: 1, name: 'In-house, Charlotte' },
  { id: 2, name: 'Dallas' },
  { id: 3, name: 'Manila' },
]
const HEADER = 'option,date,tickets_created,tickets_solved,inbound_calls,outbound_calls,call_minutes,voicemails,chats,paid_hours'
const csv = (lines: readonly string[], eol = '\n') => lines.map((l) => l + eol).join('')

function read(text: string, options = OPTIONS): ActivityDay[] {
  const result = readActivityCsv(text, options)
  if (!result.ok) throw new Error(`expected a good file, got ${JSON.stringify(result.errors)}`)
  return result.days
}

function errorsOf(text: string, options = OPTIONS): RowError[] {
  const result = readActivityCsv(text, options)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

describe('readActivityCsv: good files', () => {
  it('reads options by name or by id into days with every count and the paid hours', () => {
    const days = read(csv([HEADER, 'Dallas,2026-03-02,12,40,210,18,1650.5,9,0,96', '3,2026-03-02,5,20,180,0,1400,4,60,88.25']))
    expect(days).toEqual([
      { optionId: 2, date: '2026-03-02', ticketsCreated: 12, ticketsSolved: 40, inboundCalls: 210, outboundCalls: 18, callMinutes: 1650.5, voicemails: 9, chats: 0, paidHours: 96 },
      { optionId: 3, date: '2026-03-02', ticketsCreated: 5, ticketsSolved: 20, inboundCalls: 180, outboundCalls: 0, callMinutes: 1400, voicemails: 4, chats: 60, paidHours: 88.25 },
    ])
  })

  it('matches names without regard to case or surrounding spaces, and reads quoted names with commas', () => {
    const days = read(csv([HEADER, '"in-house, charlotte ",2026-03-02,1,1,1,1,1,1,1,8', ' DALLAS ,2026-03-03,0,0,0,0,0,0,0,8']))
    expect(days.map((d) => d.optionId)).toEqual([1, 2])
  })

  it('takes the columns in any order, header in any case, with a byte-order mark and CRLF line ends (as Excel saves it)', () => {
    const header = 'PAID_HOURS,Date,Option,chats,voicemails,call_minutes,outbound_calls,inbound_calls,tickets_solved,tickets_created'
    const days = read(`\ufeff${csv([header, '8,2026-03-02,Manila,7,6,5,4,3,2,1'], '\r\n')}`)
    expect(days[0]).toMatchObject({ optionId: 3, paidHours: 8, chats: 7, voicemails: 6, callMinutes: 5, outboundCalls: 4, inboundCalls: 3, ticketsSolved: 2, ticketsCreated: 1 })
  })

  it('reads a blank activity cell as none (0) and thousands separators in quoted numbers', () => {
    const days = read(csv([HEADER, 'Dallas,2026-03-02,,,"1,200",,,,,96']))
    expect(days[0]).toMatchObject({ ticketsCreated: 0, inboundCalls: 1200, chats: 0, paidHours: 96 })
  })

  it('accepts zero paid hours (that day simply has no points-per-hour figure)', () => {
    expect(read(csv([HEADER, 'Dallas,2026-03-02,0,3,0,0,0,0,0,0']))[0]!.paidHours).toBe(0)
  })

  it('skips blank lines and still names the right line of a later problem', () => {
    const errors = errorsOf(csv([HEADER, 'Dallas,2026-03-02,0,0,0,0,0,0,0,8', '', 'Dallas,2026-03-03,0,0,0,0,0,0,0,x']))
    expect(errors).toEqual([{ line: 4, column: 'paid_hours', message: "'x' must be a number" }])
  })
})

describe('readActivityCsv: broken files are refused whole, every problem named by line and column', () => {
  it.each([
    ['an empty file', '', { line: 1, column: '', message: expect.stringContaining('the file is empty') }],
    ['a header only', csv([HEADER]), { line: 1, column: '', message: 'the file has a header but no data rows' }],
    ['an unknown option name', csv([HEADER, 'Bogota,2026-03-02,0,0,0,0,0,0,0,8']), { line: 2, column: 'option', message: expect.stringMatching(/^no option is named 'Bogota'; the workspace's options are 'In-house, Charlotte' \(id 1\)/) }],
    ['an unknown option id', csv([HEADER, '42,2026-03-02,0,0,0,0,0,0,0,8']), { line: 2, column: 'option', message: expect.stringMatching(/^no option has id 42/) }],
    ['a blank option', csv([HEADER, ',2026-03-02,0,0,0,0,0,0,0,8']), { line: 2, column: 'option', message: 'is required: an option’s name or id' }],
    ['an impossible date', csv([HEADER, 'Dallas,2026-02-30,0,0,0,0,0,0,0,8']), { line: 2, column: 'date', message: "'2026-02-30' must be a calendar date written like 2026-03-02" }],
    ['a US-style date', csv([HEADER, 'Dallas,03/02/2026,0,0,0,0,0,0,0,8']), { line: 2, column: 'date', message: "'03/02/2026' must be a calendar date written like 2026-03-02" }],
    ['a negative count', csv([HEADER, 'Dallas,2026-03-02,0,-3,0,0,0,0,0,8']), { line: 2, column: 'tickets_solved', message: "'-3' must be at least 0" }],
    ['a fractional count', csv([HEADER, 'Dallas,2026-03-02,0,0,2.5,0,0,0,0,8']), { line: 2, column: 'inbound_calls', message: "'2.5' must be a whole number" }],
    ['text for a number', csv([HEADER, 'Dallas,2026-03-02,0,0,0,0,lots,0,0,8']), { line: 2, column: 'call_minutes', message: "'lots' must be a number" }],
    ['missing paid hours', csv([HEADER, 'Dallas,2026-03-02,0,0,0,0,0,0,0,']), { line: 2, column: 'paid_hours', message: 'is required' }],
    ['an absurd count', csv([HEADER, 'Dallas,2026-03-02,0,0,0,0,0,0,99999999999,8']), { line: 2, column: 'chats', message: "'99999999999' must be at most 10,000,000" }],
    ['a short row', csv([HEADER, 'Dallas,2026-03-02,0,0,0']), { line: 2, column: '', message: 'the row has 5 cells; the header has 10' }],
    ['an unclosed quote', csv([HEADER, '"Dallas,2026-03-02,0,0,0,0,0,0,0,8']), { line: expect.any(Number), column: '', message: 'a quoted field is never closed (a " without its closing ")' }],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)[0]).toEqual(expected)
  })

  it('a missing, unknown or repeated header column is named', () => {
    expect(errorsOf(csv([HEADER.replace(',chats', ''), 'Dallas,2026-03-02,0,0,0,0,0,0,8']))).toEqual([{ line: 1, column: 'chats', message: "missing column 'chats'" }])
    expect(errorsOf(csv([`${HEADER},emails`, 'Dallas,2026-03-02,0,0,0,0,0,0,0,8,3']))[0]).toMatchObject({ line: 1, column: 'emails', message: expect.stringMatching(/^unknown column 'emails'/) })
    expect(errorsOf(csv([`${HEADER},chats`, 'Dallas,2026-03-02,0,0,0,0,0,0,0,8,3']))).toContainEqual({ line: 1, column: 'chats', message: "column 'chats' appears twice" })
  })

  it('a file without a header says the first line must be the header', () => {
    expect(errorsOf(csv(['Dallas,2026-03-02,0,0,0,0,0,0,0,8']))[0]).toEqual({ line: 1, column: '', message: `the first line must be the header ${HEADER}` })
  })

  it('the same option and day twice names both lines, even when one row names the option by id', () => {
    expect(errorsOf(csv([HEADER, 'Dallas,2026-03-02,0,0,0,0,0,0,0,8', '2,2026-03-02,0,0,0,0,0,0,0,8']))).toEqual([
      { line: 3, column: 'date', message: 'Dallas on 2026-03-02 is already on line 2; a file gives each option one row per day' },
    ])
  })

  it('a name two options share must be given by id', () => {
    const twins = [...OPTIONS, { id: 7, name: 'dallas' }]
    expect(errorsOf(csv([HEADER, 'Dallas,2026-03-02,0,0,0,0,0,0,0,8']), twins)[0]).toEqual({
      line: 2,
      column: 'option',
      message: "2 options are named 'Dallas'; use the id of the one you mean (2 or 7)",
    })
  })

  it('every bad cell of a row is reported, not just the first', () => {
    const errors = errorsOf(csv([HEADER, 'Nowhere,2026-13-01,x,0,0,0,0,0,0,-1']))
    expect(errors.map((e) => e.column)).toEqual(['date', 'tickets_created', 'paid_hours', 'option'])
  })

  it(`lists at most ${MAX_ACTIVITY_ERRORS} problems`, () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Dallas,2026-03-02,0,0,0,0,0,0,0,bad${i}`)
    expect(errorsOf(csv([HEADER, ...rows]))).toHaveLength(MAX_ACTIVITY_ERRORS)
  })

  it(`refuses more than ${MAX_ACTIVITY_ROWS.toLocaleString('en-US')} rows before checking them`, () => {
    const rows = Array.from({ length: MAX_ACTIVITY_ROWS + 1 }, () => 'x')
    const errors = errorsOf(`option,date,tickets_created,tickets_solved,inbound_calls,outbound_calls,call_minutes,voicemails,chats,paid_hours\n${rows.map(() => 'a,b,c,d,e,f,g,h,i,j').join('\n')}\n`)
    expect(errors).toEqual([{ line: MAX_ACTIVITY_ROWS + 2, column: '', message: expect.stringContaining('at most 100,000') }])
  })

  it('for any text, the reader answers (days or errors with a line ≥ 1) and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const result = readActivityCsv(`${HEADER}\n${tail}`, OPTIONS)
        if (!result.ok) for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })
})
