/** Reading the compare page's what-if: missing fields keep today's values, percents become shares, and every problem names its field. */
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { readWhatIf, todayValues } from '../../../src/web/forms/what-if-form.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!

describe('readWhatIf', () => {
  it('reads an empty request as the saved scenario, at the live view’s 200 futures', () => {
    const r = readWhatIf({}, model)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.model.scenario).toEqual(model.scenario)
    expect(r.trials).toBe(200)
    expect(r.values).toEqual(todayValues(model))
  })

  it('turns typed percents into shares, accepting separators, a % sign and a typographic minus', () => {
    const r = readWhatIf({ growth: '12.5 %', aht: '\u22123', 'deflection-events': '1,200' }, model)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.whatIf.volumeGrowth).toBe(0.125)
    expect(r.whatIf.ahtChange).toBe(-0.03)
  })

  it.each([
    ['growth', 'abc', 'Volume growth must be a number (a percent).'],
    ['growth', '', 'Volume growth must be a number (a percent).'],
    ['growth', 'NaN', 'Volume growth must be a number (a percent).'],
    ['growth', '1e308', 'Volume growth must be from -90 % to 1,000 %.'],
    ['growth', '-95', 'Volume growth must be from -90 % to 1,000 %.'],
    ['channel-0-within', '12.5', 'Answered within must be a whole number.'],
    ['channel-0-sl', '120', 'Service-level target must be from 0 % to 100 %.'],
    ['seed', '-1', 'Random seed must be from 0 to 2,147,483,647.'],
    ['trials', '100000', 'Futures simulated must be from 100 to 2,000.'],
    ['option-1-shrinkage', '99', 'Shrinkage must be from 0 % to 95 %.'],
  ])('refuses %s = %j, saying why beside that field', (field, value, message) => {
    const r = readWhatIf({ [field]: value }, model)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors[field]).toBe(message)
    expect(r.values[field]).toBe(value)
  })

  it('refuses shares that do not add up to 100 %, on the channel as a whole', () => {
    const r = readWhatIf({ 'channel-0-share-1': '50' }, model)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors['channel-0-shares']).toBe('The shares of voice add up to 110 %; they must add up to 100 %.')
  })

  it('accepts shares moved between options when they still add up', () => {
    const r = readWhatIf({ 'channel-0-share-1': '50', 'channel-0-share-2': '10' }, model)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    const voice = r.model.scenario.channels[0]!.allocation
    expect(voice.mode === 'shares' && voice.shares.find((s) => s.optionId === 1)!.share).toBe(0.5)
  })

  it('echoes at most 32 characters of what was typed', () => {
    const r = readWhatIf({ growth: 'x'.repeat(10_000) }, model)
    expect(r.values.growth).toHaveLength(32)
  })

  it('ignores fields that are not text (a file where a number belongs) as if left out', () => {
    const r = readWhatIf({ growth: new File(['5'], 'x.txt') }, model)
    expect(r.ok).toBe(true)
  })
})
