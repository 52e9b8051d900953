import { describe, expect, it } from 'vitest'
import { parseStaffingQuestion } from '../../src/schemas/staffing-question.ts'

const VALID = { contacts: '100', intervalSeconds: '1800', ahtSeconds: '180', answerWithinSeconds: '20', targetServiceLevel: '0.8' }

describe('parseStaffingQuestion', () => {
  it('reads numbers typed as text, with thousands separators', () => {
    const r = parseStaffingQuestion({ ...VALID, contacts: ' 1,200 ' })
    expect(r.ok && r.question.contacts).toBe(1200)
  })

  it('treats blank optional fields as not given and defaults the channel to voice', () => {
    const r = parseStaffingQuestion({ ...VALID, patienceSeconds: '', shrinkage: '  ' })
    expect(r.ok && r.question).toMatchObject({ channel: 'voice', patienceSeconds: undefined, shrinkage: undefined })
  })

  it('gives chat a default concurrency of 2 and drops concurrency for voice', () => {
    const chat = parseStaffingQuestion({ ...VALID, channel: 'chat' })
    expect(chat.ok && chat.question.concurrency).toBe(2)
    const voice = parseStaffingQuestion({ ...VALID, concurrency: '3' })
    expect(voice.ok && voice.question.concurrency).toBeUndefined()
  })

  it.each([
    ['contacts', '-1', 'must be at least 0'],
    ['contacts', 'lots', 'must be a number'],
    ['contacts', 'Infinity', 'must be a finite number'],
    ['ahtSeconds', '0', 'must be more than 0'],
    ['intervalSeconds', '900.5', 'must be a whole number'],
    ['targetServiceLevel', '80', 'must be at most 1'],
    ['shrinkage', '1', 'must be less than 1'],
    ['channel', 'fax', 'must be voice or chat'],
    ['agents', '-0.5', 'must be a whole number'],
  ])('refuses %s = %j with "%s"', (field, value, message) => {
    const r = parseStaffingQuestion({ ...VALID, [field]: value })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[field]).toBe(message)
  })

  it('refuses wrong types from JSON', () => {
    const r = parseStaffingQuestion({ ...VALID, contacts: { n: 1 }, ahtSeconds: [180], targetServiceLevel: true })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['ahtSeconds', 'contacts', 'targetServiceLevel'])
  })

  it('refuses a load beyond 50,000 Erlangs, naming contacts', () => {
    const r = parseStaffingQuestion({ ...VALID, contacts: '10000000', intervalSeconds: '900' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.contacts).toMatch(/50,000 Erlangs/)
  })

  it('refuses a patience beyond 1,000 × AHT, naming patience', () => {
    const r = parseStaffingQuestion({ ...VALID, patienceSeconds: '180001' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.patienceSeconds).toMatch(/1,000 × AHT/)
  })

  it('names every missing required field', () => {
    const r = parseStaffingQuestion({})
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(['contacts', 'intervalSeconds', 'ahtSeconds', 'answerWithinSeconds', 'targetServiceLevel'])
  })
})
